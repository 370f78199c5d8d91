"""Clash checks over every mission in the database.

Kinds (``Problem.kind``): ``person_double_booked``, ``venue_clash``,
``travel_time``, ``outside_mission``, ``night_time``, ``busy``, ``capacity``.
Cancelled items never clash. A problem is an error when one of its items is
confirmed and a warning when all are tentative; ``night_time`` is always a
warning. An all-day item frames its mission's days: it does not clash with
the mission's own timed items, but it does with other missions' items.

Set-based: the programme is loaded as arrays (:mod:`.checkdata`) and overlaps
are found by sweep line (:mod:`.sweep`), so a season of ten thousand
missions is checked in about a second.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import numpy as np

from almere_missions.planning import settings as planning_settings
from almere_missions.planning.checkdata import PlanData, load
from almere_missions.planning.geo import distances_km
from almere_missions.text import pick
from almere_missions.timeutil import abbreviation, zone
from almere_missions.uow import UnitOfWork

KINDS = ("person_double_booked", "venue_clash", "travel_time", "outside_mission", "night_time",
         "busy", "capacity")


@dataclass(frozen=True)
class Problem:
    kind: str
    severity: str  # "error" or "warning"
    items: tuple[str, ...]  # item refs, earliest first
    persons: tuple[str, ...]  # person refs
    message: str
    missions: tuple[str, ...]  # the missions involved; the problem is listed under each


def check(uow: UnitOfWork, ref: str | None = None, *, progress=None) -> list[Problem]:
    """Every planning problem of all missions, or those that involve mission ``ref``."""
    progress = progress or (lambda done, total: None)
    data = load(uow, ref)
    progress(1, 4)
    found = _Checker(data, planning_settings.load())
    found.persons()
    progress(2, 4)
    found.venues()
    found.times()
    progress(3, 4)
    found.busy()
    problems = found.problems
    if ref is not None:
        problems = [p for p in problems if ref in p.missions]
    problems.sort(key=lambda p: (found.sort_key(p), KINDS.index(p.kind), p.items, p.persons))
    progress(4, 4)
    return problems


def check_report(uow: UnitOfWork, ref: str | None = None) -> dict:
    """The ``check --json`` document: every mission checked, with its problems (or none)."""
    problems = check(uow, ref)
    if ref is not None:
        refs = [ref]
    else:
        from almere_missions.services.missions import mission_refs

        refs = mission_refs(uow)
    by_mission: dict[str, list[dict]] = {r: [] for r in refs}
    for p in problems:
        doc = {"kind": p.kind, "severity": p.severity, "items": list(p.items),
               "persons": list(p.persons), "message": p.message, "missions": list(p.missions)}
        for m in p.missions:
            if m in by_mission:
                by_mission[m].append(doc)
    return {"missions": [{"ref": r, "problems": by_mission[r]} for r in refs]}


# --- helpers for messages -----------------------------------------------------------

@lru_cache(maxsize=65536)
def _local(epoch: int, tz: str) -> tuple[str, str, str]:
    instant = datetime.fromtimestamp(epoch, UTC)
    local = instant.astimezone(zone(tz))
    return f"{local:%Y-%m-%d}", f"{local:%H:%M}", abbreviation(instant, tz)


def _offset(epoch: int, tz: str) -> int:
    """The zone's UTC offset in seconds at that moment (cached per hour)."""
    return _offset_hour(epoch // 3600, tz)


@lru_cache(maxsize=200_000)
def _offset_hour(hour: int, tz: str) -> int:
    instant = datetime.fromtimestamp(hour * 3600, UTC)
    return int(instant.astimezone(zone(tz)).utcoffset().total_seconds())


class _Checker:
    def __init__(self, data: PlanData, settings: planning_settings.Settings):
        self.d, self.cfg = data, settings
        self.problems: list[Problem] = []
        it = data.items
        # The (person, item) rows sorted per person by time: the base of several checks.
        self.p_order = np.lexsort((it.end[data.pi_item], it.start[data.pi_item], data.pi_person))
        self.p_item = data.pi_item[self.p_order]
        self.p_person = data.pi_person[self.p_order]
        self._persons_of: dict[int, tuple[int, ...]] | None = None

    # -- texts

    def when(self, i: int) -> str:
        it = self.d.items
        day, start, abbr = _local(int(it.start[i]), it.zones[i])
        if it.all_day[i]:
            last = int(it.end[i]) - 1
            last_day = _local(last, it.zones[i])[0]
            return f"{day} (all day)" if last_day == day else f"{day} – {last_day} (all day)"
        end_zone = it.end_zones[i] or it.zones[i]
        end_day, end, end_abbr = _local(int(it.end[i]), end_zone)
        if end_day == day and end_abbr == abbr:
            return f"{day} {start}–{end} {abbr}"
        if end_day == day:
            return f"{day} {start} {abbr} – {end} {end_abbr}"
        return f"{day} {start} {abbr} – {end_day} {end} {end_abbr}"

    def label(self, i: int) -> str:
        it = self.d.items
        return f"{it.refs[i]} ({self.when(i)}, {self.d.missions.refs[it.mission[i]]})"

    def venue_name(self, v: int) -> str:
        return f"{pick(self.d.venues.names[v], 'en')} ({self.d.venues.refs[v]})"

    def sort_key(self, p: Problem) -> int:
        return self._start_of.get(p.items[0], 0) if p.items else 0

    @property
    def _start_of(self) -> dict[str, int]:
        if not hasattr(self, "_starts"):
            self._starts = dict(zip(self.d.items.refs, self.d.items.start.tolist(), strict=True))
        return self._starts

    # -- building problems

    def severity(self, *items: int) -> str:
        return "error" if any(self.d.items.confirmed[i] for i in items) else "warning"

    def add(self, kind: str, items: list[int], persons, message: str,
            severity: str | None = None) -> None:
        it = self.d.items
        items = sorted(set(items), key=lambda i: (int(it.start[i]), int(it.end[i]), it.refs[i]))
        missions = tuple(sorted({self.d.missions.refs[it.mission[i]] for i in items}))
        if self.d.focus is not None and self.d.missions.refs[self.d.focus] not in missions:
            return  # only what concerns the mission asked about
        self.problems.append(Problem(
            kind=kind, severity=severity or self.severity(*items),
            items=tuple(it.refs[i] for i in items),
            persons=tuple(sorted(self.d.person_refs[p] for p in persons)), message=message,
            missions=missions))

    def persons_of(self, i: int) -> tuple[int, ...]:
        if self._persons_of is None:
            by_item: dict[int, list[int]] = defaultdict(list)
            for item, person in zip(self.d.pi_item.tolist(), self.d.pi_person.tolist(),
                                    strict=True):
                by_item[item].append(person)
            self._persons_of = {k: tuple(sorted(set(v))) for k, v in by_item.items()}
        return self._persons_of.get(i, ())

    # -- people: double bookings and travel time

    def persons(self) -> None:
        it, d = self.d.items, self.d
        if not len(self.p_item):
            return
        starts, ends = it.start[self.p_item], it.end[self.p_item]
        pairs, prefix_end = _pairs(self.p_person, starts, ends)
        clashes: dict[tuple[int, int], list[int]] = defaultdict(list)
        p_item = self.p_item.tolist()
        p_person = self.p_person.tolist()
        for a, b in pairs:
            i, j = p_item[a], p_item[b]
            if i == j:
                continue
            if it.mission[i] == it.mission[j] and (it.all_day[i] or it.all_day[j]):
                continue  # an all-day item frames its own mission's day
            clashes[(min(i, j), max(i, j))].append(p_person[a])
        for (i, j), persons in clashes.items():
            names = ", ".join(sorted(d.person_refs[p] for p in set(persons)))
            self.add("person_double_booked", [i, j], set(persons),
                     f"{names} would be in two places at once: {self.label(i)} and "
                     f"{self.label(j)}")
        self._travel(starts, ends, prefix_end)

    def _travel(self, starts: np.ndarray, ends: np.ndarray, prefix_end: np.ndarray) -> None:
        it, v = self.d.items, self.d.venues
        n = len(self.p_item)
        if n < 2:
            return
        a, b = self.p_item[:-1], self.p_item[1:]
        same = self.p_person[:-1] == self.p_person[1:]
        gap = starts[1:] - prefix_end[:-1]
        here = np.where(it.to_venue[a] >= 0, it.to_venue[a], it.venue[a])
        there = it.venue[b]
        ok = same & (gap >= 0) & ~it.all_day[a] & ~it.all_day[b] & (here >= 0) & (there >= 0)
        ok &= here != there
        idx = np.nonzero(ok)[0]
        if not len(idx):
            return
        h, t = here[idx], there[idx]
        km = distances_km(v.lat[h], v.lon[h], v.lat[t], v.lon[t])
        known = ~np.isnan(km)
        idx, km = idx[known], km[known]
        minutes = np.fromiter((self.cfg.travel_minutes(k) for k in km.tolist()), float, len(km))
        short = minutes * 60 > gap[idx]
        found: dict[tuple[int, int], list[int]] = defaultdict(list)
        detail: dict[tuple[int, int], tuple[float, float]] = {}
        for k, dist, need in zip(idx[short].tolist(), km[short].tolist(),
                                 minutes[short].tolist(), strict=True):
            i, j = int(a[k]), int(b[k])
            found[(i, j)].append(int(self.p_person[k]))
            detail[(i, j)] = (dist, need)
        for (i, j), persons in found.items():
            dist, need = detail[(i, j)]
            gap_min = (int(it.start[j]) - int(it.end[i])) // 60
            mode = self.cfg.mode_for(dist).mode
            frm = it.to_venue[i] if it.to_venue[i] >= 0 else it.venue[i]
            self.add("travel_time", [i, j], set(persons),
                     f"{max(gap_min, 0)} min between {self.label(i)} at "
                     f"{self.venue_name(frm)} and {self.label(j)} at "
                     f"{self.venue_name(it.venue[j])}; {dist:.1f} km takes about "
                     f"{round(need)} min by {mode}")

    # -- venues: exclusive rooms, room for everyone

    def venues(self) -> None:
        it, v = self.d.items, self.d.venues
        if not len(it):
            return
        counts = np.bincount(self.d.pi_item, minlength=len(it)) if len(self.d.pi_item) else \
            np.zeros(len(it), np.int64)
        placed = (it.venue >= 0) & ~it.moving
        vidx = np.where(placed, it.venue, 0)
        cap = np.where(placed, v.capacity[vidx], -1)
        for i in np.nonzero((cap >= 0) & (counts > cap))[0].tolist():
            venue = int(it.venue[i])
            self.add("capacity", [i], self.persons_of(i),
                     f"{int(counts[i])} people in {self.label(i)}, but "
                     f"{self.venue_name(venue)} holds {int(v.capacity[venue])}")
        watched = placed & ((cap >= 0) | v.exclusive[vidx])
        rows = np.nonzero(watched)[0]
        if not len(rows):
            return
        rows = rows[np.lexsort((it.end[rows], it.start[rows], it.venue[rows]))]
        pairs, _ = _pairs(it.venue[rows], it.start[rows], it.end[rows])
        clusters: dict[int, set[int]] = defaultdict(set)
        for a, b in pairs:
            i, j = int(rows[a]), int(rows[b])
            venue = int(it.venue[i])
            if v.exclusive[venue]:
                if it.mission[i] != it.mission[j]:
                    self.add("venue_clash", [i, j], (),
                             f"{self.venue_name(venue)} is for one party at a time, but "
                             f"{self.label(i)} and {self.label(j)} overlap")
            elif v.capacity[venue] >= 0:
                clusters[venue].update((i, j))
        for venue, members in clusters.items():
            self._crowded(venue, sorted(members, key=lambda i: int(it.start[i])))

    def _crowded(self, venue: int, members: list[int]) -> None:
        """Moments when overlapping items together bring more people than the venue holds."""
        it = self.d.items
        capacity = int(self.d.venues.capacity[venue])
        events = sorted([(int(it.start[i]), 1, i) for i in members]
                        + [(int(it.end[i]), 0, i) for i in members])
        active: set[int] = set()
        reported: list[frozenset[int]] = []
        for _, starting, i in events:
            if not starting:
                active.discard(i)
                continue
            active.add(i)
            if len(active) < 2:
                continue
            people = set().union(*(self.persons_of(k) for k in active))
            if len(people) > capacity:
                group = frozenset(active)
                reported = [g for g in reported if not g <= group]
                if not any(group <= g for g in reported):
                    reported.append(group)
        for group in reported:
            people = set().union(*(self.persons_of(k) for k in group))
            listed = " and ".join(self.label(k) for k in sorted(group, key=lambda k: it.start[k]))
            self.add("venue_clash", list(group), (),
                     f"{len(people)} people at {self.venue_name(venue)} at once "
                     f"({listed}), but it holds {capacity}")

    # -- times: mission dates, night hours

    def times(self) -> None:
        it, m = self.d.items, self.d.missions
        if not len(it):
            return
        from almere_missions.timeutil import day_start_utc

        lo = np.asarray([int(day_start_utc(d, z).timestamp()) for d, z in
                         zip(m.starts, m.zones, strict=True)], np.int64)
        hi = np.asarray([int(day_start_utc(d + timedelta(days=1), z).timestamp()) for d, z in
                         zip(m.ends, m.zones, strict=True)], np.int64)
        outside = (it.start < lo[it.mission]) | (it.end > hi[it.mission])
        for i in np.nonzero(outside)[0].tolist():
            k = int(it.mission[i])
            if it.all_day[i] and self._all_day_inside(i, k):
                continue
            self.add("outside_mission", [i], self.persons_of(i),
                     f"{self.label(i)} falls outside the mission's dates "
                     f"{m.starts[k]} – {m.ends[k]} ({m.zones[k]})")
        night_from = _seconds(self.cfg.night_from)
        night_until = _seconds(self.cfg.night_until)
        venue_zones = self.d.venues.zones
        starts = it.start.tolist()
        for i in np.nonzero(~it.all_day)[0].tolist():
            v = int(it.venue[i])
            tz = venue_zones[v] if v >= 0 else it.zones[i]
            local = (starts[i] + _offset(starts[i], tz)) % 86400
            at_night = (local >= night_from or local < night_until) if night_from > night_until \
                else night_from <= local < night_until
            if at_night:
                day, hhmm, abbr = _local(starts[i], tz)
                self.add("night_time", [i], self.persons_of(i),
                         f"{self.label(i)} starts at {hhmm} {abbr} local time of "
                         f"{tz}: at night — is the time zone right?", severity="warning")

    def _all_day_inside(self, i: int, k: int) -> bool:
        it, m = self.d.items, self.d.missions
        first = _local(int(it.start[i]), it.zones[i])[0]
        last = _local(int(it.end[i]) - 1, it.zones[i])[0]
        return m.starts[k].isoformat() <= first and last <= m.ends[k].isoformat()

    # -- imported busy times

    def busy(self) -> None:
        d, it = self.d, self.d.items
        if not len(d.busy_person):
            return
        blocks: dict[int, list[int]] = defaultdict(list)
        for n, p in enumerate(d.busy_person.tolist()):
            blocks[p].append(n)
        people = np.fromiter(blocks, np.int64, len(blocks))
        lo = np.searchsorted(self.p_person, people, side="left")
        hi = np.searchsorted(self.p_person, people, side="right")
        found: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for p, a, b in zip(people.tolist(), lo.tolist(), hi.tolist(), strict=True):
            mine = sorted(blocks[p], key=lambda n: int(d.busy_start[n]))
            b_start = d.busy_start[mine]
            b_end_max = np.maximum.accumulate(d.busy_end[mine])
            for i in self.p_item[a:b].tolist():
                s, e = int(it.start[i]), int(it.end[i])
                # Blocks that start before the item ends and end after it starts.
                upto = int(np.searchsorted(b_start, e, side="left"))
                k = upto - 1
                while k >= 0 and b_end_max[k] > s:
                    n = mine[k]
                    if d.busy_end[n] > s:
                        found[i].append((p, n))
                    k -= 1
        for i, hits in found.items():
            persons = {p for p, _ in hits}
            names = ", ".join(sorted(d.person_refs[p] for p in persons))
            sources = sorted({d.busy_source[n] for _, n in hits if d.busy_source[n]})
            where = f" (from {', '.join(sources)})" if sources else ""
            self.add("busy", [i], persons,
                     f"{names} already has something else in their agenda{where} during "
                     f"{self.label(i)}")


def _seconds(t) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _pairs(group, start, end):
    from almere_missions.planning.sweep import overlapping_pairs

    return overlapping_pairs(group, start, end)
