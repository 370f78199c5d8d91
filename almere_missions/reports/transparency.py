"""The public transparency list of the executive board's trips abroad.

The municipality publishes, per year, every trip abroad by the mayor and the
aldermen: destination, dates, purpose, costs (in total and per payer) and the
result (the mission's recorded outcomes). Board members are recognised
as staff persons whose function names the office (burgemeester, wethouder,
mayor, alderman, in any case and form).
"""

from __future__ import annotations

import re
from decimal import Decimal

from almere_missions.codes import country_name
from almere_missions.reports.context import load, taking_place
from almere_missions.reports.table import Table
from almere_missions.text import pick
from almere_missions.uow import UnitOfWork
from almere_missions.views import PersonView

BOARD_FUNCTION = re.compile(r"burgemeester|wethouder|\bmayor\b|alderm[ae]n|alderwom[ae]n",
                            re.IGNORECASE)


def is_board_member(p: PersonView) -> bool:
    return bool(p.staff and p.function and BOARD_FUNCTION.search(p.function))


#: the list is published: Dutch for the city's own site, English beside it
WORDS = {
    "en": {"title": "Trips abroad of the executive board, {year}",
           "columns": ("Board member", "Destination", "From", "To", "Purpose", "Costs (EUR)",
                       "Costs in other currencies", "Costs per payer", "Result", "Mission"),
           "total": "Total",
           "note": "Costs as recorded on the mission, paid by whoever the record names."},
    "nl": {"title": "Buitenlandse reizen van het college, {year}",
           "columns": ("Collegelid", "Bestemming", "Van", "Tot en met", "Doel", "Kosten (EUR)",
                       "Kosten in andere valuta", "Kosten per betaler", "Resultaat", "Missie"),
           "total": "Totaal",
           "note": "Kosten zoals vastgelegd bij de missie, betaald door wie daar genoemd is."},
}


def words(lang: str) -> dict:
    return WORDS.get(lang.split("-")[0], WORDS["en"])


def transparency_list(uow: UnitOfWork, year: int, lang: str = "en") -> Table:
    """One row per trip abroad of a board member that starts in ``year``."""
    data = load(uow, year, lang)
    results = _results(uow, lang)
    rows = []
    for m in taking_place(data.snapshot.missions):
        if m.direction != "outgoing":
            continue
        board = [data.snapshot.persons[p.person] for p in m.participants
                 if p.person in data.snapshot.persons
                 and is_board_member(data.snapshot.persons[p.person])]
        board = list({p.ref: p for p in board}.values())
        if not board:
            continue
        by_currency: dict[str, Decimal] = {}
        for c in m.costs:
            by_currency[c.currency] = by_currency.get(c.currency, Decimal(0)) + Decimal(c.amount)
        eur = by_currency.pop("EUR", Decimal(0)).quantize(Decimal("0.01"))
        other = "; ".join(f"{cur} {amt.quantize(Decimal('0.01'))}"
                          for cur, amt in sorted(by_currency.items()))
        payers: dict[tuple[str, str], Decimal] = {}
        for c in m.costs:
            key = (c.paid_by or "?", c.currency)
            payers[key] = payers.get(key, Decimal(0)) + Decimal(c.amount)
        per_payer = "; ".join(f"{payer}: {cur} {amt.quantize(Decimal('0.01'))}"
                              for (payer, cur), amt in sorted(payers.items()))
        places = ", ".join(m.cities) if m.cities else ""
        countries = ", ".join(country_name(c, lang) for c in m.countries)
        rows.append((
            "; ".join(f"{p.name} ({p.function})" for p in board),
            f"{places} ({countries})" if places else countries,
            m.start, m.end, pick(m.purpose, lang) if m.purpose else data.title(m),
            eur, other, per_payer, results.get(m.ref, ""), m.ref))
    w = words(lang)
    return Table(
        key="transparency", title=w["title"].format(year=year), columns=w["columns"],
        rows=tuple(rows),
        total=(w["total"], "", "", "", "", sum((r[5] for r in rows), Decimal("0.00")), "", "", "",
               ""),
        note=w["note"], meta={"year": str(year), "lang": lang})


def _results(uow: UnitOfWork, lang: str) -> dict[str, str]:
    """Per mission ref, its recorded outcomes as one line."""
    from sqlalchemy import select

    from almere_missions.db.models import Mission
    from almere_missions.db.models_relations import MissionOutcome

    out: dict[str, list[str]] = {}
    for ref, text in uow.session.execute(
            select(Mission.ref, MissionOutcome.text).join(
                Mission, Mission.id == MissionOutcome.mission_id)
            .where(Mission.direction == "outgoing").order_by(MissionOutcome.ref)):
        out.setdefault(ref, []).append(pick(text, lang))
    return {ref: "; ".join(texts) for ref, texts in out.items()}
