from datetime import UTC, date, datetime

import pytest

from almere_missions.timeutil import (
    TimeProblem,
    abbreviation,
    day_start_utc,
    format_local,
    is_valid_zone,
    parse_local,
)


def test_wall_time_becomes_utc_in_summer_and_winter():
    assert parse_local("2022-04-20T09:30", "Europe/Amsterdam") == datetime(2022, 4, 20, 7, 30, tzinfo=UTC)
    assert parse_local("2022-12-20T09:30", "Europe/Amsterdam") == datetime(2022, 12, 20, 8, 30, tzinfo=UTC)
    assert parse_local("2022-07-01T09:30", "Australia/Sydney") == datetime(2022, 6, 30, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize("value,zone", [
    ("2022-03-27T02:30", "Europe/Amsterdam"),
    ("2022-03-13T02:15", "America/Toronto"),
    ("2022-10-02T02:30", "Australia/Sydney"),
])
def test_time_in_the_spring_gap_is_refused(value, zone):
    with pytest.raises(TimeProblem, match="does not exist"):
        parse_local(value, zone)


def test_ambiguous_time_needs_an_offset_and_round_trips_with_it():
    with pytest.raises(TimeProblem, match="ambiguous"):
        parse_local("2022-10-30T02:30", "Europe/Amsterdam")
    first = parse_local("2022-10-30T02:30+02:00", "Europe/Amsterdam")
    second = parse_local("2022-10-30T02:30+01:00", "Europe/Amsterdam")
    assert (second - first).total_seconds() == 3600
    assert format_local(first, "Europe/Amsterdam") == "2022-10-30T02:30+02:00"
    assert format_local(second, "Europe/Amsterdam") == "2022-10-30T02:30+01:00"


def test_an_offset_the_zone_does_not_have_is_refused():
    with pytest.raises(TimeProblem, match="not in force"):
        parse_local("2022-04-20T09:30+05:00", "Europe/Amsterdam")


@pytest.mark.parametrize("name,ok", [("Europe/Amsterdam", True), ("Asia/Taipei", True), ("UTC", True),
                                     ("CET", False), ("GMT", False), ("EST", False),
                                     ("Mars/Olympus", False), ("W. Europe Standard Time", False)])
def test_only_iana_names_are_zones(name, ok):
    assert is_valid_zone(name) is ok


def test_abbreviations_for_display():
    summer = datetime(2022, 4, 20, 7, 30, tzinfo=UTC)
    assert abbreviation(summer, "Europe/Amsterdam") == "CEST"
    assert abbreviation(summer, "Asia/Taipei") == "CST"
    assert abbreviation(summer, "Asia/Dubai") == "UTC+04"


def test_day_start_in_a_zone_where_midnight_is_skipped():
    # Chile moved clocks at midnight: the day starts at 01:00 local.
    start = day_start_utc(date(2022, 9, 11), "America/Santiago")
    assert start.astimezone(UTC).hour == 4
