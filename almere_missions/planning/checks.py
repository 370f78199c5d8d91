"""Clash checks over every mission in the database.

Kinds (``Problem.kind``): ``person_double_booked``, ``venue_clash``,
``travel_time``, ``outside_mission``, ``night_time``, ``busy``, ``capacity``.
Cancelled items never clash. A problem is an error when one of its items is
confirmed and a warning when all are tentative; ``night_time`` is always a
warning. An all-day item frames its mission's days: it does not clash with
the mission's own timed items (for people or rooms), but it does with other
missions' items. Journeys (travel, transfer) pass through their place of
departure: they count for its capacity, not for overlapping use of it.

Set-based: the programme is loaded as arrays (:mod:`.checkdata`) and overlaps
are found by sweep line (:mod:`.sweep`), so a season of ten thousand
missions is checked in about a second. Messages are written last, only for
the problems found.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from almere_missions.planning import settings as planning_settings
from almere_missions.planning.checkdata import (
    PlanData,
    fetch_person_refs,
    load,
)
from almere_missions.planning.geo import distances_km
from almere_missions.planning.sweep import group_bounds, overlapping_pairs, running_max
from almere_missions.planning.zonetable import local_info, local_infos, offsets
from almere_missions.text import pick
from almere_missions.timeutil import day_start_utc
from almere_missions.uow import UnitOfWork

KINDS = ("person_double_booked", "venue_clash", "travel_time", "outside_mission", "night_time",
         "busy", "capacity")
#: the visit logistics' kinds (almere_missions.logistics.checks), reported with the clashes
LOGISTICS_KINDS = ("no_room", "room_beyond_block", "checkout_before_last_item",
                   "vehicle_double_booked", "driver_double_booked", "too_many_passengers",
                   "no_transport", "interpreter_needed", "step_free_access")
ALL_KINDS = KINDS + LOGISTICS_KINDS


@dataclass(frozen=True)
class Problem:
    kind: str
    severity: str  # "error" or "warning"
    items: tuple[str, ...]  # item refs, earliest first
    persons: tuple[str, ...]  # person refs
    message: str
    missions: tuple[str, ...]  # the missions involved; the problem is listed under each


def check(uow: UnitOfWork, ref: str | None = None, *, progress=None,
          clashes: bool = True, logistics: bool = True) -> list[Problem]:
    """Every planning problem of all missions, or those that involve mission ``ref``.

    ``clashes`` and ``logistics`` choose the parts (both by default): the clash checks
    above and the visit logistics (rooms, transport, interpreters, access).
    """
    progress = progress or (lambda done, total: None)
    # Many short-lived objects and no reference cycles: the cyclic garbage collector would
    # only walk them again and again.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _check(uow, ref, progress, clashes, logistics)
    finally:
        if paused:
            gc.enable()


def _check(uow: UnitOfWork, ref: str | None, progress, clashes: bool = True,
           logistics: bool = True) -> list[Problem]:
    data = load(uow, ref)
    progress(1, 5)
    c = _Checker(data, planning_settings.load())
    if clashes:
        c.persons()
        progress(2, 5)
        c.venues()
        c.times()
        progress(3, 5)
        c.busy()
    if logistics:
        from almere_missions.logistics.checks import run as run_logistics

        run_logistics(uow, c)
    progress(4, 5)
    problems = c.finish(uow)
    progress(5, 5)
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


# --- local time, fast -------------------------------------------------------------------

@lru_cache(maxsize=100_000)
def _day_text(day_number: int) -> str:
    return (date(1970, 1, 1) + timedelta(days=day_number)).isoformat()


def _hhmm(local_epoch: int) -> str:
    secs = local_epoch % 86400
    return f"{secs // 3600:02d}:{secs % 3600 // 60:02d}"


def _local(epoch: int, tz: str) -> tuple[str, str, str]:
    """(``2022-04-20``, ``09:30``, ``CEST``) for an instant in a zone."""
    offset, abbr = local_info(epoch, tz)
    local = epoch + offset
    secs = local % 86400
    return _day_text(local // 86400), f"{secs // 3600:02d}:{secs % 3600 // 60:02d}", abbr


@lru_cache(maxsize=100_000)
def _day_start(day: date, tz: str) -> int:
    return int(day_start_utc(day, tz).timestamp())


# --- the checks ------------------------------------------------------------------------

@dataclass
class _Found:
    kind: str
    items: tuple[int, ...]
    persons: tuple[int, ...]
    severity: str
    #: writes the text, given the items (earliest first) and the persons' refs as text
    message: Callable[[tuple[int, ...], str], str]
    #: the mission (index) of a problem that names no item
    mission: int | None = None


class _Checker:
    def __init__(self, data: PlanData, settings: planning_settings.Settings):
        self.d, self.cfg = data, settings
        self.found: list[_Found] = []
        self._labels: dict[int, str] = {}
        self._when: dict[int, str] = {}
        it = data.items
        # Python lists for the per-problem work (indexing NumPy scalars is slow).
        self.start, self.end = it.start.tolist(), it.end.tolist()
        self.mission = it.mission.tolist()
        self.confirmed = it.confirmed.tolist()
        # The (person, item) rows sorted per person by time: the base of several checks.
        order = _by_group_and_time(data.pi_person, it.start[data.pi_item])
        self.p_item = data.pi_item[order]
        self.p_person = data.pi_person[order]
        # ... and per item, for "who is in this item".
        by_item = np.argsort(data.pi_item, kind="stable")
        self.i_person = data.pi_person[by_item]
        self.i_ptr = np.searchsorted(data.pi_item[by_item], np.arange(len(it) + 1))

    # -- recording

    def persons_of(self, i: int) -> tuple[int, ...]:
        return tuple(sorted(set(self.i_person[self.i_ptr[i]:self.i_ptr[i + 1]].tolist())))

    def add(self, kind: str, items, persons, message: Callable[[tuple[int, ...], str], str],
            severity: str | None = None, mission: int | None = None) -> None:
        start, end = self.start, self.end
        if len(items) == 2:
            i, j = items
            items = (i, j) if (start[i], end[i], i) <= (start[j], end[j], j) else (j, i)
        else:
            items = tuple(sorted(set(items), key=lambda i: (start[i], end[i], i)))
        focus = self.d.focus
        if focus is not None and all(self.mission[i] != focus for i in items) and (
                items or mission != focus):
            return  # only what concerns the mission asked about
        confirmed = self.confirmed
        sev = severity or ("error" if any(confirmed[i] for i in items) else "warning")
        self.found.append(_Found(kind, items, tuple(persons), sev, message, mission))

    def finish(self, uow: UnitOfWork) -> list[Problem]:
        d = self.d
        fetch_person_refs(uow, d, (p for f in self.found for p in f.persons))
        refs, m_refs, p_refs = d.items.refs, d.missions.refs, d.person_refs
        mission, start = self.mission, self.start
        self._prepare_labels(sorted({i for f in self.found for i in f.items}))
        rank = {k: n for n, k in enumerate(ALL_KINDS)}
        keyed = []
        for f in self.found:
            items = tuple(refs[i] for i in f.items)
            persons = tuple(sorted(p_refs[p] for p in f.persons))
            missions = {m_refs[mission[i]] for i in f.items}
            if f.mission is not None:
                missions.add(m_refs[f.mission])
            problem = Problem(
                kind=f.kind, severity=f.severity, items=items, persons=persons,
                message=f.message(f.items, ", ".join(persons)),
                missions=tuple(missions) if len(missions) == 1 else tuple(sorted(missions)))
            keyed.append(((start[f.items[0]] if f.items else 0, rank[f.kind], items, persons),
                          problem))
        keyed.sort(key=lambda pair: pair[0])
        out = [problem for _, problem in keyed]
        return out

    # -- texts (called from finish(), when refs are known)

    def zone_name(self, i: int) -> str:
        return self.d.items.zone_names[int(self.d.items.zone[i])]

    def _prepare_labels(self, items: list[int]) -> None:
        """Local times of the items problems name, for all of them at once."""
        it = self.d.items
        if not items:
            return
        idx = np.asarray(items, np.int64)
        start, end = it.start[idx], it.end[idx]
        zone = it.zone[idx]
        end_zone = np.where(it.end_zone[idx] >= 0, it.end_zone[idx], zone)
        names = it.zone_names
        s_off, s_abbr = local_infos(start, zone, names, with_abbreviations=True)
        e_off, e_abbr = local_infos(end, end_zone, names, with_abbreviations=True)
        # the last day of an all-day item is the day before its end
        last_off = offsets(end - 1, zone, names)
        rows = zip(items, (start + s_off).tolist(), (end + e_off).tolist(),
                   (end - 1 + last_off).tolist(), s_abbr, e_abbr, strict=True)
        all_day = it.all_day
        for i, ls, le, ll, sa, ea in rows:
            day = _day_text(ls // 86400)
            if all_day[i]:
                last = _day_text(ll // 86400)
                self._when[i] = f"{day} (all day)" if last == day else \
                    f"{day} – {last} (all day)"
                continue
            start_t, end_t = _hhmm(ls), _hhmm(le)
            end_day = _day_text(le // 86400)
            if end_day == day and ea == sa:
                self._when[i] = f"{day} {start_t}–{end_t} {sa}"
            elif end_day == day:
                self._when[i] = f"{day} {start_t} {sa} – {end_t} {ea}"
            else:
                self._when[i] = f"{day} {start_t} {sa} – {end_day} {end_t} {ea}"

    def when(self, i: int) -> str:
        text = self._when.get(i)
        if text is None:
            self._prepare_labels([i])
            text = self._when[i]
        return text

    def label(self, i: int) -> str:
        text = self._labels.get(i)
        if text is None:
            text = self._labels[i] = (f"{self.d.items.refs[i]} ({self.when(i)}, "
                                      f"{self.d.missions.refs[self.mission[i]]})")
        return text

    def venue_name(self, v: int) -> str:
        return f"{pick(self.d.venues.names[v], 'en')} ({self.d.venues.refs[v]})"

    # -- people: double bookings and travel time

    def persons(self) -> None:
        it = self.d.items
        if not len(self.p_item):
            return
        starts, ends = it.start[self.p_item], it.end[self.p_item]
        pairs, _ = overlapping_pairs(self.p_person, starts, ends)
        if pairs:
            a, b = np.asarray(pairs, np.int64).T
            i, j = self.p_item[a], self.p_item[b]
            lo, hi = np.minimum(i, j), np.maximum(i, j)
            # An all-day item frames its own mission's day: no clash with the mission's items.
            framed = (it.mission[lo] == it.mission[hi]) & (it.all_day[lo] | it.all_day[hi])
            keep = (lo != hi) & ~framed
            lo, hi, who = lo[keep], hi[keep], self.p_person[a][keep]
            key = lo * len(it) + hi
            order = np.argsort(key, kind="stable") if len(key) else np.zeros(0, np.int64)
            key, who = key[order], who[order]
            bounds = group_bounds(key)
            keys, who_l = key.tolist(), who.tolist()
            n = len(it)
            for s_, e_ in zip(bounds[:-1], bounds[1:], strict=True):
                i_, j_ = divmod(keys[s_], n)
                persons = set(who_l[s_:e_])
                self.add("person_double_booked", (i_, j_), persons,
                         lambda its, who:
                         f"{who} would be in two places at once: "
                         f"{self.label(its[0])} and {self.label(its[1])}")
        self._travel()

    def _travel(self) -> None:
        """Consecutive timed items of a person at venues too far apart for the gap.

        A person leaves from the item that ends last of those before (a journey's
        destination); all-day items say nothing about where someone is.
        """
        it = self.d.items
        rows = np.nonzero(~it.all_day[self.p_item])[0]
        if len(rows) < 2:
            return
        p_item, p_person = self.p_item[rows], self.p_person[rows]
        latest_end, holder = running_max(p_person, it.end[p_item])
        a, b = p_item[holder[:-1]], p_item[1:]
        gap = it.start[b] - latest_end[:-1]
        here = np.where(it.to_venue[a] >= 0, it.to_venue[a], it.venue[a])
        there = it.venue[b]
        ok = (here >= 0) & (there >= 0) & (here != there) & (gap >= 0)
        ok &= p_person[:-1] == p_person[1:]
        idx = np.nonzero(ok)[0]
        if not len(idx):
            return
        h, t = here[idx], there[idx]
        km, minutes = self._venue_travel(h, t)
        short = ~np.isnan(km) & (minutes * 60 > gap[idx])
        idx, km, minutes = idx[short], km[short], minutes[short]
        pair_i, pair_j = a[idx], b[idx]
        key = pair_i * len(it) + pair_j
        order = np.argsort(key, kind="stable")
        key, who = key[order], p_person[idx][order]
        km, minutes = km[order], minutes[order]
        bounds = group_bounds(key)
        keys, who_l, km_l, min_l = key.tolist(), who.tolist(), km.tolist(), minutes.tolist()
        n = len(it)
        for s_, e_ in zip(bounds[:-1], bounds[1:], strict=True):
            i, j = divmod(keys[s_], n)
            dist, need = km_l[s_], min_l[s_]
            self.add("travel_time", (i, j), set(who_l[s_:e_]),
                     lambda _, who, i=i, j=j, dist=dist, need=need: self._travel_text(i, j, dist, need))

    def _venue_travel(self, h: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Distance and travel minutes for pairs of venue indexes, computed once per pair."""
        v = self.d.venues
        nv = len(v.ids)
        if nv <= 2000:  # a table of every pair of venues is cheaper than sorting the pairs
            lat_a, lat_b = np.meshgrid(v.lat, v.lat, indexing="ij")
            lon_a, lon_b = np.meshgrid(v.lon, v.lon, indexing="ij")
            km_table = distances_km(lat_a, lon_a, lat_b, lon_b)
            min_table = _travel_minutes(self.cfg, np.nan_to_num(km_table, nan=0.0))
            return km_table[h, t], min_table[h, t]
        key = h * nv + t
        unique, inverse = np.unique(key, return_inverse=True)
        uh, ut = unique // len(v.ids), unique % len(v.ids)
        km = distances_km(v.lat[uh], v.lon[uh], v.lat[ut], v.lon[ut])
        minutes = _travel_minutes(self.cfg, np.nan_to_num(km, nan=0.0))
        inverse = inverse.reshape(-1)
        return km[inverse], minutes[inverse]

    def _travel_text(self, i: int, j: int, dist: float, need: float) -> str:
        it = self.d.items
        gap_min = max((self.start[j] - self.end[i]) // 60, 0)
        frm = int(it.to_venue[i] if it.to_venue[i] >= 0 else it.venue[i])
        return (f"{gap_min} min between {self.label(i)} at {self.venue_name(frm)} and "
                f"{self.label(j)} at {self.venue_name(int(it.venue[j]))}; {dist:.1f} km takes "
                f"about {round(need)} min by {self.cfg.mode_for(dist).mode}")

    # -- venues: exclusive rooms, room for everyone

    def venues(self) -> None:
        it, v = self.d.items, self.d.venues
        if not len(it):
            return
        counts = np.diff(self.i_ptr)
        if not len(v.ids):
            return
        has_venue = it.venue >= 0
        vidx = np.where(has_venue, it.venue, 0)
        cap = np.where(has_venue, v.capacity[vidx], -1)
        # Room for everyone: any item, a coach (a transfer) as much as a room.
        for i in np.nonzero((cap >= 0) & (counts > cap))[0].tolist():
            venue, n = int(it.venue[i]), int(counts[i])
            self.add("capacity", (i,), self.persons_of(i),
                     lambda _, who, i=i, venue=venue, n=n:
                     f"{n} people in {self.label(i)}, but {self.venue_name(venue)} holds "
                     f"{int(v.capacity[venue])}")
        # Overlapping use: journeys only pass through their place of departure.
        watched = has_venue & ~it.moving & ((cap >= 0) | v.exclusive[vidx])
        rows = np.nonzero(watched)[0]
        if not len(rows):
            return
        rows = rows[np.lexsort((it.end[rows], it.start[rows], it.venue[rows]))]
        pairs, _ = overlapping_pairs(it.venue[rows], it.start[rows], it.end[rows])
        clusters: dict[int, set[int]] = defaultdict(set)
        for a, b in pairs:
            i, j = int(rows[a]), int(rows[b])
            venue = int(it.venue[i])
            if v.exclusive[venue]:
                framed = self.mission[i] == self.mission[j] and (
                    it.all_day[i] or it.all_day[j])
                if not framed:
                    self.add("venue_clash", (i, j), (),
                             lambda its, who, venue=venue:
                             f"{self.venue_name(venue)} is for one party at a time, but "
                             f"{self.label(its[0])} and {self.label(its[1])} overlap")
            elif v.capacity[venue] >= 0:
                clusters[venue].update((i, j))
        for venue, members in clusters.items():
            self._crowded(venue, sorted(members, key=lambda i: self.start[i]))

    def _crowded(self, venue: int, members: list[int]) -> None:
        """Moments when overlapping items together bring more people than the venue holds."""
        capacity = int(self.d.venues.capacity[venue])
        events = sorted([(self.start[i], 1, i) for i in members]
                        + [(self.end[i], 0, i) for i in members])
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
            people = len(set().union(*(self.persons_of(k) for k in group)))
            ordered = sorted(group, key=lambda k: self.start[k])
            self.add("venue_clash", ordered, (),
                     lambda its, who, people=people:
                     f"{people} people at {self.venue_name(venue)} at once "
                     f"({' and '.join(self.label(k) for k in its)}), but it holds "
                     f"{capacity}")

    # -- times: mission dates, night hours

    def times(self) -> None:
        it, m = self.d.items, self.d.missions
        if not len(it):
            return
        lo = np.asarray([_day_start(d, z) for d, z in zip(m.starts, m.zones, strict=True)],
                        np.int64)
        hi = np.asarray([_day_start(d + timedelta(days=1), z)
                         for d, z in zip(m.ends, m.zones, strict=True)], np.int64)
        outside = (it.start < lo[it.mission]) | (it.end > hi[it.mission])
        for i in np.nonzero(outside)[0].tolist():
            k = self.mission[i]
            if it.all_day[i] and self._all_day_inside(i, k):
                continue
            self.add("outside_mission", (i,), self.persons_of(i),
                     lambda _, who, i=i, k=k: f"{self.label(i)} falls outside the mission's dates "
                                      f"{m.starts[k]} – {m.ends[k]} ({m.zones[k]})")
        self._night()

    def _night(self) -> None:
        it, v = self.d.items, self.d.venues
        names = list(it.zone_names)
        index = {z: n for n, z in enumerate(names)}
        venue_zone = np.asarray([index.setdefault(z, len(index)) for z in v.zones], np.int64)
        names = sorted(index, key=index.get)
        timed = np.nonzero(~it.all_day)[0]
        if not len(timed):
            return
        has_venue = it.venue[timed] >= 0
        zones = np.where(has_venue, venue_zone[np.where(has_venue, it.venue[timed], 0)]
                         if len(venue_zone) else 0, it.zone[timed])
        local = (it.start[timed] + offsets(it.start[timed], zones, names)) % 86400
        start_s, until_s = _seconds(self.cfg.night_from), _seconds(self.cfg.night_until)
        if start_s > until_s:
            night = (local >= start_s) | (local < until_s)
        else:
            night = (local >= start_s) & (local < until_s)
        for n in np.nonzero(night)[0].tolist():
            i, tz = int(timed[n]), names[int(zones[n])]
            self.add("night_time", (i,), self.persons_of(i),
                     lambda _, who, i=i, tz=tz: self._night_text(i, tz), severity="warning")

    def _night_text(self, i: int, tz: str) -> str:
        _, hhmm, abbr = _local(self.start[i], tz)
        return (f"{self.label(i)} starts at {hhmm} {abbr}, night-time in {tz}: "
                "is the time zone right?")

    def _all_day_inside(self, i: int, k: int) -> bool:
        m, tz = self.d.missions, self.zone_name(i)
        first = _local(self.start[i], tz)[0]
        last = _local(self.end[i] - 1, tz)[0]
        return m.starts[k].isoformat() <= first and last <= m.ends[k].isoformat()

    # -- imported busy times

    def busy(self) -> None:
        d = self.d
        if not len(d.busy_person):
            return
        blocks: dict[int, list[int]] = defaultdict(list)
        for n, p in enumerate(d.busy_person.tolist()):
            blocks[p].append(n)
        people = np.fromiter(blocks, np.int64, len(blocks))
        lo = np.searchsorted(self.p_person, people, side="left").tolist()
        hi = np.searchsorted(self.p_person, people, side="right").tolist()
        b_start_all, b_end_all = d.busy_start.tolist(), d.busy_end.tolist()
        found: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for p, a, b in zip(people.tolist(), lo, hi, strict=True):
            mine = sorted(blocks[p], key=lambda n: b_start_all[n])
            b_start = [b_start_all[n] for n in mine]
            b_end_max = np.maximum.accumulate([b_end_all[n] for n in mine]).tolist()
            for i in self.p_item[a:b].tolist():
                s, e = self.start[i], self.end[i]
                # Blocks that start before the item ends and end after it starts.
                k = bisect_left(b_start, e) - 1
                while k >= 0 and b_end_max[k] > s:
                    if b_end_all[mine[k]] > s:
                        found[i].append((p, mine[k]))
                    k -= 1
        for i, hits in found.items():
            persons = {p for p, _ in hits}
            sources = sorted({d.busy_source[n] for _, n in hits if d.busy_source[n]})
            self.add("busy", (i,), persons,
                     lambda _, who, i=i, sources=sources:
                     f"{who} already has something else in their agenda"
                     + (f" (from {', '.join(sources)})" if sources else "")
                     + f" during {self.label(i)}")


def _by_group_and_time(group: np.ndarray, start: np.ndarray) -> np.ndarray:
    """The order of rows by group, then start: one sort of a combined key."""
    if not len(start):
        return np.zeros(0, np.int64)
    lo = int(start.min())
    span = int(start.max()) - lo + 1
    return np.argsort(group.astype(np.int64) * span + (start - lo), kind="stable")


def _travel_minutes(cfg: planning_settings.Settings, km: np.ndarray) -> np.ndarray:
    """Minutes to cover each distance, by the mode the settings give for it."""
    limits = np.asarray([np.inf if m.up_to_km is None else m.up_to_km for m in cfg.modes])
    pick_mode = np.minimum(np.searchsorted(limits, km, side="left"), len(limits) - 1)
    speed = np.asarray([m.speed_kmh for m in cfg.modes])[pick_mode]
    detour = np.asarray([m.detour for m in cfg.modes])[pick_mode]
    fixed = np.asarray([m.fixed_minutes for m in cfg.modes])[pick_mode]
    minutes = fixed + km * detour / speed * 60.0
    return np.where(km <= cfg.same_place_km, 0.0, minutes)


def _seconds(t) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second
