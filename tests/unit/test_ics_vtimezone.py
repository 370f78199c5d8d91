"""VTIMEZONE bodies: each change at the right instant, written as RFC 5545 says,
and, read back by a parser that computes from the body, the IANA offsets."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Timezone

from almere_missions.calendars.vtimezone import transitions, vtimezone


def test_amsterdam_2022_changes_at_one_utc_with_dtstart_in_the_old_offset():
    opening, changes = transitions("Europe/Amsterdam", 2022, 2022)
    assert opening.utcoffset == 3600 and not opening.dst
    assert [c.at for c in changes] == [datetime(2022, 3, 27, 1, tzinfo=UTC),
                                       datetime(2022, 10, 30, 1, tzinfo=UTC)]
    body = vtimezone("Europe/Amsterdam", 2022, 2022)
    assert "TZID:Europe/Amsterdam" in body
    # summer time begins at 02:00 CET (not 03:00: that is the wall time after it)
    assert ("BEGIN:DAYLIGHT\r\nDTSTART:20220327T020000\r\nTZOFFSETFROM:+0100\r\n"
            "TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT") in body
    assert ("BEGIN:STANDARD\r\nDTSTART:20221030T030000\r\nTZOFFSETFROM:+0200\r\n"
            "TZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD") in body


def test_zones_without_dst_get_one_component_with_their_offset():
    for tzid, off in (("Asia/Taipei", "+0800"), ("Asia/Kolkata", "+0530"),
                      ("Asia/Kathmandu", "+0545")):
        body = vtimezone(tzid, 2022, 2022)
        assert body.count("BEGIN:STANDARD") == 1 and "DAYLIGHT" not in body
        assert f"TZOFFSETFROM:{off}\r\nTZOFFSETTO:{off}" in body


def test_southern_hemisphere_and_years_beyond_2038():
    _, changes = transitions("Australia/Sydney", 2022, 2022)
    assert [(c.at, c.after.utcoffset) for c in changes] == [
        (datetime(2022, 4, 2, 16, tzinfo=UTC), 10 * 3600),
        (datetime(2022, 10, 1, 16, tzinfo=UTC), 11 * 3600)]
    _, later = transitions("Europe/Amsterdam", 2041, 2041)
    assert [c.at for c in later] == [datetime(2041, 3, 31, 1, tzinfo=UTC),
                                     datetime(2041, 10, 27, 1, tzinfo=UTC)]


@pytest.mark.parametrize("tzid", ["Europe/Amsterdam", "America/Toronto", "Australia/Sydney",
                                  "Australia/Lord_Howe", "America/Santiago", "Africa/Casablanca",
                                  "Asia/Tehran", "Pacific/Chatham", "America/St_Johns",
                                  "Europe/Dublin", "Asia/Kathmandu"])
def test_body_read_by_icalendar_gives_the_iana_offsets(tzid):
    """icalendar's ``to_tz`` builds a zone from the body alone: it must agree with
    the IANA database at random instants and a minute either side of each change."""
    first, last = 2015, 2030
    body = vtimezone(tzid, first, last)
    from_body = Timezone.from_ical(body).to_tz()
    iana = ZoneInfo(tzid)
    rnd = random.Random(tzid)
    start = datetime(first, 1, 1, tzinfo=UTC)
    moments = [start + timedelta(minutes=rnd.randrange(0, 16 * 365 * 1440)) for _ in range(300)]
    for change in transitions(tzid, first, last)[1]:
        moments += [change.at - timedelta(minutes=1), change.at, change.at + timedelta(minutes=1)]
    for t in moments:
        assert t.astimezone(from_body).utcoffset() == t.astimezone(iana).utcoffset(), (tzid, t)
