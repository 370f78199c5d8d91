"""What the editor changes before Save: the mission's fields, participants and costs."""

from __future__ import annotations

from dataclasses import dataclass, replace

from almere_missions.views import CostView, MissionView

#: draft keys that are mission fields, and the name ``update_mission`` knows them by
FIELDS = {
    "title": "title", "purpose": "purpose", "start": "start_date", "end": "end_date",
    "timezone": "timezone", "countries": "countries", "cities": "cities",
    "counterpart": "counterpart", "themes": "themes", "goals": "goals",
    "lead_department": "lead_department",
}


@dataclass(frozen=True)
class Draft:
    title: object
    purpose: object
    start: object
    end: object
    timezone: str
    countries: tuple[str, ...]
    cities: tuple[str, ...]
    counterpart: str | None
    themes: tuple[str, ...]
    goals: tuple[str, ...]
    lead_department: str | None
    participants: tuple[tuple[str, str], ...]
    costs: tuple[CostView, ...]

    @classmethod
    def of(cls, m: MissionView) -> Draft:
        return cls(
            title=m.title, purpose=m.purpose, start=m.start, end=m.end, timezone=m.timezone,
            countries=m.countries, cities=m.cities, counterpart=m.counterpart, themes=m.themes,
            goals=m.goals, lead_department=m.lead_department,
            participants=tuple((p.person, p.role) for p in m.participants), costs=m.costs)

    def with_(self, key: str, value) -> Draft:
        return replace(self, **{key: value})

    def field_changes(self, base: Draft) -> dict:
        """The mission fields that differ from ``base``, named as ``update_mission`` wants."""
        out = {}
        for key, name in FIELDS.items():
            new = getattr(self, key)
            if new != getattr(base, key):
                out[name] = list(new) if isinstance(new, tuple) else new
        return out
