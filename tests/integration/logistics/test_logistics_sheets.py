"""The driver's sheet, the caterer's sheet and the rooming list, on SQLite and PostgreSQL,
checked with poppler: content and order (pdftotext), embedded fonts (pdffonts), a
rendered page (pdftoppm), in Dutch and English."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

import pytest

from almere_missions import app
from almere_missions.app import Caller
from almere_missions.app import logistics as lg
from almere_missions.app.documents import write_document
from almere_missions.errors import InvalidInput, NotFound
from almere_missions.exchange.importer import import_document
from almere_missions.timeutil import utc_to_local
from tests.integration.logistics.support import REF, document
from tests.pdfcheck import check_pdf, page_count, squeezed, text_of

#: the names, in the order of precedence: the head of delegation (entered second), then
#: the ranked (the officer 1, the host 2), then as entered
LEAD = ("林美玲", "Lin Mei-ling")
MEMBER = ("Ayşe Gül Yılmaz", None)
HOST = ("Marieke de Vries", None)
OFFICER = ("Jeroen Bakker", None)
DRIVER = ("Øystein Ødegård", None)
NAMES = {"log-lead": LEAD, "log-member": MEMBER, "log-host": HOST, "log-officer": OFFICER,
         "log-driver": DRIVER, "log-interpreter": ("Wang Xiaoming", None)}
OFFICER_PHONE = "+31 6 1234 5678"
DRIVER_PHONE = "+31 6 8765 4321"


@pytest.fixture(autouse=True)
def _close():
    yield
    app.close_databases()


def _visit(db, *, rooms=2) -> tuple[Caller, dict]:
    doc = document()
    for person in doc["persons"]:
        person["name"], latin = NAMES[person["ref"]]
        if latin:
            person["latin_name"] = latin
        if person["ref"] == "log-officer":
            person["phone"], person["email"] = OFFICER_PHONE, "j.bakker@example.org"
        if person["ref"] == "log-driver":
            person["phone"] = DRIVER_PHONE
    for venue in doc["venues"]:
        venue["address"] = {"stadhuis": "Stadhuisplein 1, 1315 HR",
                            "floriade": "Floriadeplein 1, 1335 KA",
                            "hotel-a": "Koningsbergenstraat 2, 1315 KN"}[venue["ref"]]
        venue["city"] = "Almere"
    doc["missions"][0]["programme"].append(
        {"ref": "log-dinner", "kind": "meal", "title": {"en": "Dinner", "nl": "Diner"},
         "start": "2022-05-11T19:00", "end": "2022-05-11T21:00", "venue": "stadhuis",
         "participants": ["log-lead", "log-member", "log-host"], "status": "confirmed"})
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, doc, "visit.json")
        u.commit()
    caller = Caller(db.url, db.test_admin)
    lg.set_venue_profile(caller, "hotel-a", kind="hotel", step_free=True)
    lg.set_venue_profile(caller, "stadhuis", step_free=False)
    lg.set_needs(caller, "log-lead", dietary="Vegetarian", allergies="peanuts, gluten",
                 step_free=True)
    lg.set_needs(caller, "log-member", dietary="vegetarian", allergies="Peanuts")
    lg.set_needs(caller, "log-host", dietary="halal", accessibility="hearing loop")
    lg.set_protocol(caller, "log-officer", precedence=1)
    lg.set_protocol(caller, "log-host", precedence=2, title={"en": "Alderman"})
    lg.add_room_block(caller, REF, "log-block", hotel="hotel-a", check_in=date(2022, 5, 10),
                      check_out=date(2022, 5, 12), rooms=rooms, cost_per_night="129.00",
                      payer="Gemeente Almere")
    for person, room in (("log-member", "102"), ("log-officer", "103"), ("log-lead", "101")):
        lg.assign_room(caller, "log-block", person, room=room, check_in=date(2022, 5, 10),
                       check_out=date(2022, 5, 12))
    lg.add_vehicle(caller, "van-1", name="Van", seats=7, plate="V-123-AB")
    trips = {
        # entered member first: the sheet lists them by precedence all the same
        "t1": lg.add_trip(caller, REF, "t1", vehicle="van-1", driver="log-driver",
                          from_item="log-meeting", to_item="log-lunch",
                          passengers=["log-member", "log-host", "log-lead", "log-officer"]),
        "t0": lg.add_trip(caller, REF, "t0", vehicle="van-1", driver="log-driver",
                          from_venue="hotel-a", to_item="log-meeting",
                          passengers=["log-member", "log-lead"]),
        "t2": lg.add_trip(caller, REF, "t2", vehicle="van-1", driver="log-driver",
                          from_venue="hotel-a", to_item="log-visit",
                          passengers=["log-lead"]),
    }
    return caller, trips


def _hm(info_instant: str) -> str:
    return utc_to_local(datetime.fromisoformat(info_instant), "Europe/Amsterdam").strftime("%H:%M")


def layout_text(path) -> str:
    """pdftotext keeping the page's rows: a table's column reads top to bottom."""
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def _order(text: str, needles) -> list[int]:
    flat = squeezed(text)
    at = [flat.find(squeezed(n)) for n in needles]
    assert -1 not in at, dict(zip(needles, at, strict=True))
    return at


def test_the_drivers_sheet_per_driver_per_day(db, tmp_path):
    caller, trips = _visit(db)
    out = tmp_path / "driver.pdf"
    written = write_document(caller, REF, "driver-sheet", "guest", "en", out)
    assert written.pages == 2  # two days with rides: 10 and 11 May
    pickups = [_hm(trips[t].pickup) for t in ("t0", "t1", "t2")]
    check_pdf(out, tmp_path, [
        "Driver's sheet", "Øystein Ødegård", DRIVER_PHONE, "Tuesday, May 10, 2022",
        "Wednesday, May 11, 2022", "Stadhuisplein 1, 1315 HR", "Floriadeplein 1, 1335 KA",
        "Koningsbergenstraat 2, 1315 KN", "Van · V-123-AB", "7 seats", "Jeroen Bakker",
        OFFICER_PHONE, "not step-free", "arrive by 10:00", "arrive by 12:00",
        "INTERNAL — not for guests", "page 1 of 2", *pickups])
    # the pick-up times are worked out from the travel time (not the item's start)
    assert pickups[1] == "11:48" and trips["t1"].minutes == 12
    assert pickups[0] != "10:00" and trips["t0"].minutes > 0
    first, second = layout_text(out).split("page 1 of 2")
    # rides in time order: the hotel run before the ride to lunch
    assert _order(first, [pickups[0], pickups[1]]) == sorted(_order(first, pickups[:2]))
    assert pickups[2] in second and pickups[0] not in second
    # passengers by precedence: head of delegation, officer (1), host (2), the unranked
    lunch = first[first.find(pickups[1]):]
    at = _order(lunch, ["林美玲", "Jeroen Bakker", "Marieke de Vries", "Ayşe Gül Yılmaz"])
    assert at == sorted(at), at


def test_the_drivers_sheet_in_dutch_for_one_day(db, tmp_path):
    caller, trips = _visit(db)
    out = tmp_path / "rit.pdf"
    written = write_document(caller, REF, "driver-sheet", "internal", "nl", out,
                             driver="log-driver", day=date(2022, 5, 11))
    assert written.pages == 1
    text = check_pdf(out, tmp_path, ["Ritkaart chauffeur", "woensdag 11 mei 2022",
                                     "Passagiers", "Voertuig", "drempelvrij",
                                     "INTERN — niet voor gasten", _hm(trips["t2"].pickup)])
    assert "10 mei" not in text.split("Kenmerk")[1]
    with pytest.raises(InvalidInput, match="field day"):
        write_document(caller, REF, "driver-sheet", "internal", "nl", tmp_path / "x.pdf",
                       day=date(2022, 5, 12))
    with pytest.raises(InvalidInput, match="field driver"):
        write_document(caller, REF, "driver-sheet", "internal", "en", tmp_path / "x.pdf",
                       driver="log-host")
    with pytest.raises(NotFound):
        write_document(caller, REF, "driver-sheet", "internal", "en", tmp_path / "x.pdf",
                       driver="nobody")
    assert not (tmp_path / "x.pdf").exists()


def test_the_caterers_sheet_counts_and_names_no_one(db, tmp_path):
    caller, _ = _visit(db)
    for lang, words in (("en", ["Caterer's sheet", "Lunch", "Dinner", "Tuesday, May 10, 2022",
                                "12:00–13:30", "19:00–21:00", "no special diet",
                                "step-free access", "Allergies", "Number",
                                "it holds no names"]),
                        ("nl", ["Overzicht voor de cateraar", "Diner", "dinsdag 10 mei 2022",
                                "geen bijzonder dieet", "drempelvrije toegang", "Allergieën",
                                "Aantal", "geen namen"])):
        out = tmp_path / f"caterer-{lang}.pdf"
        write_document(caller, REF, "caterer-sheet", "internal", lang, out)
        text = check_pdf(out, tmp_path, words + ["Stadhuisplein 1, 1315 HR", "14 036"])
        flat = squeezed(text)
        for name, latin in NAMES.values():
            assert squeezed(name) not in flat, name
            assert not latin or squeezed(latin) not in flat, latin
        for private in (OFFICER_PHONE, DRIVER_PHONE, "j.bakker@example.org", "log-lead",
                        "INTERNAL", "INTERN"):
            assert squeezed(private) not in flat, private
    text = layout_text(tmp_path / "caterer-en.pdf")
    lunch, dinner = (" ".join(part.split()) for part in text.split("Dinner —"))
    # lunch: the whole mission (4), 2 vegetarian (one spelling), peanuts twice, gluten once
    for said in ("Guests 4", "Vegetarian 2", "halal 1", "peanuts 2", "gluten 1",
                 "no special diet 1", "hearing loop 1", "(wheelchair, walking frame) 1"):
        assert said in lunch, said
    # dinner: the three taking part
    for said in ("Guests 3", "Vegetarian 2", "halal 1", "peanuts 2", "gluten 1"):
        assert said in dinner, said
    assert "no special diet" not in dinner
    assert "not step-free" in dinner  # the city hall has steps: the caterer must know
    one = tmp_path / "one.pdf"
    write_document(caller, REF, "caterer-sheet", "internal", "en", one, item="log-dinner")
    assert "Lunch" not in text_of(one) and "Dinner" in text_of(one)


def test_the_rooming_list_in_order_of_precedence(db, tmp_path):
    caller, _ = _visit(db)
    out = tmp_path / "rooms.pdf"
    write_document(caller, REF, "rooming-list", "guest", "en", out)
    check_pdf(out, tmp_path, [
        "Rooming list", "Hotel A", "Koningsbergenstraat 2, 1315 KN", "log-block",
        "Rooms held", "EUR 129.00", "Gemeente Almere", "Head of delegation", "101", "102",
        "103", "May 10, 2022", "May 12, 2022", "INTERNAL"])
    text = layout_text(out)
    at = _order(text, ["林美玲", "Jeroen Bakker", "Ayşe Gül Yılmaz"])
    assert at == sorted(at), at
    # three rooms in use in a block of two: said on the night and in the sum
    flat = " ".join(text.split())
    assert "3 of 2 held — more than held" in flat
    assert "At most 3 of 2 rooms in use; 6 room nights." in flat
    assert "step-free" in text  # the head of delegation needs a step-free room
    nl = tmp_path / "kamers.pdf"
    write_document(caller, REF, "rooming-list", "internal", "nl", nl)
    check_pdf(nl, tmp_path, ["Kamerlijst", "Kamers gereserveerd", "Betaald door",
                             "Delegatieleider", "3 van 2 gereserveerd", "kamernachten"])


def test_sheets_of_a_mission_without_logistics(db, tmp_path):
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, document(), "bare.json")
        u.commit()
    caller = Caller(db.url, db.test_admin)
    for kind, said in (("driver-sheet", "No rides with a driver"),
                       ("rooming-list", "No rooms have been booked"),
                       ("caterer-sheet", "Lunch")):
        out = tmp_path / f"{kind}.pdf"
        write_document(caller, REF, kind, "internal", "en", out)
        assert said in check_pdf(out, tmp_path)


def test_a_page_renders_as_an_image(db, tmp_path):
    caller, _ = _visit(db)
    out = tmp_path / "driver.pdf"
    write_document(caller, REF, "driver-sheet", "internal", "en", out)
    assert page_count(out) == 2
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "look")], check=True)
    [image] = tmp_path.glob("look*.png")
    from PIL import Image

    with Image.open(image) as im:
        # A4 at 50 dpi, and ink on the page: the header band of the table is dark blue
        assert im.size == (414, 585)
        colours = im.convert("RGB").getcolors(maxcolors=1 << 16)
        assert any(r < 60 and g < 80 and b > 70 for _, (r, g, b) in colours)
