"""The transparency list as a PDF for publication, made with the documents toolkit."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from babel.numbers import format_currency

from almere_missions.documents import labels
from almere_missions.documents.common import report_document
from almere_missions.documents.toolkit import para, spacer, table
from almere_missions.reports.transparency import transparency_list
from almere_missions.uow import UnitOfWork

#: the columns' shares of the page width (the mission ref is left to the CSV)
WIDTHS = (0.18, 0.14, 0.15, 0.24, 0.14, 0.15)


def _money(amount: Decimal | str, currency: str, lang: str) -> str:
    return format_currency(Decimal(amount), currency, locale=labels.locale(lang))


def _other(text: str, lang: str) -> str:
    """"USD 1000.00; JPY 5" in the reader's notation."""
    parts = []
    for piece in filter(None, (p.strip() for p in text.split(";"))):
        currency, _, amount = piece.partition(" ")
        parts.append(_money(amount, currency, lang))
    return "; ".join(parts)


def _payers(text: str, lang: str) -> str:
    """"IZ: EUR 450.00; B.V.: EUR 10.00" with amounts in the reader's notation."""
    parts = []
    for piece in filter(None, (p.strip() for p in text.split(";"))):
        payer, _, money = piece.rpartition(": ")
        currency, _, amount = money.partition(" ")
        parts.append(f"{payer}: {_money(amount, currency, lang)}")
    return "\n".join(parts)


def transparency_pdf(uow: UnitOfWork, year: int, path, lang: str = "nl",
                     progress: Callable[[int, int], None] | None = None) -> int:
    """Write the year's list to ``path`` (atomically); return the page count."""
    t = transparency_list(uow, year, lang)
    cols = t.columns
    doc = report_document(path, t.title, lang)
    doc.add(para(t.note, "muted"), spacer(3))
    # The payers go under the costs and the result under the purpose: seven columns do
    # not fit a portrait page; the CSV has each in its own column.
    rows = [[r[0], r[1], labels.day_range(r[2], r[3], lang),
             [para(r[4], "cell")] + ([para(f"{cols[8]}: {r[8]}", "cell_small")] if r[8] else []),
             [para(_money(r[5], "EUR", lang), "cell"), para(_payers(r[7], lang), "cell_small")],
             _other(r[6], lang)] for r in t.rows]
    if rows:
        rows.append([para(t.total[0], "cell_bold"), "", "", "",
                     para(_money(t.total[5], "EUR", lang), "cell_bold"), ""])
        doc.add(table(rows, WIDTHS, header=[cols[0], cols[1], f"{cols[2]} – {cols[3]}",
                                            cols[4], cols[5], cols[6]]))
    else:
        doc.add(para({"nl": "Geen buitenlandse reizen van het college in dit jaar."}.get(
            lang.split("-")[0], "No trips abroad of the executive board this year."), "body"))
    return doc.build(progress)
