"""Reading agenda exports (.ics) as Outlook, Google and Thunderbird write them.

The file is first read line by line (unfolding continuation lines) so that a
malformed file is refused with the line it goes wrong on. Zone names are
settled before icalendar parses the file: an IANA name stays, a Windows name
(``W. Europe Standard Time``, as Outlook writes) is mapped to its IANA zone
by CLDR's windowsZones table (shipped with icalendar), and the VTIMEZONE
blocks of mapped zones are dropped so that the IANA rules apply — they know
every past change, where an exported VTIMEZONE often knows only this year's.
A name that is neither, without its own VTIMEZONE, is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from almere_missions.errors import InvalidInput
from almere_missions.timeutil import is_valid_zone

_NAME = re.compile(r"^[A-Za-z0-9-]+$")
# A parameter: NAME=value or NAME="quoted value", several values separated by commas.
_PARAM = re.compile(r'^([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)')


@dataclass
class Line:
    number: int  # the physical line it starts on (1-based)
    name: str  # upper case
    params: list[tuple[str, str]]  # (NAME upper case, raw value)
    value: str

    def param(self, key: str) -> str | None:
        for k, v in self.params:
            if k == key:
                return v[1:-1] if len(v) >= 2 and v[0] == v[-1] == '"' else v
        return None

    def text(self) -> str:
        params = "".join(f";{k}={v}" for k, v in self.params)
        return f"{self.name}{params}:{self.value}"


@dataclass
class Block:
    """One component (VEVENT, VTIMEZONE, ...) with its own lines, in file order."""

    kind: str
    begin: int  # line number of its BEGIN
    lines: list[Line] = field(default_factory=list)

    def first(self, name: str) -> Line | None:
        return next((ln for ln in self.lines if ln.name == name), None)


def zone_for(tzid: str) -> str | None:
    """The IANA zone for a TZID: itself, or the CLDR mapping of a Windows name."""
    name = tzid.strip().strip('"')
    if is_valid_zone(name):
        return name
    if name.startswith("/"):  # some writers prefix a path-like "globally unique" marker
        tail = name.lstrip("/")
        for cut in range(tail.count("/") + 1):
            candidate = "/".join(tail.split("/")[cut:])
            if is_valid_zone(candidate):
                return candidate
    return WINDOWS_TO_OLSON.get(name)


def _split(text: str, number: int, file: str) -> Line:
    name_end = len(text)
    for i, ch in enumerate(text):
        if ch in ";:":
            name_end = i
            break
    name = text[:name_end]
    if not name or not _NAME.match(name) or name_end == len(text):
        raise InvalidInput(f"line {number}: not an iCalendar content line "
                           f"(NAME:value expected): {text[:60]!r}", file=file)
    rest = text[name_end:]
    params: list[tuple[str, str]] = []
    while rest.startswith(";"):
        m = _PARAM.match(rest[1:])
        if not m:
            raise InvalidInput(f"line {number}: malformed parameter in {name}: {rest[:60]!r}",
                               file=file)
        params.append((m.group(1).upper(), m.group(2)))
        rest = rest[1 + m.end():]
    if not rest.startswith(":"):
        raise InvalidInput(f"line {number}: malformed parameters of {name}", file=file)
    return Line(number, name.upper(), params, rest[1:])


def read_lines(data: bytes, file: str) -> list[Line]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InvalidInput(f"line {line}: not UTF-8 text", file=file) from None
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t"):
            if not logical:
                raise InvalidInput(f"line {number}: a continuation line with nothing before it",
                                   file=file)
            start, prev = logical[-1]
            logical[-1] = (start, prev + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    if not logical:
        raise InvalidInput("the file is empty", file=file)
    return [_split(t, n, file) for n, t in logical]


def structure(lines: list[Line], file: str) -> list[Block]:
    """Check BEGIN/END nesting; return the components directly inside VCALENDAR."""
    if lines[0].name != "BEGIN" or lines[0].value.strip().upper() != "VCALENDAR":
        raise InvalidInput(f"line {lines[0].number}: an iCalendar file starts with "
                           "BEGIN:VCALENDAR", file=file)
    stack: list[tuple[str, int]] = []
    blocks: list[Block] = []
    calendars = 0
    for ln in lines:
        if ln.name == "BEGIN":
            kind = ln.value.strip().upper()
            if not kind:
                raise InvalidInput(f"line {ln.number}: BEGIN without a component name",
                                   file=file)
            if not stack:
                calendars += 1
                if kind != "VCALENDAR" or calendars > 1:
                    raise InvalidInput(f"line {ln.number}: BEGIN:{kind} after the calendar "
                                       "ended (one VCALENDAR per file)", file=file)
            stack.append((kind, ln.number))
            if len(stack) == 2:
                blocks.append(Block(kind, ln.number))
            elif len(stack) > 2:
                blocks[-1].lines.append(ln)
            continue
        if not stack:
            raise InvalidInput(f"line {ln.number}: {ln.name} outside the calendar", file=file)
        if ln.name == "END":
            kind = ln.value.strip().upper()
            if stack[-1][0] != kind:
                raise InvalidInput(f"line {ln.number}: END:{kind} does not close "
                                   f"BEGIN:{stack[-1][0]} of line {stack[-1][1]}", file=file)
            if len(stack) > 2:
                blocks[-1].lines.append(ln)
            stack.pop()
            continue
        if len(stack) >= 2:
            blocks[-1].lines.append(ln)
    if stack:
        kind, number = stack[-1]
        raise InvalidInput(f"BEGIN:{kind} of line {number} is never closed (END:{kind} "
                           "missing)", file=file)
    return blocks


def normalise(lines: list[Line], blocks: list[Block], file: str) -> str:
    """The calendar text with Windows zone names mapped and their VTIMEZONEs dropped.

    Raises for a TZID that is neither known nor defined by a VTIMEZONE in the file.
    """
    defined = {}
    for b in blocks:
        if b.kind == "VTIMEZONE":
            tzid = b.first("TZID")
            if tzid is not None:
                defined[tzid.value.strip()] = b
    dropped: set[int] = set()
    for name, b in defined.items():
        if zone_for(name):
            dropped.add(b.begin)
    out: list[str] = []
    skip_until: str | None = None
    depth = 0
    for ln in lines:
        if skip_until is not None:
            if ln.name == "BEGIN":
                depth += 1
            elif ln.name == "END":
                if depth == 0:
                    skip_until = None
                else:
                    depth -= 1
            continue
        if ln.name == "BEGIN" and ln.number in dropped:
            skip_until, depth = "VTIMEZONE", 0
            continue
        tzid = ln.param("TZID")
        if tzid is not None:
            iana = zone_for(tzid)
            if iana is None and tzid.strip() not in defined:
                raise InvalidInput(f"line {ln.number}: unknown time zone {tzid!r} in {ln.name} "
                                   "(neither an IANA nor a Windows zone name, and no "
                                   "VTIMEZONE for it in the file)", file=file)
            if iana is not None:
                ln = Line(ln.number, ln.name,
                          [(k, iana if k == "TZID" else v) for k, v in ln.params], ln.value)
        out.append(ln.text())
    return "\r\n".join(out) + "\r\n"
