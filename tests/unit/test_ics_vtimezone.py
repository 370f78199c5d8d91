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
    # summer time begins at 02:00 CET (not 03:00: that is the wall time after it), on
    # the last Sunday of March, as long as the IANA data says
    assert ("BEGIN:DAYLIGHT\r\nDTSTART:20220327T020000\r\nTZOFFSETFROM:+0100\r\n"
            "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
            "TZNAME:CEST\r\nEND:DAYLIGHT") in body
    assert ("BEGIN:STANDARD\r\nDTSTART:20221030T030000\r\nTZOFFSETFROM:+0200\r\n"
            "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
            "TZNAME:CET\r\nEND:STANDARD") in body
    assert body.count("BEGIN:") == 4  # the zone, its opening offset, two yearly rules


def test_a_rule_that_ended_gets_until_and_irregular_changes_stay_single():
    # Brazil stopped summer time in 2019
    body = vtimezone("America/Sao_Paulo", 2016, 2022)
    assert "RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU;UNTIL=20190217T020000Z" in body
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=3SU;UNTIL=20171015T030000Z" in body
    assert "DTSTART:20181104T000000" in body  # 2018 began on the first Sunday of November
    # Iran's changes fell on fixed dates, not weekdays: one component each
    tehran = vtimezone("Asia/Tehran", 2019, 2021)
    assert "RRULE" not in tehran and tehran.count("BEGIN:DAYLIGHT") >= 3


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
                                  "Europe/Dublin", "Asia/Kathmandu", "America/Sao_Paulo",
                                  "Europe/Moscow", "America/Havana", "Asia/Gaza",
                                  "Pacific/Apia", "Asia/Jerusalem"])
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
    # a rule still in force is written without an end: far later dates read right too
    moments += [datetime(2060, 1, 15, 12, tzinfo=UTC), datetime(2060, 7, 15, 12, tzinfo=UTC)]
    for t in moments:
        assert t.astimezone(from_body).utcoffset() == t.astimezone(iana).utcoffset(), (tzid, t)
