"""The exchange format's logistics section: everything exported, imported into an empty
database and exported again gives the same document; every wrong record is named with
the file, the record and the field, and nothing is written."""

from __future__ import annotations

import copy
import json

from sqlalchemy import func, select

from almere_missions.app import logistics as lg
from almere_missions.app.invitations import _record, plan, record_reply
from almere_missions.db.models import AuditEntry, Mission, Person
from almere_missions.db.models_logistics import (
    InterpreterBooking,
    Invitation,
    InvitationAttendee,
    PersonNeed,
    PersonProtocol,
    RoomAssignment,
    RoomBlock,
    Trip,
    TripPassenger,
    Vehicle,
    VenueProfile,
)
from almere_missions.logistics.itip import Party
from almere_missions.timeutil import now_utc
from tests.integration.logistics.support import REF, build

TABLES = (VenueProfile, PersonProtocol, PersonNeed, Vehicle, RoomBlock, RoomAssignment, Trip,
          TripPassenger, InterpreterBooking, Invitation, InvitationAttendee)


def counts(db) -> dict[str, int]:
    with db.unit_of_work(db.test_admin, write=False) as u:
        return {t.__tablename__: u.session.scalar(select(func.count()).select_from(t))
                for t in TABLES}


def full_logistics(db):
    """The clean visit of ``support`` with titles, invitations sent and replies."""
    caller = build(db)
    lg.set_protocol(caller, "log-lead", title={"zh": "市長", "en": "Mayor"},
                    address={"en": "Your Excellency", "nl": "Excellentie"}, precedence=1)
    lg.set_protocol(caller, "log-host", title={"nl": "Wethouder"}, precedence=2)
    with db.unit_of_work(db.test_admin) as u:
        for ref in ("log-host", "log-officer"):
            u.session.scalar(select(Person).where(Person.ref == ref)).email = \
                f"{ref}@almere.example"
        u.commit()
    with db.unit_of_work(db.test_admin) as u:
        # as sent (the mail itself is tested against a real SMTP server in tests/e2e)
        _record(u, REF, plan(u, REF, Party("IZ", "iz@almere.example")), now_utc())
        u.commit()
    record_reply(caller, "log-meeting", "log-host", "accepted")
    record_reply(caller, "log-lunch", "log-officer", "declined")
    return caller


def export(cli, db, path, *args):
    r = cli(db, "export", path, *args)
    assert r.code == 0, r
    return path.read_text("utf-8")


def test_everything_travels_and_comes_back_the_same(db, empty_db, cli, tmp_path):
    full_logistics(db)
    first = export(cli, db, tmp_path / "a.json")
    doc = json.loads(first)
    sec = doc["logistics"]
    assert doc["format"] == "almere-missions/2"
    assert {v["venue"]: v["kind"] for v in sec["venue_profiles"]}["hotel-a"] == "hotel"
    assert [b["ref"] for b in sec["room_blocks"]] == ["log-block"]
    assert [a["room"] for a in sec["room_blocks"][0]["assignments"]] == ["101", "102"]
    assert sec["vehicles"] == [{"ref": "van-1", "name": "Van", "seats": 7}]
    trip = sec["trips"][0]
    assert trip["driver"] == "log-driver" and trip["to_item"] == "log-lunch"
    assert trip["arrive"] == "2022-05-10T12:00" and trip["pickup"] < trip["arrive"]
    assert {b["item"] for b in sec["interpreter_bookings"]} == {
        "log-meeting", "log-lunch", "log-visit", "log-farewell"}
    assert {n["person"]: n for n in sec["needs"]}["log-member"] == {
        "person": "log-member", "allergies": "peanuts", "step_free": False}
    assert {p["person"]: p for p in sec["protocol"]}["log-lead"]["title"]["zh"] == "市長"
    replies = {(i["item"], a["person"]): a["reply"] for i in sec["invitations"]
               for a in i["attendees"]}
    assert replies[("log-meeting", "log-host")] == "accepted"
    assert replies[("log-lunch", "log-officer")] == "declined"
    assert replies[("log-visit", "log-host")] == "needs-action"

    before = counts(db)
    r = cli(empty_db, "import", tmp_path / "a.json")
    assert r.code == 0, r
    assert "trips: 2 new" in r.out and "invitations: 4 new" in r.out
    assert counts(empty_db) == before
    assert export(cli, empty_db, tmp_path / "b.json") == first
    # the same file again changes nothing
    again = cli(empty_db, "import", tmp_path / "a.json")
    assert "room_blocks: 0 new, 0 changed, 1 unchanged" in again.out
    assert "needs: 0 new, 0 changed, 2 unchanged" in again.out
    assert export(cli, empty_db, tmp_path / "c.json") == first


def test_invitations_keep_their_sequence_and_a_pending_change(db, empty_db, cli, tmp_path):
    full_logistics(db)
    # the lunch moves after it was sent: sending again would send an update
    with db.unit_of_work(db.test_admin) as u:
        from almere_missions.db.models import Item

        item = u.session.scalar(select(Item).where(Item.ref == "log-lunch"))
        item.revision += 1
        u.commit()
    with db.unit_of_work(db.test_admin, write=False) as u:
        due = {pl.item_ref for pl in plan(u, REF, Party("IZ", "iz@almere.example"))}
    assert due == {"log-lunch"}
    first = export(cli, db, tmp_path / "a.json")
    lunch = next(i for i in json.loads(first)["logistics"]["invitations"]
                 if i["item"] == "log-lunch")
    assert lunch["revised_since_sent"] is True and lunch["method"] == "REQUEST"
    assert cli(empty_db, "import", tmp_path / "a.json").code == 0
    with empty_db.unit_of_work(empty_db.test_admin, write=False) as u:
        again = {pl.item_ref for pl in plan(u, REF, Party("IZ", "iz@almere.example"))}
    assert again == due
    assert export(cli, empty_db, tmp_path / "b.json") == first


def test_a_partial_export_carries_drivers_interpreters_and_hotels(db, empty_db, cli, tmp_path):
    full_logistics(db)
    one = json.loads(export(cli, db, tmp_path / "one.json", "--mission", REF))
    persons = {p["ref"] for p in one["persons"]}
    assert {"log-driver", "log-interpreter"} <= persons
    assert "hotel-a" in {v["ref"] for v in one["venues"]}
    r = cli(empty_db, "import", tmp_path / "one.json")
    assert r.code == 0, r
    assert counts(empty_db) == counts(db)


def test_a_file_without_the_section_leaves_logistics_alone(db, cli, tmp_path):
    full_logistics(db)
    before = counts(db)
    doc = json.loads(export(cli, db, tmp_path / "a.json"))
    del doc["logistics"]
    (tmp_path / "plain.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    assert cli(db, "import", tmp_path / "plain.json").code == 0
    assert counts(db) == before


def test_a_record_in_the_file_replaces_what_it_holds(db, cli, tmp_path):
    full_logistics(db)
    doc = json.loads(export(cli, db, tmp_path / "a.json"))
    sec = doc["logistics"]
    sec["trips"][0]["passengers"] = ["log-lead"]
    sec["room_blocks"][0]["assignments"][1]["room"] = "204"
    sec["needs"] = [{"person": "log-member", "step_free": False}]  # no needs any more
    sec["vehicles"][0]["seats"] = 8
    (tmp_path / "b.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    r = cli(db, "import", tmp_path / "b.json")
    assert r.code == 0, r
    assert "trips: 0 new, 1 changed, 1 unchanged" in r.out
    assert "needs: 0 new, 1 changed, 0 unchanged" in r.out
    out = json.loads(export(cli, db, tmp_path / "c.json"))["logistics"]
    assert out["trips"][0]["passengers"] == ["log-lead"]
    assert out["room_blocks"][0]["assignments"][1]["room"] == "204"
    assert [n["person"] for n in out["needs"]] == ["log-lead"]  # log-lead's were not in it
    assert out["vehicles"][0]["seats"] == 8
    with db.unit_of_work(db.test_admin, write=False) as u:
        texts = " ".join(json.dumps(e.after, ensure_ascii=False, default=str)
                         for e in u.session.scalars(select(AuditEntry)))
    assert "peanuts" not in texts and "vegetarian" not in texts


# --- wrong input ------------------------------------------------------------------------

def _base(db, cli, tmp_path) -> dict:
    full_logistics(db)
    return json.loads(export(cli, db, tmp_path / "base.json"))


def _break(doc: dict, change) -> dict:
    doc = copy.deepcopy(doc)
    change(doc["logistics"], doc)
    return doc


def _set(path: str, value):
    """A change that sets ``logistics.<kind>[i].field`` (dotted path)."""
    kind, index, *fields = path.split(".")

    def change(sec, _doc):
        target = sec[kind][int(index)]
        for f in fields[:-1]:
            target = target[int(f)] if f.isdigit() else target[f]
        target[fields[-1]] = value
    return change


def _append(kind: str, record: dict):
    def change(sec, _doc):
        sec[kind].append(record)
    return change


WRONG = [
    (_set("trips.0.vehicle", "bus-9"),
     "logistics.trips[0] ref=log-trip-1: field vehicle: no vehicle with ref 'bus-9'"),
    (_set("vehicles.0.seats", -2),
     "logistics.vehicles[0] ref=van-1: field seats: must be a whole number of at least 1, "
     "not -2"),
    (_set("vehicles.0.seats", "7"), "logistics.vehicles[0] ref=van-1: field seats"),
    (_set("room_blocks.0.check_out", "2022-05-09"),
     "logistics.room_blocks[0] ref=log-block: field check_out: 2022-05-09 must be after the "
     "check-in 2022-05-10"),
    (_set("room_blocks.0.assignments.1.check_out", "2022-05-10"),
     "logistics.room_blocks[0] ref=log-block: assignments[1]: field check_out"),
    (_set("room_blocks.0.assignments.0.person", "nobody"),
     "logistics.room_blocks[0] ref=log-block: assignments[0]: field person: no person with "
     "ref 'nobody'"),
    (_set("room_blocks.0.assignments.0.person", "log-driver"),
     "assignments[0]: field person: log-driver is not a participant of mission LOG-2022-TPE"),
    (_set("room_blocks.0.rooms", 0), "logistics.room_blocks[0] ref=log-block: field rooms"),
    (_set("room_blocks.0.cost_per_night", 129.0),
     "logistics.room_blocks[0] ref=log-block: field cost_per_night: 129.0 is not an amount"),
    (_set("room_blocks.0.cost_per_night", "-1.00"),
     "field cost_per_night: must not be negative"),
    (_set("room_blocks.0.hotel", "stadhuis"),
     "logistics.room_blocks[0] ref=log-block: field hotel: venue stadhuis is not a hotel"),
    (_set("room_blocks.0.mission", "XX-0"),
     "logistics.room_blocks[0] ref=log-block: field mission: no mission with ref 'XX-0'"),
    (_set("room_blocks.0.currency", "EUROS"), "field currency: 'EUROS' is not an ISO 4217"),
    (_set("trips.0.driver", "ghost"),
     "logistics.trips[0] ref=log-trip-1: field driver: no person with ref 'ghost'"),
    (_set("trips.0.passengers", ["log-lead", "log-lead"]),
     "logistics.trips[0] ref=log-trip-1: field passengers: lists a ref twice"),
    (_set("trips.0.to_item", "log-nowhere"),
     "logistics.trips[0] ref=log-trip-1: field to_item: no programme item with ref "
     "'log-nowhere'"),
    (_set("trips.0.arrive", "2022-05-10T09:00"),
     "logistics.trips[0] ref=log-trip-1: field arrive: 2022-05-10T09:00 is before the pick-up"),
    (_set("trips.0.pickup", "2022-03-27T02:30"),
     "logistics.trips[0] ref=log-trip-1: field pickup"),
    (_set("needs.0.person", "unknown-guest"),
     "logistics.needs[0] person=unknown-guest: field person: no person with ref "
     "'unknown-guest'"),
    (_set("needs.0.step_free", "yes"), "logistics.needs[0] person=log-lead: field step_free"),
    (_append("needs", {"person": "log-lead"}),
     "logistics.needs[2] person=log-lead: field person: 'log-lead' has a record already"),
    (_set("invitations.0.attendees.0.reply", "maybe"),
     "attendees[0]: field reply: unknown value 'maybe' (one of needs-action, accepted, "
     "declined, tentative)"),
    (_set("invitations.0.sent_at", "2022-05-01 10:00"), "logistics.invitations[0] uid="),
    (_set("invitations.0.method", "PUBLISH"), "field method: unknown value 'PUBLISH'"),
    (_set("invitations.0.sequence", -1), "field sequence: must be a whole number of at least 0"),
    (_set("interpreter_bookings.0.interpreters", ["log-member"]),
     "field interpreters: log-member needs at least two languages"),
    (_set("venue_profiles.0.kind", "castle"), "field kind: unknown value 'castle'"),
    (_set("protocol.0.title", {"xx_YY!": "Mayor"}), "field title: 'xx_YY!' is not a BCP 47"),
    (_set("protocol.0.precedence", 0), "field precedence: must be a whole number of at least 1"),
    (_set("interpreter_bookings.0.interpreters", []),
     "field interpreters: name at least one interpreter"),
    (_set("interpreter_bookings.0.item", "log-gone"),
     "field item: no programme item with ref 'log-gone'"),
    (_set("invitations.0.attendees.0.person", "stranger"),
     "attendees[0]: field person: no person with ref 'stranger'"),
    (_set("needs.0.allergies", 3), "logistics.needs[0] person=log-lead: field allergies"),
    (_set("room_blocks.0.check_in", "2022-13-01"),
     "logistics.room_blocks[0] ref=log-block: field check_in: '2022-13-01' is not a date"),
    (_set("room_blocks.0.hotel", "hotel-z"),
     "field hotel: no venue with ref 'hotel-z' in the file or the database"),
    (_append("vehicles", {"ref": "van-1", "name": "Second van", "seats": 3}),
     "logistics.vehicles[1] ref=van-1: field ref: 'van-1' has a record already"),
    (lambda sec, doc: doc["persons"].remove(next(p for p in doc["persons"]
                                                 if p["ref"] == "log-driver")),
     "logistics.trips[0] ref=log-trip-1: field driver: no person with ref 'log-driver'"),
    (lambda sec, doc: doc["missions"][0].update(programme=[  # without a trip's goal
        it for it in doc["missions"][0]["programme"] if it["ref"] != "log-lunch"]),
     "logistics.trips[0] ref=log-trip-1: field to_item: no programme item with ref "
     "'log-lunch'"),
    (lambda sec, doc: sec.update(ferries=[]), "logistics: field ferries: unknown list"),
    (lambda sec, doc: sec.update(trips={}), "logistics: field trips: must be a list"),
    (lambda sec, doc: doc.update(format="almere-missions/1"),
     "field logistics: belongs to format 'almere-missions/2'"),
]


def test_every_wrong_record_is_named_and_nothing_is_written(db, empty_db, cli, tmp_path):
    base = _base(db, cli, tmp_path)
    with empty_db.unit_of_work(empty_db.test_admin, write=False) as u:
        audit = u.session.scalar(select(func.count()).select_from(AuditEntry))
    for n, (change, said) in enumerate(WRONG):
        path = tmp_path / f"wrong-{n}.json"
        path.write_text(json.dumps(_break(base, change), ensure_ascii=False), "utf-8")
        r = cli(empty_db, "import", path)
        assert r.code == 2, (said, r)
        assert f"wrong-{n}.json: " in r.err and said in r.err, (said, r.err)
    assert set(counts(empty_db).values()) == {0}
    with empty_db.unit_of_work(empty_db.test_admin, write=False) as u:
        assert u.session.scalar(select(func.count()).select_from(AuditEntry)) == audit
        assert u.session.scalar(select(func.count()).select_from(Mission)) == 0
        assert u.session.scalar(select(func.count()).select_from(Person)) == 0
    # and the file as exported goes in
    path = tmp_path / "right.json"
    path.write_text(json.dumps(base, ensure_ascii=False), "utf-8")
    assert cli(empty_db, "import", path).code == 0


def test_all_problems_of_a_file_are_named_at_once(db, cli, tmp_path):
    base = _base(db, cli, tmp_path)
    doc = base
    for change, _said in WRONG[:6]:
        doc = _break(doc, change)
    path = tmp_path / "many.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    r = cli(db, "import", path)
    assert r.code == 2
    assert sum(said in r.err for _c, said in WRONG[:6]) >= 5, r.err
