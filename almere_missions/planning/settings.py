"""Planning settings from ``resources/planning/settings.json``: travel modes, night hours,
working hours. Another file can be given by ``ALMERE_MISSIONS_PLANNING_SETTINGS``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import time
from functools import cache
from pathlib import Path

from almere_missions.errors import InvalidInput
from almere_missions.fileio import read_json
from almere_missions.paths import RESOURCES

DEFAULT = RESOURCES / "planning" / "settings.json"
ENV = "ALMERE_MISSIONS_PLANNING_SETTINGS"


@dataclass(frozen=True)
class TravelMode:
    mode: str
    up_to_km: float | None  # None: any distance
    speed_kmh: float
    detour: float
    fixed_minutes: float

    def minutes(self, km: float) -> float:
        return self.fixed_minutes + km * self.detour / self.speed_kmh * 60.0


@dataclass(frozen=True)
class Settings:
    modes: tuple[TravelMode, ...]
    same_place_km: float
    night_from: time
    night_until: time
    work_start: time
    work_end: time
    weekdays: frozenset[int]  # ISO weekdays, Monday 1
    slot_step_minutes: int
    slot_limit: int

    def mode_for(self, km: float) -> TravelMode:
        for m in self.modes:
            if m.up_to_km is None or km <= m.up_to_km:
                return m
        return self.modes[-1]

    def travel_minutes(self, km: float) -> float:
        return 0.0 if km <= self.same_place_km else self.mode_for(km).minutes(km)


def _time(value: str, file: str, field: str) -> time:
    try:
        return time.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{value!r} is not a time such as 09:00", file=file,
                           field=field) from None


def parse(doc: dict, file: str = "settings") -> Settings:
    try:
        travel = doc["travel"]
        modes = []
        for n, m in enumerate(travel["modes"]):
            mode = TravelMode(str(m["mode"]), None if m.get("up_to_km") is None
                              else float(m["up_to_km"]), float(m["speed_kmh"]),
                              float(m.get("detour", 1.0)), float(m.get("fixed_minutes", 0)))
            if mode.speed_kmh <= 0 or mode.detour < 1:
                raise InvalidInput("speed must be positive and detour at least 1", file=file,
                                   record=f"travel.modes[{n}]", field="speed_kmh")
            modes.append(mode)
        if not modes:
            raise InvalidInput("needs at least one travel mode", file=file, field="travel.modes")
        wh = doc["working_hours"]
        return Settings(
            modes=tuple(modes), same_place_km=float(travel.get("same_place_km", 0.0)),
            night_from=_time(doc["night"]["from"], file, "night.from"),
            night_until=_time(doc["night"]["until"], file, "night.until"),
            work_start=_time(wh["start"], file, "working_hours.start"),
            work_end=_time(wh["end"], file, "working_hours.end"),
            weekdays=frozenset(int(d) for d in wh.get("weekdays", (1, 2, 3, 4, 5))),
            slot_step_minutes=int(doc.get("slots", {}).get("step_minutes", 15)),
            slot_limit=int(doc.get("slots", {}).get("limit", 10)))
    except KeyError as exc:
        raise InvalidInput("is required", file=file, field=str(exc.args[0])) from None
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"wrong value: {exc}", file=file) from None


@cache
def load(path: str | None = None) -> Settings:
    file = Path(path or os.environ.get(ENV) or DEFAULT)
    return parse(read_json(file), str(file))
