"""What the reports share: the missions with their persons, and the policy's names for codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from almere_missions import policy
from almere_missions.policy import Framework
from almere_missions.services.missions import load_snapshot
from almere_missions.text import pick
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView, Snapshot

#: missions that did not and will not take place are left out of the counts
NOT_TAKING_PLACE = ("cancelled", "rejected")
NONE = "(none)"


@dataclass
class ReportData:
    snapshot: Snapshot
    frameworks: list[Framework]
    lang: str

    def framework(self, on: date) -> Framework | None:
        covering = [f for f in self.frameworks
                    if f.valid_from <= on and (f.valid_to is None or on <= f.valid_to)]
        return (covering or self.frameworks or [None])[-1]

    def label(self, kind: str, code: str, on: date) -> str:
        fw = self.framework(on)
        entry = fw.get(kind, code) if fw else None
        return entry.label(self.lang) if entry else code

    def department(self, m: MissionView) -> str:
        """The lead department by the framework's name, matched on code or any translation."""
        raw = (m.lead_department or "").strip()
        if not raw:
            return NONE
        fw = self.framework(m.start)
        for entry in fw.of("department") if fw else ():
            names = {entry.code.casefold()}
            names.update(str(v).casefold() for v in _names(entry.name))
            if raw.casefold() in names:
                return entry.label(self.lang)
        return raw

    def partner_cities(self, m: MissionView) -> list[str]:
        """The framework's partner cities this mission concerns (by city name and country)."""
        fw = self.framework(m.start)
        if fw is None:
            return []
        cities = {c.strip().casefold() for c in m.cities}
        out = []
        for entry in fw.of("partner_city"):
            country = entry.data.get("country")
            if country and country not in m.countries:
                continue
            names = {entry.code.casefold(), *(str(v).casefold() for v in _names(entry.name))}
            if cities & names:
                out.append(entry.label(self.lang))
        return out

    def title(self, m: MissionView) -> str:
        return pick(m.title, self.lang)

    def travellers(self, m: MissionView) -> int:
        """Outgoing: the city's own people on the trip; incoming: the visiting guests."""
        want_staff = m.direction == "outgoing"
        people = {p.person for p in m.participants}
        return sum(1 for ref in people
                   if (self.snapshot.persons.get(ref) is not None
                       and self.snapshot.persons[ref].staff == want_staff))


def _names(text) -> list[str]:
    if isinstance(text, dict):
        return list(text.values())
    return [text] if text else []


def load(uow: UnitOfWork, year: int | None = None, lang: str = "en", *,
         date_from: date | None = None, date_to: date | None = None) -> ReportData:
    if year is not None:
        date_from = date_from or date(year, 1, 1)
        date_to = date_to or date(year, 12, 31)
    snap = load_snapshot(uow, date_from=date_from, date_to=date_to)
    if year is not None:  # counted in the year the mission starts
        snap.missions = [m for m in snap.missions if m.start.year == year]
    return ReportData(snap, policy.frameworks(uow.session), lang)


def taking_place(missions: list[MissionView]) -> list[MissionView]:
    return [m for m in missions if m.status not in NOT_TAKING_PLACE]
