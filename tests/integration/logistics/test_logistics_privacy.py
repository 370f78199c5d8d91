"""Guests' needs are personal data: subject access shows them, erasure and the retention
rule remove them, and an exchange file written afterwards no longer carries them."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select

from almere_missions import privacy
from almere_missions.db.models import Person
from almere_missions.db.models_logistics import (
    InvitationAttendee,
    PersonNeed,
    PersonProtocol,
    RoomAssignment,
    TripPassenger,
)
from almere_missions.exchange.export import export_document
from tests.integration.logistics.test_logistics_exchange import full_logistics


def _rows(db, model, ref: str) -> int:
    with db.unit_of_work(db.test_admin, write=False) as u:
        pid = u.session.scalar(select(Person.id).where(Person.ref == ref))
        return u.session.scalar(select(func.count()).select_from(model)
                                .where(model.person_id == pid))


def test_subject_access_shows_a_guests_needs_and_logistics(db):
    full_logistics(db)
    with db.unit_of_work(db.test_admin) as u:
        doc = privacy.export_person(u, "log-lead")
        u.commit()
    assert doc["person"]["dietary"] == "vegetarian"
    other = doc["other_records"]
    assert other["person_need"] == [{"person_id": other["person_need"][0]["person_id"],
                                     "allergies": None, "step_free": True}]
    assert other["person_protocol"][0]["title"]["zh"] == "市長"
    assert {r["room"] for r in other["room_assignment"]} == {"101"}
    assert len(other["trip_passenger"]) == 2


def test_erasure_removes_the_needs_and_the_exchange_file_no_longer_has_them(db):
    full_logistics(db)
    with db.unit_of_work(db.test_admin) as u:
        host = u.session.scalar(select(Person).where(Person.ref == "log-host"))
        assert u.session.scalar(select(func.count()).select_from(InvitationAttendee)
                                .where(InvitationAttendee.person_id == host.id)) > 0
    for ref in ("log-lead", "log-member", "log-host"):
        with db.unit_of_work(db.test_admin) as u:
            result = privacy.erase(u, ref, today=date(2024, 1, 1))
            u.commit()
        assert "person_need" in result.removed or ref == "log-host"
    for model in (PersonNeed, PersonProtocol, RoomAssignment, TripPassenger,
                  InvitationAttendee):
        for ref in ("log-lead", "log-member", "log-host"):
            assert _rows(db, model, ref) == 0, (model.__tablename__, ref)
    with db.unit_of_work(db.test_admin, write=False) as u:
        lead = u.session.scalar(select(Person).where(Person.ref == "log-lead"))
        assert lead.dietary is None and lead.accessibility is None
        doc = export_document(u)
    text = json.dumps(doc, ensure_ascii=False)
    assert "peanuts" not in text and "vegetarian" not in text and "市長" not in text
    sec = doc["logistics"]
    assert sec["needs"] == [] and sec["protocol"] == []
    assert all(b["assignments"] == [] for b in sec["room_blocks"])
    assert all(t["passengers"] == [] for t in sec["trips"])
    assert {a["person"] for i in sec["invitations"] for a in i["attendees"]} == {"log-officer"}


def test_the_retention_rule_clears_the_needs_with_the_other_fields(db):
    full_logistics(db)
    with db.unit_of_work(db.test_admin) as u:
        result = privacy.purge(u, 12, today=date(2024, 1, 1))
        u.commit()
    purged = {d.ref: d.fields for d in result.persons}
    assert "person_need" in purged["log-member"] and "dietary" in purged["log-lead"]
    assert _rows(db, PersonNeed, "log-member") == 0 and _rows(db, PersonNeed, "log-lead") == 0
    with db.unit_of_work(db.test_admin, write=False) as u:
        assert export_document(u)["logistics"]["needs"] == []
