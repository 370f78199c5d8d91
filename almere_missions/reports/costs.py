"""Costs by payer: what each paying party carried, per currency (never converted)."""

from __future__ import annotations

from decimal import Decimal

from almere_missions.reports.context import NONE, load, taking_place
from almere_missions.reports.table import ChartSpec, Table
from almere_missions.uow import UnitOfWork


def costs_by_payer(uow: UnitOfWork, year: int | None = None, lang: str = "en") -> Table:
    data = load(uow, year, lang)
    sums: dict[tuple[str, str], dict[str, Decimal]] = {}
    missions: dict[tuple[str, str], set[str]] = {}
    for m in taking_place(data.snapshot.missions):
        for c in m.costs:
            key = ((c.paid_by or "").strip() or NONE, c.currency)
            row = sums.setdefault(key, {"incoming": Decimal(0), "outgoing": Decimal(0)})
            row[m.direction] = row.get(m.direction, Decimal(0)) + Decimal(c.amount)
            missions.setdefault(key, set()).add(m.ref)
    order = sorted(sums, key=lambda k: (k[0] == NONE, k[1], -sum(sums[k].values()), k[0]))
    rows = tuple((payer, cur, len(missions[(payer, cur)]), sums[(payer, cur)]["incoming"],
                  sums[(payer, cur)]["outgoing"], sum(sums[(payer, cur)].values(), Decimal(0)))
                 for payer, cur in order)
    currencies = sorted({cur for _p, cur in sums})
    total = None
    if len(currencies) == 1:  # amounts of different currencies are not added up
        total = ("All payers", currencies[0], len({r for v in missions.values() for r in v}),
                 sum((r[3] for r in rows), Decimal(0)), sum((r[4] for r in rows), Decimal(0)),
                 sum((r[5] for r in rows), Decimal(0)))
    return Table(
        key="costs_by_payer",
        title="Costs by payer" + (f", {year}" if year is not None else ""),
        columns=("Payer", "Currency", "Missions", "Incoming", "Outgoing", "Total"),
        rows=rows, total=total,
        note="Amounts per currency as recorded; cancelled and rejected missions left out.",
        chart=ChartSpec("stacked", 0, (3, 4), currencies[0] if len(currencies) == 1 else ""))
