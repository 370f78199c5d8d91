"""Inputs the fuzzing found that once crashed an importer: each is now a clean refusal."""

from __future__ import annotations

import pytest

from almere_missions.errors import InvalidInput
from almere_missions.planning.busy import read_busy

FOUND = [
    # two DTSTART lines in one event: the calendar reader hands back a list
    b"BEGIN:VCALENDAR\rX:\rBEGIN:VEVENT\rDTSTART:00221228T000007\r\r\r\r\r\r\r00000000000000"
    b"0000000000011111222222222288::::::;=ABDDDDEEEEEEEGILNNNNRRSTTTTTTTTTVVVVZeopru/Aademmrs"
    b"t:02220113T000014\rDTSTART;T=Eeopru/Aademmrst:02220113T000014\rD;T=Eeopru/0000001112223"
    b"5:ATademmrst\rD00000000011222:T\rU:\rEND:VEVENT\rBEGIN:VEVENT\rD:\rEND:VEVENT\rEND:VCAL"
    b"ENDAR",
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20221028T070000Z\r\n"
    b"DTEND:20221028T080000Z\r\nDTEND:20221028T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    # the calendar-wide zone twice: the zone converter was handed a list
    b"BEGIN:VCALENDAR\rP:\rX-WR-TIMEZONE:Europe/Amsterdam\rX-WR-TIMEZONE:\rBEGIN:VEVENT\r"
    b"DTSTART:20221028T070000\rUID:x\rEND:VEVENT\rEND:VCALENDAR",
]


@pytest.mark.parametrize("data", FOUND)
def test_busy_calendar_finding_is_refused(data):
    with pytest.raises(InvalidInput, match="more than once"):
        read_busy(data, "found.ics")
