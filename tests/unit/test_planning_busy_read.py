"""Reading agenda exports of Outlook, Google and Thunderbird as busy blocks (no database)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from almere_missions.errors import InvalidInput
from almere_missions.planning.busy import read_busy
from almere_missions.planning.icsread import zone_for

DATA = Path(__file__).resolve().parent.parent / "data" / "planning"


def z(*args):
    return datetime(*args, tzinfo=UTC)


def spans(blocks):
    return [(b.start, b.end, b.all_day) for b in blocks]


def test_outlook_windows_zones_recurrence_exdate_all_day_and_free():
    blocks = read_busy((DATA / "outlook.ics").read_bytes(), "outlook.ics")
    assert spans(blocks) == [
        (z(2022, 5, 10, 8), z(2022, 5, 10, 9), False),  # 10:00 CEST, W. Europe Standard Time
        (z(2022, 5, 11, 16), z(2022, 5, 11, 17), False),  # 09:00 PDT, Pacific Standard Time
        (z(2022, 5, 11, 22), z(2022, 5, 12, 22), True),  # all day 12 May in Amsterdam
        # 17 May is an exception date; the free reminder is left out
        (z(2022, 5, 24, 8), z(2022, 5, 24, 9), False),
        (z(2022, 5, 31, 8), z(2022, 5, 31, 9), False),
    ]
    assert {b.source for b in blocks} == {"outlook.ics"}


def test_google_utc_times_with_calendar_zone_cancelled_and_folded_lines():
    blocks = read_busy((DATA / "google.ics").read_bytes(), "google.ics")
    assert spans(blocks) == [
        (z(2022, 10, 28, 7), z(2022, 10, 28, 8), False),  # 09:00 CEST
        (z(2022, 10, 29, 7), z(2022, 10, 29, 8), False),
        (z(2022, 10, 30, 8), z(2022, 10, 30, 9), False),  # still 09:00, now CET
        (z(2022, 10, 31, 23), z(2022, 11, 2, 23), True),  # 1–2 November
    ]


def test_thunderbird_vtimezone_until_and_moved_occurrence():
    blocks = read_busy((DATA / "thunderbird.ics").read_bytes(), "thunderbird.ics")
    assert spans(blocks) == [
        (z(2022, 4, 20, 7, 30), z(2022, 4, 20, 8, 30), False),
        (z(2022, 4, 27, 11), z(2022, 4, 27, 12), False),  # moved to 13:00
    ]


def test_windows_zone_names_map_by_cldr():
    assert zone_for("W. Europe Standard Time") == "Europe/Berlin"
    assert zone_for('"Romance Standard Time"') == "Europe/Paris"
    assert zone_for("Taipei Standard Time") == "Asia/Taipei"
    assert zone_for("Europe/Amsterdam") == "Europe/Amsterdam"
    assert zone_for("/mozilla.org/20050126_1/Europe/Amsterdam") == "Europe/Amsterdam"
    assert zone_for("CET") is None


GOOD_EVENT = ("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20220510T080000Z\r\n"
              "DTEND:20220510T090000Z\r\nEND:VEVENT\r\n")


@pytest.mark.parametrize("text, line, words", [
    ("BEGIN:VCALENDAR\r\n" + GOOD_EVENT + "BEGIN:VEVENT\r\nUID:2\r\nDTSTART:2022-05-10\r\n"
     "END:VEVENT\r\nEND:VCALENDAR\r\n", 9, "DTSTART"),
    ("BEGIN:VCALENDAR\r\n" + GOOD_EVENT + "this is not a calendar line\r\nEND:VCALENDAR\r\n",
     7, "content line"),
    ("BEGIN:VCALENDAR\r\n" + GOOD_EVENT, 1, "never closed"),
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20220510T080000Z\r\nEND:VTODO\r\n"
     "END:VCALENDAR\r\n", 4, "does not close"),
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:3\r\nDTSTART;TZID=Mars/Olympus:20220510T080000\r\n"
     "END:VEVENT\r\nEND:VCALENDAR\r\n", 4, "Mars/Olympus"),
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:4\r\nDTSTART:20220510T090000Z\r\n"
     "DTEND:20220510T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 5, "before"),
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:5\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
     "END:VCALENDAR\r\n", 2, "DTSTART"),
    ("SUMMARY:x\r\n", 1, "BEGIN:VCALENDAR"),
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:6\r\nDTSTART:20220510T080000Z\r\n"
     "RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 5, "RRULE"),
])
def test_malformed_files_are_refused_naming_the_line(text, line, words):
    with pytest.raises(InvalidInput) as err:
        read_busy(text.encode(), "agenda.ics")
    message = str(err.value)
    assert message.startswith("agenda.ics")
    if "never closed" not in words:
        assert f"line {line}" in message
    assert words in message


def test_not_utf8_and_empty():
    with pytest.raises(InvalidInput, match="line 2: not UTF-8"):
        read_busy(b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\r\nEND:VCALENDAR\r\n", "a.ics")
    with pytest.raises(InvalidInput, match="empty"):
        read_busy(b"\r\n", "a.ics")


def test_a_zone_only_the_file_defines_uses_its_vtimezone():
    text = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:x
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen":20221031T090000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen":20221031T100000
END:VEVENT
BEGIN:VEVENT
UID:y
DTSTART:20221101T090000
DURATION:PT30M
END:VEVENT
END:VCALENDAR
"""
    blocks = read_busy(text.replace("\n", "\r\n").encode(), "outlook-nl.ics")
    # 09:00 CET from the file's own zone; the floating time in the default zone
    assert spans(blocks) == [(z(2022, 10, 31, 8), z(2022, 10, 31, 9), False),
                             (z(2022, 11, 1, 8), z(2022, 11, 1, 8, 30), False)]
