"""What the missions yielded, per partnership, per policy theme and per policy goal: how
many missions, outcomes, open and overdue follow-up actions each has.

A mission counts for a partnership when it concerns the partner (linked to it) or one
of its outcomes or actions names the partnership; for a theme or goal when the mission
carries it. An outcome counts where it is tagged; an action for its partnership and for
the themes and goals of its mission. Cancelled and rejected missions are left out, with
what was recorded on them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select

from almere_missions import policy
from almere_missions.db.models import Mission
from almere_missions.db.models_relations import (
    OPEN_ACTION_STATES,
    FollowUpAction,
    MissionOutcome,
    MissionPartner,
    Partner,
    Partnership,
)
from almere_missions.reports.context import NOT_TAKING_PLACE
from almere_missions.reports.table import ChartSpec, Table
from almere_missions.text import pick
from almere_missions.uow import UnitOfWork

WORDS = {
    "en": {
        "by_partnership": "Follow-up per partnership", "by_theme": "Follow-up per theme",
        "by_goal": "Follow-up per goal",
        "p_cols": ("Partnership", "Title", "Partner", "Status", "Missions", "Outcomes",
                   "Open actions", "Overdue actions"),
        "c_cols": ("Code", "{what}", "Missions", "Outcomes", "Open actions", "Overdue actions"),
        "theme": "Theme", "goal": "Goal", "total": "Total",
        "note": "Missions of the partner or naming the partnership; outcomes where tagged; "
                "actions by their partnership and their mission's themes and goals. Cancelled "
                "and rejected missions left out.",
        "year": "year", "today": "overdue on",
    },
    "nl": {
        "by_partnership": "Vervolg per partnerschap", "by_theme": "Vervolg per thema",
        "by_goal": "Vervolg per doel",
        "p_cols": ("Partnerschap", "Titel", "Partner", "Status", "Missies", "Resultaten",
                   "Open acties", "Verlopen acties"),
        "c_cols": ("Code", "{what}", "Missies", "Resultaten", "Open acties", "Verlopen acties"),
        "theme": "Thema", "goal": "Doel", "total": "Totaal",
        "note": "Missies van de partner of met het partnerschap genoemd; resultaten waar ze "
                "gelabeld zijn; acties bij hun partnerschap en bij de thema's en doelen van "
                "hun missie. Geannuleerde en afgewezen missies zijn weggelaten.",
        "year": "jaar", "today": "verlopen op",
    },
}


def words(lang: str) -> dict:
    return WORDS.get(lang.split("-")[0], WORDS["en"])


class _Counts:
    def __init__(self) -> None:
        self.missions: set[int] = set()
        self.outcomes = 0
        self.open = 0
        self.overdue = 0

    def row(self) -> tuple[int, int, int, int]:
        return len(self.missions), self.outcomes, self.open, self.overdue


def followup_tables(uow: UnitOfWork, year: int | None, today: date,
                    lang: str = "en") -> list[Table]:
    """Three tables: per partnership, per theme, per goal (in the framework's order)."""
    s = uow.session
    w = words(lang)
    q = select(Mission.id, Mission.start_date, Mission.themes, Mission.goals).where(
        Mission.status.not_in(NOT_TAKING_PLACE))
    missions = {mid: (start, list(themes or ()), list(goals or ()))
                for mid, start, themes, goals in s.execute(q)
                if year is None or start.year == year}
    ships = s.execute(select(Partnership.id, Partnership.ref, Partnership.title,
                             Partnership.status, Partnership.partner_id, Partner.name)
                      .join(Partner, Partner.id == Partnership.partner_id)
                      .order_by(Partnership.ref)).all()
    per_ship: dict[int, _Counts] = defaultdict(_Counts)
    per_theme: dict[str, _Counts] = defaultdict(_Counts)
    per_goal: dict[str, _Counts] = defaultdict(_Counts)
    ships_of_partner: dict[int, list[int]] = defaultdict(list)
    for sid, _ref, _t, _st, pid, _n in ships:
        ships_of_partner[pid].append(sid)
    for mid, pid in s.execute(select(MissionPartner.mission_id, MissionPartner.partner_id)):
        if mid in missions:
            for sid in ships_of_partner.get(pid, ()):
                per_ship[sid].missions.add(mid)
    for mid, (_start, themes, goals) in missions.items():
        for t in themes:
            per_theme[t].missions.add(mid)
        for g in goals:
            per_goal[g].missions.add(mid)
    for mid, sid, themes, goals in s.execute(select(
            MissionOutcome.mission_id, MissionOutcome.partnership_id, MissionOutcome.themes,
            MissionOutcome.goals)):
        if mid not in missions:
            continue
        if sid is not None:
            per_ship[sid].missions.add(mid)
            per_ship[sid].outcomes += 1
        for t in dict.fromkeys(themes or ()):
            per_theme[t].outcomes += 1
        for g in dict.fromkeys(goals or ()):
            per_goal[g].outcomes += 1
    for mid, sid, status, due in s.execute(select(
            FollowUpAction.mission_id, FollowUpAction.partnership_id, FollowUpAction.status,
            FollowUpAction.due_date)):
        if mid not in missions:
            continue
        targets = [per_theme[t] for t in missions[mid][1]] + [per_goal[g]
                                                               for g in missions[mid][2]]
        if sid is not None:
            per_ship[sid].missions.add(mid)
            targets.append(per_ship[sid])
        if status in OPEN_ACTION_STATES:
            for c in targets:
                c.open += 1
                c.overdue += due < today
    meta = {w["today"]: today.isoformat()}
    if year is not None:
        meta[w["year"]] = str(year)
    suffix = f", {year}" if year is not None else ""
    ship_rows = tuple((ref, pick(title, lang), pick(name, lang), status, *per_ship[sid].row())
                      for sid, ref, title, status, _pid, name in ships)
    tables = [Table(key="followup_partnerships", title=w["by_partnership"] + suffix,
                    columns=w["p_cols"], rows=ship_rows, total=_total(w, ship_rows, 4),
                    note=w["note"], meta=meta,
                    chart=ChartSpec("bar", 0, (5, 6, 7)))]
    fw = policy.framework_in_force(s, date(year, 7, 1) if year else None)
    for kind, counts, key in (("theme", per_theme, "by_theme"), ("goal", per_goal, "by_goal")):
        entries = fw.of(kind) if fw else []
        order = [e.code for e in entries] + sorted(set(counts) - {e.code for e in entries})
        names = {e.code: e.label(lang) for e in entries}
        rows = tuple((code, names.get(code, code), *counts[code].row()) for code in order)
        tables.append(Table(
            key=f"followup_{kind}s", title=w[key] + suffix,
            columns=tuple(c.format(what=w[kind]) for c in w["c_cols"]), rows=rows,
            note=w["note"], meta=meta, chart=ChartSpec("bar", 1, (2, 3, 4, 5))))
    return tables


def _total(w: dict, rows: tuple, first: int) -> tuple | None:
    """The sum of the count columns (missions are not summed: one may concern several)."""
    if not rows:
        return None
    blanks = ("",) * (first - 1)
    return (w["total"], *blanks, "", *(sum(r[i] for r in rows)
                                       for i in range(first + 1, len(rows[0]))))
