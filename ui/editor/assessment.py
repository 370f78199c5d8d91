"""Assessment: the mission against the policy principles of the framework in force,
its themes and goals, its costs by payer against the budget, and the CO2 of its travel."""

from __future__ import annotations

from decimal import InvalidOperation
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from almere_missions.app import approval as approval_app
from almere_missions.text import pick
from ui import fmt
from ui.editor.costs import amount_of
from ui.editor.panel import PanelTab, message_label, section_title
from ui.tasks import job
from ui.widgets import STRETCH, button, hbox, scrolled, set_names, set_texts, vbox

ANSWERS = {
    "complies": QT_TRANSLATE_NOOP("AssessmentTab", "Complies"),
    "concern": QT_TRANSLATE_NOOP("AssessmentTab", "Concern"),
    "not_applicable": QT_TRANSLATE_NOOP("AssessmentTab", "Not applicable"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentTab", text)


class PrincipleRow:
    """The widgets of one principle: name (Dutch, with the gloss), answer, justification."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, principle, edited):
        self.code, self.mandatory = principle.code, principle.mandatory
        self.principle = principle
        self.name = QLabel(parent)
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.RichText)
        self.answer = QComboBox(parent)
        self.answer.setObjectName(f"answer_{principle.code}")
        self.answer.addItem("", None)
        for key in ANSWERS:
            self.answer.addItem("", key)
        self.justification = QLineEdit(parent)
        self.justification.setObjectName(f"justification_{principle.code}")
        self.required = QLabel(parent)
        self.required.setObjectName(f"required_{principle.code}")
        grid.addWidget(self.name, row, 0)
        grid.addWidget(self.answer, row, 1)
        grid.addWidget(self.justification, row, 2)
        grid.addWidget(self.required, row, 3)
        self.answer.currentIndexChanged.connect(self.update_required)
        self.justification.textChanged.connect(self.update_required)
        self.answer.activated.connect(edited)
        self.justification.textEdited.connect(edited)

    def retranslate(self) -> None:
        p = self.principle
        nl = pick(p.name, "nl")
        name = f"<b>{p.code}</b>&nbsp;·&nbsp;{escape(nl, quote=False)}"
        if fmt.lang() != "nl":
            gloss = pick(p.name, fmt.lang())
            if gloss and gloss != nl:
                name += f"<br><span style='color:#555'><i>{escape(gloss, quote=False)}</i></span>"
        self.name.setText(name)
        tip = pick(p.text, "nl") or ""
        if fmt.lang() != "nl" and p.text:
            tip += "\n\n" + pick(p.text, fmt.lang())
        self.name.setToolTip(tip)
        for n, key in enumerate(ANSWERS, start=1):
            self.answer.setItemText(n, _tr(ANSWERS[key]))
        self.answer.setItemText(0, QCoreApplication.translate("AssessmentTab",
                                                              "— not answered —"))
        self.answer.setAccessibleName(QCoreApplication.translate(
            "AssessmentTab", "Answer to principle %1").replace("%1", p.code))
        self.justification.setAccessibleName(QCoreApplication.translate(
            "AssessmentTab", "Justification of principle %1").replace("%1", p.code))
        self.justification.setPlaceholderText(QCoreApplication.translate("AssessmentTab",
                                                                         "Justification"))
        self.update_required()

    def set(self, answer: str | None, justification: str | None) -> None:
        self.answer.setCurrentIndex(max(0, self.answer.findData(answer)))
        self.justification.setText(justification or "")

    def needs_justification(self) -> bool:
        return self.mandatory or self.answer.currentData() == "concern"

    def update_required(self) -> None:
        missing = self.needs_justification() and not self.justification.text().strip()
        if self.mandatory:
            text = QCoreApplication.translate("AssessmentTab",
                                              "Mandatory: justification required")
        elif self.answer.currentData() == "concern":
            text = QCoreApplication.translate("AssessmentTab", "Concern: justification required")
        else:
            text = ""
        self.required.setText(text)
        self.required.setStyleSheet("color: #b3261e" if missing else "color: #555")
        self.justification.setStyleSheet(
            "QLineEdit { border: 1px solid #b3261e; }" if missing and
            self.answer.currentData() is not None else "")

    def doc(self) -> dict | None:
        answer = self.answer.currentData()
        if answer is None:
            return None
        return {"code": self.code, "answer": answer,
                "justification": self.justification.text().strip()}


class AssessmentTab(PanelTab):
    key = "assessment"

    def __init__(self, editor):
        super().__init__(editor)
        self.rows: list[PrincipleRow] = []
        #: answers typed but not recorded: a background reload must not wipe them
        self.edited = False
        self.framework = section_title(self)
        self.framework.setObjectName("assessmentFramework")
        self.recorded = QLabel(self)
        self.recorded.setObjectName("assessmentRecorded")
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 4)
        self.h_principle, self.h_answer, self.h_just = (section_title(self) for _ in range(3))
        for n, w in enumerate((self.h_principle, self.h_answer, self.h_just)):
            self.grid.addWidget(w, 0, n)
        scroll = scrolled(self, self.grid_host)

        self.side_title = section_title(self)
        self.themes = message_label(self, "assessmentThemes")
        self.goals = message_label(self, "assessmentGoals")
        self.costs_title = section_title(self)
        self.costs = message_label(self, "assessmentCosts")
        self.budget = QLineEdit(self)
        self.budget.setObjectName("assessmentBudget")
        self.budget_state = message_label(self, "assessmentBudgetState")
        self.text_title = section_title(self)
        self.principle_text = message_label(self, "principleText")
        self.principle_text.setTextFormat(Qt.TextFormat.RichText)
        self.co2_title = section_title(self)
        self.co2 = message_label(self, "assessmentCo2")
        self.notices = message_label(self, "assessmentTrainNotice")
        self.notices.setStyleSheet("color: #8a4b00")
        self.record_button = button(self, "recordAssessment", self.record)
        self.budget.textEdited.connect(self._mark_edited)
        QApplication.instance().focusChanged.connect(self._focus)

        side = QWidget(self)
        side.setMaximumWidth(380)
        form = QFormLayout()
        self.l_themes, self.l_goals, self.l_budget = QLabel(self), QLabel(self), QLabel(self)
        form.addRow(self.l_themes, self.themes)
        form.addRow(self.l_goals, self.goals)
        vbox(self.side_title, form, self.costs_title, self.costs,
             hbox(self.l_budget, (self.budget, 1)), self.budget_state, self.co2_title, self.co2,
             self.notices, self.text_title, self.principle_text, STRETCH,
             parent=side, margins=0)
        vbox(hbox((self.framework, 1), self.recorded), (hbox((scroll, 1), side), 1),
             self.footer(self.record_button), parent=self)

    def title(self) -> str:
        return self.tr("Assessment")

    def retranslate(self) -> None:
        set_texts([(self.h_principle, self.tr("Principle")), (self.h_answer, self.tr("Answer")),
                   (self.h_just, self.tr("Justification")),
                   (self.side_title, self.tr("Themes and goals served")),
                   (self.l_themes, self.tr("Themes:")), (self.l_goals, self.tr("Goals:")),
                   (self.costs_title, self.tr("Costs by payer")),
                   (self.l_budget, self.tr("Budget (EUR):")),
                   (self.co2_title, self.tr("CO₂ of the travel")),
                   (self.text_title, self.tr("The principle")),
                   (self.record_button, self.tr("&Record assessment"))])
        self.budget.setPlaceholderText(self.tr("no budget set"))
        set_names([(self.budget, self.tr("Budget in euros")),
                   (self.principle_text, self.tr("Text of the principle")),
                   (self.record_button, self.tr("Record the assessment"))])
        for r in self.rows:
            r.retranslate()
        if self.data is not None:
            self.show_data(self.data)

    def _build_rows(self, principles) -> None:
        if [r.code for r in self.rows] == [p.code for p in principles]:
            return
        for r in self.rows:
            for w in (r.name, r.answer, r.justification, r.required):
                w.deleteLater()
        self.rows = [PrincipleRow(self.grid_host, self.grid, n + 1, p, self._mark_edited)
                     for n, p in enumerate(principles)]
        for n in range(len(self.rows) + 2):
            self.grid.setRowStretch(n, 0)
        self.grid.setRowStretch(len(self.rows) + 1, 1)  # rows stay together at the top
        for r in self.rows:
            r.retranslate()

    def _focus(self, _old, new) -> None:
        """The full text of the principle being answered, beside the form."""
        for r in self.rows:
            if new is r.answer or new is r.justification:
                self.show_text(r.principle)
                return

    def show_text(self, p) -> None:
        nl = pick(p.text, "nl") or ""
        html = f"<b>{p.code}</b> {escape(nl, quote=False)}"
        if fmt.lang() != "nl" and p.text and pick(p.text, fmt.lang()) != nl:
            html += f"<br><i style='color:#555'>{escape(pick(p.text, fmt.lang()), quote=False)}</i>"
        self.principle_text.setText(html)

    def _mark_edited(self, *_args) -> None:
        self.edited = True

    def show_data(self, a: approval_app.Assessment) -> None:
        keep = self.edited and [r.code for r in self.rows] == [p.code for p in a.principles]
        self._build_rows(a.principles)
        for r, p in zip(self.rows, a.principles, strict=True):
            r.principle = p
            if not keep:
                r.set(p.answer, p.justification)
            r.retranslate()
        self.framework.setText(self.tr("Policy framework %1 — %2")
                               .replace("%1", a.framework_code or "")
                               .replace("%2", fmt.text(a.framework_title)))
        if a.recorded:
            self.recorded.setText(self.tr("Recorded by %1 on %2").replace("%1", a.recorded_by or "")
                                  .replace("%2", fmt.day(a.recorded_at.date())))
        else:
            self.recorded.setText(self.tr("Not recorded yet"))
        none = self.tr("none")
        self.themes.setText(", ".join(fmt.text(n) for _c, n in a.themes) or none)
        self.goals.setText(", ".join(fmt.text(n) for _c, n in a.goals) or none)
        lines = [f"{c.payer or self.tr('(no payer named)')}: {fmt.money(c.amount, c.currency)}"
                 for c in a.costs_by_payer]
        lines.append(self.tr("Total: %1").replace("%1", fmt.money(a.costs_total_eur)))
        if a.unconverted_currencies:
            lines.append(self.tr("Not converted to euros: %1")
                         .replace("%1", ", ".join(a.unconverted_currencies)))
        self.costs.setText("\n".join(lines))
        if not keep:
            self.budget.setText("" if a.budget_eur is None else f"{a.budget_eur:.2f}")
        if a.over_budget is None:
            self.budget_state.setText(self.tr("No budget recorded."))
            self.budget_state.setStyleSheet("")
        elif a.over_budget:
            self.budget_state.setText(self.tr("Over budget by %1")
                                      .replace("%1", fmt.money(a.costs_total_eur - a.budget_eur)))
            self.budget_state.setStyleSheet("color: #b3261e")
        else:
            self.budget_state.setText(self.tr("Within budget (%1 left)")
                                      .replace("%1", fmt.money(a.budget_eur - a.costs_total_eur)))
            self.budget_state.setStyleSheet("color: #1b5e20")
        est = a.co2
        text = [self.tr("%1 kg CO₂ (travel legs counted: %2)")
                .replace("%1", fmt.number(round(est.total_kg))).replace("%2", str(len(est.legs)))]
        text += [self.tr("Not counted: %1").replace("%1", m) for m in est.not_counted]
        self.co2.setText("\n".join(text))
        self.notices.setText("\n".join("🚆 " + n for n in est.notices))
        self.notices.setVisible(bool(est.notices))
        if not self.principle_text.text() and a.principles:
            self.show_text(a.principles[0])
        if keep:
            self.tell(self.tr("Your answers are not recorded yet."), problem=True)
        elif a.missing:
            self.tell(self.tr("Still to answer or justify: %1").replace("%1", ", ".join(a.missing)),
                      problem=True)
        else:
            self.tell(self.tr("Every principle is answered."))
        self.record_button.setEnabled(self.may("officer"))

    def document(self) -> dict:
        """The answers on screen as ``record_assessment`` takes them; raises ValueError."""
        answers = [d for d in (r.doc() for r in self.rows) if d is not None]
        doc: dict = {"principles": answers}
        if self.budget.text().strip().replace("€", "").replace(" ", ""):
            try:
                value = amount_of(self.budget.text())
            except InvalidOperation:
                raise ValueError(self.tr("“%1” is not an amount").replace(
                    "%1", self.budget.text())) from None
            doc["budget_eur"] = f"{value:.2f}"
        return doc

    def record(self) -> None:
        try:
            doc = self.document()
        except ValueError as exc:
            self.tell(str(exc), problem=True)
            return
        ref = self.ref
        self.tell(self.tr("Recording…"))
        def recorded(a):
            self.edited = False
            self.data = a
            self.show_data(a)
        self.run(job(approval_app.record_assessment, ref, doc, writes=True, refs={ref},
                     title=self.tr("Recording the assessment of %1").replace("%1", ref)),
                 recorded)
