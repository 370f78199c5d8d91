"""What the editor changes before Save: the mission's fields, participants and costs."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal

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

    # --- as plain data, for a recovery draft (almere_missions.recovery) ------------------
    def to_data(self) -> dict:
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif f.name == "participants":
                value = [list(p) for p in value]
            elif f.name == "costs":
                value = [{"description": c.description, "amount": str(c.amount),
                          "currency": c.currency, "paid_by": c.paid_by} for c in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    @classmethod
    def from_data(cls, data: dict) -> Draft:
        """The draft :meth:`to_data` gave; a missing or mistyped field raises ``ValueError``."""
        values = {}
        name = ""
        try:
            for f in fields(cls):
                name = f.name
                value = data[name]
                if f.name in ("start", "end"):
                    value = date.fromisoformat(value)
                elif f.name == "participants":
                    value = tuple((str(p), str(r)) for p, r in value)
                elif f.name == "costs":
                    value = tuple(CostView(c["description"], Decimal(c["amount"]), c["currency"],
                                           c["paid_by"]) for c in value)
                elif isinstance(value, list):
                    value = tuple(value)
                values[f.name] = value
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise ValueError(f"recovery draft: field {name!r} is missing or not readable "
                             f"({exc})") from exc
        return cls(**values)

    def changed_keys(self, base: Draft) -> list[str]:
        """The draft keys (fields, participants, costs) that differ from ``base``."""
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(base, f.name)]
