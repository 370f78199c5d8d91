"""RFC 5545 content lines: folding at 75 octets without splitting a character, escaping."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from almere_missions.calendars import contentlines as cl


def _unfold(text: str) -> str:
    return text.replace("\r\n ", "")


@given(st.text(min_size=0, max_size=400))
def test_folding_keeps_every_line_within_75_octets_and_characters_whole(value):
    line = "DESCRIPTION:" + cl.text(value)
    folded = cl.fold(line)
    assert _unfold(folded) == line
    for physical in folded.split("\r\n"):
        raw = physical.encode("utf-8")  # would raise had a character been cut
        assert len(raw) <= 75
    assert "\n" not in folded.replace("\r\n", "")


def test_folding_at_exactly_75_octets_and_with_multibyte_characters():
    assert cl.fold("X" * 75) == "X" * 75
    assert cl.fold("X" * 76) == "X" * 75 + "\r\n " + "X"
    # 25 three-octet characters after 3 octets: the cut falls before a whole character
    line = "AB:" + "林" * 30
    parts = cl.fold(line).split("\r\n")
    assert [len(p.encode()) for p in parts] == [75, 1 + 3 * 6]
    assert parts[1].startswith(" 林")
    emoji = "S:" + "🌷" * 40  # four octets each
    for p in cl.fold(emoji).split("\r\n"):
        assert len(p.encode()) <= 75


def test_text_escapes_and_parameters():
    assert cl.text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    assert cl.param("Jeroen Bakker") == "Jeroen Bakker"
    assert cl.param('Bakker, "J." ; IZ') == '"Bakker, J. ; IZ"'
    assert cl.param("林美玲 (Lin Mei-ling)") == "林美玲 (Lin Mei-ling)"


def test_stamps_and_offsets():
    cest = timezone(timedelta(hours=2))
    assert cl.utc_stamp(datetime(2022, 4, 20, 9, 30, tzinfo=cest)) == "20220420T073000Z"
    assert cl.local_stamp(datetime(2022, 4, 20, 9, 30, 5)) == "20220420T093005"
    assert cl.date_stamp(date(2022, 4, 1)) == "20220401"
    assert cl.offset(5 * 3600 + 45 * 60) == "+0545"
    assert cl.offset(-(3 * 3600 + 30 * 60)) == "-0330"
    assert cl.offset(1172) == "+001932"  # Amsterdam mean time had seconds
    assert cl.utc_stamp(datetime(2041, 1, 1, tzinfo=UTC)) == "20410101T000000Z"
