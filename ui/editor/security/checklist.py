"""The security tab's checklist: the items, the residual risk, mitigations and advice,
recorded by the security advisor."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from almere_missions.app import security as security_app
from almere_missions.security.checklist import RESIDUAL_RISKS
from ui import fmt
from ui.editor.panel import TabPart, message_label, section_title
from ui.editor.security.words import clear, word
from ui.tasks import job
from ui.widgets import STRETCH, button, hbox, scrolled, set_names, set_texts, vbox


class ChecklistSection(TabPart, QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.checks: dict[str, QCheckBox] = {}
        self.title = section_title(self)
        self.host = QWidget(self)
        self.box = QVBoxLayout(self.host)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.l_risk = QLabel(self)
        self.risk = QComboBox(self)
        self.risk.setObjectName("residualRisk")
        for key in RESIDUAL_RISKS:
            self.risk.addItem("", key)
        self.l_mitigations = QLabel(self)
        self.mitigations = QPlainTextEdit(self)
        self.mitigations.setObjectName("mitigations")
        self.l_advice = QLabel(self)
        self.advice_text = QPlainTextEdit(self)
        self.advice_text.setObjectName("securityAdvice")
        self.assessed = message_label(self, "securityAssessed")
        self.record_button = button(self, "recordSecurity", self.record)
        self.edited = False
        self._base_version = None
        self._filling = False
        self.risk.activated.connect(self._mark_edited)
        self.mitigations.textChanged.connect(self._typed)
        self.advice_text.textChanged.connect(self._typed)

        vbox(self.title, (scrolled(self, self.host), 2), hbox(self.l_risk, (self.risk, 1)),
             self.l_mitigations, (self.mitigations, 1), self.l_advice, (self.advice_text, 1),
             self.assessed, hbox(STRETCH, self.record_button), parent=self, margins=0)

    def retranslate(self) -> None:
        for n, key in enumerate(RESIDUAL_RISKS):
            self.risk.setItemText(n, word(key))
        set_texts([(self.title, self.tr("Security checklist")),
                   (self.l_risk, self.tr("Residual risk:")),
                   (self.l_mitigations, self.tr("Mitigations (one per line):")),
                   (self.l_advice, self.tr("Advice for the approval file:")),
                   (self.record_button, self.tr("&Record security check"))])
        set_names([(self.risk, self.tr("Residual risk")),
                   (self.mitigations, self.tr("Mitigations")),
                   (self.advice_text, self.tr("Security advice"))])

    def _mark_edited(self, *_args) -> None:
        self.edited = True

    def _typed(self) -> None:
        if not self._filling:
            self.edited = True

    def show_data(self, d) -> None:
        if self.edited:  # typed but not recorded: a background reload must not wipe it
            self.assessed.setText(self.tr("Your changes to the check are not recorded yet."))
            return
        clear(self.box)
        self.checks = {}
        for item in d.checklist:
            box = QCheckBox(item.label, self.host)
            box.setObjectName(f"check_{item.code}")
            box.setChecked(bool(item.done))
            box.clicked.connect(self._mark_edited)
            self.checks[item.code] = box
            self.box.addWidget(box)
        self.box.addStretch(1)
        a = d.assessment
        self._base_version = a.version if a else None  # what an edit starts from
        self._filling = True
        self.risk.setCurrentIndex(max(0, self.risk.findData(a.residual_risk if a else "low")))
        self.mitigations.setPlainText("\n".join(a.mitigations) if a else "")
        self.advice_text.setPlainText(a.advice if a else "")
        self._filling = False
        self.assessed.setText(
            self.tr("Checked by %1 on %2").replace("%1", a.assessed_by)
            .replace("%2", fmt.day(a.assessed_at.date())) if a else
            self.tr("No security check recorded yet."))
        security = self.tab.may("security")
        for w in (self.record_button, self.risk, self.mitigations, self.advice_text,
                  *self.checks.values()):
            w.setEnabled(security)
        if not security:
            self.record_button.setToolTip(self.tr("Only a security advisor records the check"))

    def document(self) -> dict:
        return {"checklist": {code: box.isChecked() for code, box in self.checks.items()},
                "residual_risk": self.risk.currentData(),
                "mitigations": [m for m in self.mitigations.toPlainText().splitlines()
                                if m.strip()],
                "advice": self.advice_text.toPlainText()}

    def record(self):
        tab = self.tab

        def recorded(_view):
            self.edited = False
            tab.tell(self.tr("Security check recorded."))

        return tab.run(job(security_app.record_assessment, tab.ref, self.document(),
                           expected_version=self._base_version, writes=True, refs={tab.ref}),
                       recorded)
