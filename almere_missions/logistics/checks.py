"""Logistics checks, run with the clash checks on the same loaded programme.

Kinds: ``no_room`` (a guest without a room for a night of the programme),
``room_beyond_block`` (an assignment outside the block's dates, or more rooms in
use on a night than the block holds), ``checkout_before_last_item``;
``vehicle_double_booked``, ``driver_double_booked``, ``too_many_passengers``,
``no_transport`` (a guest with no ride between two venues too far apart to walk);
``interpreter_needed`` (a host and a guest of an item who share no language, and
no interpreter booked who speaks one of each); ``step_free_access`` (a venue with
steps for a guest who needs step-free access).

Rooms are checked only for missions with a room block and rides only for missions
with a trip: a mission whose logistics are kept elsewhere gives no alarms.
Set-based like the clash checks: arrays, one sort per check, Python only for the
problems found.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from almere_missions.logistics.checkdata import LogisticsData, load
from almere_missions.planning.sweep import group_bounds, overlapping_pairs
from almere_missions.planning.zonetable import local_info, offsets
from almere_missions.uow import UnitOfWork

GUEST, HOST, INTERPRETER = 0, 1, 2


def _day(n: int) -> str:
    return (date(1970, 1, 1) + timedelta(days=int(n))).isoformat()


def _member(values: np.ndarray, pool: np.ndarray) -> np.ndarray:
    """Per value: is it in ``pool``? (one sort and a binary search, cheaper here than
    ``np.isin`` on half a million values)."""
    if not len(pool) or not len(values):
        return np.zeros(len(values), bool)
    pool = np.sort(pool)
    pos = np.minimum(np.searchsorted(pool, values), len(pool) - 1)
    return pool[pos] == values


def _within(counts: np.ndarray) -> np.ndarray:
    """0, 1, ... counts[k] - 1 for every k in a row: positions inside repeated runs."""
    total = int(counts.sum())
    return np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)


def run(uow: UnitOfWork, checker) -> None:
    """Add the logistics problems to a planning checker (``planning.checks._Checker``)."""
    found = _Logistics(checker, load(uow, checker.d), uow)
    found.run()
    found.fetch_texts(uow)


class _Logistics:
    def __init__(self, checker, data: LogisticsData, uow: UnitOfWork):
        self.c, self.L, self.uow = checker, data, uow
        # rows named by problems: their texts are fetched once the checks are done
        self.named: dict[str, set[int]] = {"trips": set(), "blocks": set(), "vehicles": set(),
                                           "assignments": set()}
        d = checker.d
        self.n_persons = len(d.person_ids)
        nm = len(d.missions.ids)
        # Local days of the items, in their mission's zone.
        names = sorted(set(d.missions.zones))
        zi = {z: n for n, z in enumerate(names)}
        m_zone = np.asarray([zi[z] for z in d.missions.zones], np.int64)
        it = d.items
        if len(it):
            zones = m_zone[it.mission]
            self.sday = (it.start + offsets(it.start, zones, names)) // 86400
            self.eday = (it.end - 1 + offsets(it.end - 1, zones, names)) // 86400
        else:
            self.sday = self.eday = np.zeros(0, np.int64)
        # Role of (mission, person): a sorted key array for lookups of whole arrays.
        key = data.role_mission * self.n_persons + data.role_person
        order = np.lexsort((data.role, key))  # the lowest role code wins (guest before host)
        key, role = key[order], data.role[order]
        first = np.r_[True, key[1:] != key[:-1]] if len(key) else np.zeros(0, bool)
        self.role_key, self.role_val = key[first], role[first]
        # Most people take part in one mission: their role is read from a table by person,
        # and only those in several are looked up by (mission, person).
        P = self.n_persons
        k_person, k_mission = self.role_key % max(P, 1), self.role_key // max(P, 1)
        n_missions = np.bincount(k_person, minlength=P)
        one = n_missions[k_person] == 1
        self.one_mission = np.full(P, -1, np.int64)
        self.one_role = np.full(P, -1, np.int64)
        self.one_mission[k_person[one]] = k_mission[one]
        self.one_role[k_person[one]] = self.role_val[one]
        self.several = n_missions > 1
        self.has_block = np.zeros(nm, bool)
        self.has_block[data.block_mission[data.block_mission >= 0]] = True
        self.has_trip = np.zeros(nm, bool)
        self.has_trip[data.trip_mission[data.trip_mission >= 0]] = True

    def role_of(self, mission: np.ndarray, person: np.ndarray) -> np.ndarray:
        """Role code per row, -1 where the person is no participant of the mission."""
        out = np.where(self.one_mission[person] == mission, self.one_role[person], -1)
        rows = np.nonzero(self.several[person])[0]
        if len(rows):
            out[rows] = self._role_by_key(mission[rows], person[rows])
        return out

    def _role_by_key(self, mission: np.ndarray, person: np.ndarray) -> np.ndarray:
        key = mission * self.n_persons + person
        pos = np.searchsorted(self.role_key, key)
        pos = np.minimum(pos, max(len(self.role_key) - 1, 0))
        if not len(self.role_key):
            return np.full(len(key), -1, np.int64)
        return np.where(self.role_key[pos] == key, self.role_val[pos], -1)

    def fetch_texts(self, uow: UnitOfWork) -> None:
        self.L.fetch_texts(uow, **self.named)

    def run(self) -> None:
        self.rooms()
        self.blocks()
        self.vehicles()
        self.passengers()
        self.rides()
        self.interpreters()
        self.access()

    # -- rooms

    def rooms(self) -> None:
        c, L, it = self.c, self.L, self.c.d.items
        if not len(L.block_ids) or not len(c.p_item):
            return
        item, person = c.p_item, c.p_person
        m = it.mission[item]
        keep = self.has_block[m] & ~it.all_day[item]
        keep &= self.role_of(m, person) == GUEST
        item, person, m = item[keep], person[keep], m[keep]
        if not len(item):
            return
        P = self.n_persons
        gkey = m * P + person
        order = np.argsort(gkey, kind="stable")
        gkey, item = gkey[order], item[order]
        bounds = np.asarray(group_bounds(gkey))
        heads = gkey[bounds[:-1]]
        first = np.minimum.reduceat(self.sday[item], bounds[:-1])
        last = np.maximum.reduceat(self.eday[item], bounds[:-1])
        # the guest's last item (latest end, the earliest listed of equals) of the mission
        ends = it.end[item]
        group = np.repeat(np.arange(len(heads)), np.diff(bounds))
        latest = np.maximum.reduceat(ends, bounds[:-1])
        at = np.where(ends == latest[group], np.arange(len(ends)), len(ends))
        last_item = item[np.minimum.reduceat(at, bounds[:-1])]
        # Assignments of guests in blocks of their mission.
        a_m = L.block_mission[L.as_block] if len(L.as_block) else np.zeros(0, np.int64)
        ok = (L.as_block >= 0) & (a_m >= 0)
        a_key = a_m[ok] * P + L.as_person[ok]
        a_in, a_out = L.as_in[ok], L.as_out[ok]
        pos = np.searchsorted(heads, a_key)
        pos = np.minimum(pos, len(heads) - 1)
        match = heads[pos] == a_key
        max_out = np.full(len(heads), -1, np.int64)
        np.maximum.at(max_out, pos[match], a_out[match])
        # Checking out before the guest's last item's day.
        early = np.nonzero((max_out >= 0) & (max_out < last))[0]
        for g in early.tolist():
            i, out = int(last_item[g]), int(max_out[g])
            c.add("checkout_before_last_item", (i,), (int(heads[g] % P),),
                  lambda _, who, i=i, out=out:
                  f"{who} checks out on {_day(out)}, before {c.label(i)}", severity="warning")
        # Nights of the programme: from the guest's first day to the night before the last,
        # and no later than the check-out they have (that is the check above).
        until = np.where(max_out >= 0, np.minimum(last, max_out), last)
        count = np.maximum(until - first, 0)
        g_of_night = np.repeat(np.arange(len(heads)), count)
        night = first[g_of_night] + _within(count)
        n_covered = np.maximum(a_out - a_in, 0)
        a_idx = np.repeat(np.arange(len(a_key)), n_covered)
        covered = a_in[a_idx] + _within(n_covered)
        BIG = 1 << 20
        have = a_key[a_idx] * BIG + covered
        need = heads[g_of_night] * BIG + night
        missing = ~_member(need, have)
        g_miss, n_miss = g_of_night[missing], night[missing]
        for s_, e_ in zip(group_bounds(g_miss)[:-1], group_bounds(g_miss)[1:], strict=True):
            g = int(g_miss[s_])
            nights = [_day(n) for n in n_miss[s_:e_].tolist()]
            mission = int(heads[g] // P)
            c.add("no_room", (), (int(heads[g] % P),),
                  lambda _, who, nights=nights, mission=mission:
                  f"{who} has no room for the night{'s' if len(nights) > 1 else ''} of "
                  f"{', '.join(nights)} ({c.d.missions.refs[mission]})",
                  severity="error", mission=mission)

    def blocks(self) -> None:
        c, L = self.c, self.L
        if not len(L.as_block):
            return
        b = L.as_block
        ok = b >= 0
        outside = ok & ((L.as_in < L.block_in[np.where(ok, b, 0)])
                        | (L.as_out > L.block_out[np.where(ok, b, 0)]))
        for n in np.nonzero(outside)[0].tolist():
            k = int(b[n])
            mission = int(L.block_mission[k])
            if mission < 0:
                continue
            self.named["blocks"].add(k)
            self.named["assignments"].add(n)
            c.add("room_beyond_block", (), (int(L.as_person[n]),),
                  lambda _, who, n=n, k=k:
                  f"{who} has room {L.room_names[n]} from {_day(L.as_in[n])} to "
                  f"{_day(L.as_out[n])}, outside block {L.block_refs[k]} "
                  f"({_day(L.block_in[k])} – {_day(L.block_out[k])})",
                  severity="error", mission=mission)
        # Rooms in use per night against the block's number of rooms. More rooms than the
        # block holds can be in use on a night only where more assignments than that cover
        # it; room names (guests may share a room) are fetched for those blocks alone.
        nights = np.where(ok, np.maximum(L.as_out - L.as_in, 0), 0)
        idx = np.repeat(np.arange(len(b)), nights)
        if not len(idx):
            return
        day = L.as_in[idx] + _within(nights)
        d0 = int(day.min())
        span = int(day.max()) - d0 + 1
        night_key = b[idx] * span + (day - d0)
        keys, counts = np.unique(night_key, return_counts=True)
        maybe = np.unique(keys[counts > L.block_rooms[keys // span]] // span)
        if not len(maybe):
            return
        rows = np.nonzero(np.isin(b, maybe))[0]
        L.fetch_texts(self.uow, assignments=rows.tolist())
        names = sorted({L.room_names[n] for n in rows.tolist()})
        code = {name: n for n, name in enumerate(names)}
        room = np.full(len(b), -1, np.int64)
        room[rows] = [code[L.room_names[n]] for n in rows.tolist()]
        sel = room[idx] >= 0
        used = np.unique(night_key[sel] * len(names) + room[idx][sel]) // len(names)
        pair, counts = np.unique(used, return_counts=True)
        blk, dday = pair // span, pair % span + d0
        over = counts > L.block_rooms[blk]
        per_block: dict[int, list[tuple[int, int]]] = {}
        for k, dd, n_used in zip(blk[over].tolist(), dday[over].tolist(),
                                 counts[over].tolist(), strict=True):
            per_block.setdefault(k, []).append((dd, n_used))
        for k, nights_over in per_block.items():
            mission = int(L.block_mission[k])
            if mission < 0:
                continue
            self.named["blocks"].add(k)
            c.add("room_beyond_block", (), (),
                  lambda _, who, k=k, nights_over=nights_over:
                  f"block {L.block_refs[k]} holds {int(L.block_rooms[k])} rooms, but "
                  + ", ".join(f"{used} are in use on the night of {_day(dd)}"
                              for dd, used in nights_over),
                  severity="error", mission=mission)

    # -- transport

    def _trip_text(self, t: int) -> str:
        L, d = self.L, self.c.d
        m = int(L.trip_mission[t])
        tz = d.missions.zones[m] if m >= 0 else "UTC"
        out = []
        for epoch in (int(L.trip_pickup[t]), int(L.trip_arrive[t])):
            off, abbr = local_info(epoch, tz)
            secs = (epoch + off) % 86400
            out.append((_day((epoch + off) // 86400), f"{secs // 3600:02d}:{secs % 3600 // 60:02d}",
                        abbr))
        (d0, t0, a0), (d1, t1, a1) = out
        where = f", {d.missions.refs[m]}" if m >= 0 else ""
        return f"trip {L.trip_refs[t]} ({d0} {t0}–{t1} {a1}{where})"

    def _double(self, kind: str, group: np.ndarray, what) -> None:
        L, c = self.L, self.c
        rows = np.nonzero(group >= 0)[0]
        if len(rows) < 2:
            return
        rows = rows[np.lexsort((L.trip_arrive[rows], L.trip_pickup[rows], group[rows]))]
        pairs, _ = overlapping_pairs(group[rows], L.trip_pickup[rows], L.trip_arrive[rows])
        vehicle = kind == "vehicle_double_booked"
        for a, b in pairs:
            s, t = int(rows[a]), int(rows[b])
            items = tuple(int(L.trip_to_item[x]) for x in (s, t) if L.trip_to_item[x] >= 0)
            missions = [int(L.trip_mission[x]) for x in (s, t) if L.trip_mission[x] >= 0]
            if not missions:
                continue
            self.named["trips"].update((s, t))
            if vehicle:
                self.named["vehicles"].add(int(L.trip_vehicle[s]))
            driver = [int(L.trip_driver[s])] if kind == "driver_double_booked" else []
            c.add(kind, items, driver,
                  lambda _, who, s=s, t=t: f"{what(s, who)} would be in two places at once: "
                                           f"{self._trip_text(s)} and {self._trip_text(t)}",
                  severity="error", mission=missions[0] if not items else None)

    def vehicles(self) -> None:
        L = self.L
        self._double("vehicle_double_booked", L.trip_vehicle,
                     lambda t, _who: f"vehicle {L.vehicle_refs[int(L.trip_vehicle[t])]}")
        self._double("driver_double_booked", L.trip_driver, lambda _t, who: f"driver {who}")

    def passengers(self) -> None:
        L, c = self.L, self.c
        if not len(L.trip_ids):
            return
        counts = np.bincount(L.tp_trip, minlength=len(L.trip_ids))
        ok = L.trip_vehicle >= 0
        seats = np.where(ok, L.vehicle_seats[np.where(ok, L.trip_vehicle, 0)], 1 << 30)
        over = np.nonzero(counts > seats)[0]
        on_board: dict[int, list[int]] = {}
        rows = np.nonzero(np.isin(L.tp_trip, over))[0]
        for t, p in zip(L.tp_trip[rows].tolist(), L.tp_person[rows].tolist(), strict=True):
            on_board.setdefault(t, []).append(p)
        for t in over.tolist():
            m, i = int(L.trip_mission[t]), int(L.trip_to_item[t])
            if m < 0:
                continue
            n, v = int(counts[t]), int(L.trip_vehicle[t])
            who = on_board[t]
            self.named["trips"].add(t)
            self.named["vehicles"].add(v)
            c.add("too_many_passengers", (i,) if i >= 0 else (), who,
                  lambda _, _who, t=t, n=n, v=v:
                  f"{n} passengers on {self._trip_text(t)}, but vehicle {L.vehicle_refs[v]} "
                  f"has {int(L.vehicle_seats[v])} seats", severity="error",
                  mission=None if i >= 0 else m)

    def rides(self) -> None:
        """A guest's consecutive items at venues too far apart to walk, with no trip to the
        second that carries them (a travel or transfer item is its own ride)."""
        c, L, it = self.c, self.L, self.c.d.items
        if not self.has_trip.any():
            return
        rows = np.nonzero(~it.all_day[c.p_item])[0]
        if len(rows) < 2:
            return
        p_item, p_person = c.p_item[rows], c.p_person[rows]
        a, b = p_item[:-1], p_item[1:]
        who = p_person[1:]
        m = it.mission[b]
        here = np.where(it.to_venue[a] >= 0, it.to_venue[a], it.venue[a])
        there = it.venue[b]
        ok = (p_person[:-1] == p_person[1:]) & (it.mission[a] == m) & self.has_trip[m]
        ok &= (here >= 0) & (there >= 0) & (here != there) & ~it.moving[a] & ~it.moving[b]
        idx = np.nonzero(ok)[0]
        if not len(idx):
            return
        idx = idx[self.role_of(m[idx], who[idx]) == GUEST]
        if not len(idx):
            return
        km, _ = c._venue_travel(here[idx], there[idx])
        walk = [mode.up_to_km for mode in c.cfg.modes if mode.mode == "walk"]
        limit = walk[0] if walk and walk[0] is not None else c.cfg.same_place_km
        far = ~np.isnan(km) & (km > limit)
        idx = idx[far]
        P = self.n_persons
        ride_item = L.trip_to_item[L.tp_trip] if len(L.tp_trip) else np.zeros(0, np.int64)
        carried = ride_item * P + L.tp_person
        need = b[idx] * P + who[idx]
        idx = idx[~_member(need, carried)]
        key = a[idx] * len(it) + b[idx]
        order = np.argsort(key, kind="stable")
        key, persons = key[order], who[idx][order]
        bounds = group_bounds(key)
        n = len(it)
        for s_, e_ in zip(bounds[:-1], bounds[1:], strict=True):
            i, j = divmod(int(key[s_]), n)
            c.add("no_transport", (i, j), set(persons[s_:e_].tolist()),
                  lambda _, who, i=i, j=j:
                  f"{who} {'have' if ',' in who else 'has'} no ride from {c.label(i)} at "
                  f"{c.venue_name(int(here_of(it, i)))} to {c.label(j)} at "
                  f"{c.venue_name(int(it.venue[j]))}", severity="warning")

    # -- languages

    def interpreters(self) -> None:
        c, L, it = self.c, self.L, self.c.d.items
        d = c.d
        if not len(d.pi_item) or not len(self.role_key):
            return
        item, person = d.pi_item, d.pi_person
        role = self.role_of(it.mission[item], person)
        mask = L.lang_mask[person]
        known = mask != 0
        guests = np.nonzero((role == GUEST) & known)[0]
        hosts = np.nonzero((role == HOST) & known)[0]
        if not len(guests) or not len(hosts):
            return
        # Every (guest, host) pair of an item: hosts sorted by item, guests repeated.
        h = hosts[np.argsort(item[hosts], kind="stable")]
        h_item = item[h]
        h_count = np.bincount(h_item, minlength=len(it))
        h_start = np.cumsum(h_count) - h_count
        reps = h_count[item[guests]]
        g_rep = np.repeat(guests, reps)
        within = np.arange(int(reps.sum())) - np.repeat(np.cumsum(reps) - reps, reps)
        h_rep = h[h_start[item[g_rep]] + within]
        bad = (mask[g_rep] & mask[h_rep]) == 0
        g_rep, h_rep = g_rep[bad], h_rep[bad]
        if not len(g_rep):
            return
        # Who can interpret on each item: booked interpreters and participants in that role.
        helpers: dict[int, list[int]] = {}
        for i, p in zip(L.ib_item.tolist(), L.ib_person.tolist(), strict=True):
            helpers.setdefault(i, []).append(int(L.lang_mask[p]))
        for n in np.nonzero(role == INTERPRETER)[0].tolist():
            helpers.setdefault(int(item[n]), []).append(int(mask[n]))
        missing: dict[int, set[int]] = {}
        for g, hh in zip(g_rep.tolist(), h_rep.tolist(), strict=True):
            i = int(item[g])
            gm, hm = int(mask[g]), int(mask[hh])
            if any(x & gm and x & hm for x in helpers.get(i, ())):
                continue
            missing.setdefault(i, set()).update((int(person[g]), int(person[hh])))
        names = L.languages
        for i, persons in missing.items():
            c.add("interpreter_needed", (i,), persons,
                  lambda _, who, i=i, persons=persons:
                  f"{who} share no language in {c.label(i)}"
                  f" ({self._langs(persons, names)}): book an interpreter", severity="warning")

    def _langs(self, persons, names: list[str]) -> str:
        masks = sorted({int(self.L.lang_mask[p]) for p in persons})
        return " / ".join("+".join(n for b, n in enumerate(names) if m >> b & 1) for m in masks)

    # -- needs

    def access(self) -> None:
        c, L, it = self.c, self.L, self.c.d.items
        d = c.d
        if not L.step_free_needed.any() or not (L.venue_step_free == 0).any():
            return
        item, person = d.pi_item, d.pi_person
        venue = it.venue[item]
        bad = L.step_free_needed[person] & (venue >= 0)
        bad &= L.venue_step_free[np.where(venue >= 0, venue, 0)] == 0
        rows = np.nonzero(bad)[0]
        rows = rows[np.argsort(item[rows], kind="stable")]
        keys = item[rows]
        bounds = group_bounds(keys)
        for s_, e_ in zip(bounds[:-1], bounds[1:], strict=True):
            i = int(keys[s_])
            v = int(it.venue[i])
            c.add("step_free_access", (i,), set(person[rows[s_:e_]].tolist()),
                  lambda _, who, i=i, v=v:
                  f"{who} need{'' if ',' in who else 's'} step-free access, but "
                  f"{c.venue_name(v)} of {c.label(i)} has none", severity="warning")


def here_of(it, i: int) -> int:
    return int(it.to_venue[i]) if it.to_venue[i] >= 0 else int(it.venue[i])
