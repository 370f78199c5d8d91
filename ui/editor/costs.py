"""Costs: what the mission costs, who pays, totals per currency."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from almere_missions.views import CostView
from ui import fmt
from ui.editor.delegates import ChoiceDelegate, CodedRowsModel
from ui.editor.overview import join_text
from ui.editor.panel import DraftTab
from ui.models.rows import Column
from ui.widgets import STRETCH, button, hbox, rows_view, set_texts, vbox

CURRENCIES = ("EUR", "USD", "GBP", "CNY", "TWD", "JPY", "KRW", "CHF", "SEK", "NOK", "DKK",
              "PLN", "CAD", "AUD", "INR", "BRL", "ZAR", "TRY", "AED")


def amount_of(text: str) -> Decimal:
    """An amount as typed, in euros or not; raises InvalidOperation."""
    text = text.strip().replace("€", "").replace(" ", "")
    # Accept both 1.250,50 (Dutch) and 1,250.50 (English): the last separator is decimal.
    if "," in text and (text.rfind(",") > text.rfind(".")):
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    return Decimal(text)


class CostsModel(CodedRowsModel):
    def code(self, row) -> str:
        return row.currency


class CostsTab(DraftTab):
    key = "costs"
    keys = {"costs"}

    def __init__(self, editor):
        super().__init__(editor)
        self.model = CostsModel([
            Column(lambda: self.tr("Description"), lambda c: fmt.text(c.description),
                   edit=self._set_description),
            Column(lambda: self.tr("Amount"), lambda c: fmt.number(c.amount), edit=self._set_amount,
                   align_right=True),
            Column(lambda: self.tr("Currency"), lambda c: c.currency, edit=self._set_currency),
            Column(lambda: self.tr("Paid by"), lambda c: c.paid_by or "", edit=self._set_paid_by),
        ], self)
        self.table = rows_view(self, self.model, "costsTable", single=False, stretch=0)
        head = self.table.horizontalHeader()
        for col, width in ((1, 120), (2, 90), (3, 260)):
            head.resizeSection(col, width)
        self.table.setItemDelegateForColumn(
            2, ChoiceDelegate(lambda: [(c, c) for c in CURRENCIES], self))
        self.add_button = button(self, "addCost", self.add_line)
        self.remove_button = button(self, slot=self.remove_selected)
        self.total = QLabel(self)
        self.total.setObjectName("costsTotal")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e")
        vbox(hbox(self.add_button, self.remove_button, STRETCH, self.total),
             (self.table, 1), self.problem, parent=self)

    def title(self) -> str:
        return self.tr("Costs")

    def retranslate(self) -> None:
        set_texts([(self.add_button, self.tr("Add &line")),
                   (self.remove_button, self.tr("Remove line"))])
        self.table.setAccessibleName(self.tr("Cost lines"))

    def refresh(self) -> None:
        d = self.editor.draft
        if d is None:
            return
        self.model.set_rows(list(d.costs))
        totals: dict[str, Decimal] = {}
        for c in d.costs:
            totals[c.currency] = totals.get(c.currency, Decimal(0)) + Decimal(c.amount)
        shown = "   ".join(fmt.money(v, k) for k, v in sorted(totals.items()))
        self.total.setText(self.tr("Total: %1").replace("%1", shown or fmt.money(Decimal(0))))

    def _replace(self, row: int, text: str, **changes) -> None:
        rows = list(self.editor.draft.costs)
        rows[row] = replace(rows[row], **changes)
        QTimer.singleShot(0, lambda: self.editor.change("costs", tuple(rows), text))

    def _set_description(self, row: int, value) -> None:
        old = self.editor.draft.costs[row].description
        new = join_text(value, value, old) if isinstance(old, str) or old is None else (
            {**old, self._lang(): str(value).strip()})
        self._replace(row, self.tr("Change cost description"), description=new or "")

    def _lang(self) -> str:
        return fmt.lang()

    def _set_amount(self, row: int, value) -> None:
        try:
            amount = amount_of(str(value))
        except InvalidOperation:
            self.problem.setText(self.tr("“%1” is not an amount").replace("%1", str(value)))
            return
        if amount < 0 or amount.as_tuple().exponent < -2:
            self.problem.setText(self.tr("An amount is zero or more, with at most two decimals"))
            return
        self.problem.clear()
        self._replace(row, self.tr("Change amount"), amount=amount)

    def _set_currency(self, row: int, value) -> None:
        self._replace(row, self.tr("Change currency"), currency=str(value))

    def _set_paid_by(self, row: int, value) -> None:
        self._replace(row, self.tr("Change payer"), paid_by=str(value).strip() or None)

    def add_line(self) -> None:
        rows = list(self.editor.draft.costs)
        rows.append(CostView(self.tr("New cost"), Decimal("0.00"), "EUR", None))
        self.editor.change("costs", tuple(rows), self.tr("Add cost line"))
        self.table.setCurrentIndex(self.model.index(len(rows) - 1, 0))
        self.table.edit(self.model.index(len(rows) - 1, 0))

    def remove_selected(self) -> None:
        self.remove_current_row("costs", self.tr("Remove cost line"))
