"""The event writer on plain views: what each audience gets, line by line."""

from __future__ import annotations

from datetime import UTC, datetime

from almere_missions.calendars.ics import EventWriter, ZoneSpans, assemble
from almere_missions.views import (
    ItemView,
    MissionView,
    ParticipantView,
    PersonView,
    Snapshot,
    VenueView,
)


def _snapshot(**item_fields) -> tuple[Snapshot, MissionView, ItemView]:
    item = ItemView(
        ref="x-lunch", kind="meal", title={"en": "Lunch; with guests, 林", "nl": "Lunch"},
        start=datetime(2022, 10, 30, 0, 30, tzinfo=UTC),  # 02:30 CEST: a repeated wall time
        end=datetime(2022, 10, 30, 3, 0, tzinfo=UTC), timezone="Europe/Amsterdam",
        venue="v1", status="confirmed", notes="Allergy: nuts", description={"en": "Bring\nID"},
        updated_at=datetime(2022, 9, 1, tzinfo=UTC), **item_fields)
    mission = MissionView(
        ref="M-1", direction="incoming", title="Visit", start=item.first_day, end=item.last_day,
        timezone="Europe/Amsterdam", countries=("TW",), items=(item,),
        participants=(ParticipantView("p-guest", "delegation_leader"),
                      ParticipantView("p-host", "host"), ParticipantView("p-staff", "staff")))
    snap = Snapshot(missions=[mission], persons={
        "p-guest": PersonView("p-guest", "林美玲", latin_name="Lin Mei-ling",
                              email="lin@example.tw"),
        "p-host": PersonView("p-host", "Bakker, Anna", email="a.bakker@example.org", staff=True),
        "p-staff": PersonView("p-staff", "Jeroen", email="not an address", staff=True)},
        venues={"v1": VenueView("v1", {"en": "City Hall"}, "NL", "Europe/Amsterdam",
                                address="Stadhuisplein 1", city="Almere", lat=52.37, lon=5.2)})
    return snap, mission, item


def _lines(audience: str, **item_fields) -> list[str]:
    snap, m, it = _snapshot(**item_fields)
    w = EventWriter(snap, "en", audience, "20260101T000000Z", with_mission=False)
    return w.event_lines(m, it, 3, ZoneSpans())


def test_guest_event_has_no_notes_and_no_people():
    lines = _lines("guest")
    text = "\n".join(lines)
    assert "Allergy" not in text and "ATTENDEE" not in text and "ORGANIZER" not in text
    assert "SUMMARY:Lunch\\; with guests\\, 林" in lines
    assert "DESCRIPTION:Bring\\nID" in lines
    assert "LOCATION:City Hall\\, Stadhuisplein 1\\, Almere" in lines
    assert "GEO:52.370000;5.200000" in lines
    assert "SEQUENCE:3" in lines and "STATUS:CONFIRMED" in lines
    assert "CATEGORIES:Meal" in lines and "CLASS:PUBLIC" in lines
    assert "LAST-MODIFIED:20220901T000000Z" in lines
    # 02:30 on 30 October occurs twice in Amsterdam: written in UTC; 04:00 is not
    assert "DTSTART:20221030T003000Z" in lines
    assert "DTEND;TZID=Europe/Amsterdam:20221030T040000" in lines


def test_internal_event_names_people_with_addresses_only():
    lines = _lines("internal")
    text = "\n".join(lines)
    assert "Internal notes: Allergy: nuts" in text
    # the staff member's address is not an address: the host organises
    assert 'ORGANIZER;CN="Bakker, Anna":mailto:a.bakker@example.org' in lines
    attendees = [ln for ln in lines if ln.startswith("ATTENDEE")]
    assert len(attendees) == 2
    assert any("CN=林美玲 (Lin Mei-ling)" in a and a.endswith(":mailto:lin@example.tw")
               for a in attendees)


def test_all_day_and_assembled_file():
    snap, m, _ = _snapshot()
    day = ItemView(ref="x-day", kind="visit", title="Expo", timezone="Australia/Sydney",
                   start=datetime(2022, 10, 1, 14, tzinfo=UTC),  # 2 Oct 00:00 AEST
                   end=datetime(2022, 10, 3, 13, tzinfo=UTC),  # 4 Oct 00:00 AEDT
                   all_day=True)
    w = EventWriter(snap, "en", "guest", "20260101T000000Z", with_mission=True)
    zones = ZoneSpans()
    lines = w.event_lines(m, day, 0, zones)
    assert "DTSTART;VALUE=DATE:20221002" in lines and "DTEND;VALUE=DATE:20221004" in lines
    assert zones.years == {}  # DATE values need no VTIMEZONE
    data = assemble("Visit", [w.event(m, m.items[0], 1)], w.zones)
    text = data.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\nPRODID:") and text.endswith("END:VCALENDAR\r\n")
    assert "METHOD:PUBLISH" in text and "TZID:Europe/Amsterdam" in text
    assert "Mission: Visit (M-1)" in text
    assert "METHOD" not in assemble("Visit", [], ZoneSpans(), method=False).decode()
