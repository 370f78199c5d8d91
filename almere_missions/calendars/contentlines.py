"""RFC 5545 content lines: escaping, folding at 75 octets, CRLF.

Written by hand rather than through icalendar's component tree because a
season export holds some 150,000 events: building a tree per event costs
several times more than writing the lines. icalendar stays the parser the
tests read the output back with.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

CRLF = "\r\n"
LIMIT = 75  # octets per physical line, CRLF excluded

_TEXT_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\r": None})


def text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newline escaped."""
    return value.translate(_TEXT_ESCAPES)


def param(value: str) -> str:
    """A parameter value, quoted where it holds ``:;,``; DQUOTE and controls dropped."""
    clean = "".join(ch for ch in value if ch >= " " and ch != '"')
    if any(ch in clean for ch in ":;,"):
        return f'"{clean}"'
    return clean


def fold(line: str) -> str:
    """Fold one logical line at 75 octets, never inside a UTF-8 character."""
    if len(line) <= LIMIT and line.isascii():
        return line
    raw = line.encode("utf-8")
    if len(raw) <= LIMIT:
        return line
    parts = []
    start, limit = 0, LIMIT
    while start < len(raw):
        end = min(start + limit, len(raw))
        # Step back over continuation bytes (10xxxxxx) so a character stays whole.
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(raw[start:end].decode("utf-8"))
        start = end
        limit = LIMIT - 1  # continuation lines begin with one space
    return "\r\n ".join(parts)


def utc_stamp(instant: datetime) -> str:
    u = instant.astimezone(UTC)
    return f"{u.year:04d}{u.month:02d}{u.day:02d}T{u.hour:02d}{u.minute:02d}{u.second:02d}Z"


def local_stamp(local: datetime) -> str:
    return (f"{local.year:04d}{local.month:02d}{local.day:02d}"
            f"T{local.hour:02d}{local.minute:02d}{local.second:02d}")


def date_stamp(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def offset(seconds: int) -> str:
    """A UTC-OFFSET value: +0545, -0330, +001730 where seconds are needed."""
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")
