"""Security: travel advice per destination and region, the state-actor risk of the
countries, sanctions screening with the advisor's decisions, and the checklist.

One section widget per part (``advice``, ``screening``, ``checklist``); the tab lays
them out, shows the data ``app.security.security_panel`` read with the mission, and
holds the progress widget their long jobs show in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.editor.panel import PanelTab
from ui.editor.security.advice import AdviceSection
from ui.editor.security.checklist import ChecklistSection
from ui.editor.security.screening import HitsModel, ScreeningSection
from ui.editor.security.words import SHORT, WORDS, word
from ui.progress import ProgressPanel
from ui.widgets import splitter, vbox

__all__ = ["SHORT", "WORDS", "HitsModel", "SecurityTab", "word"]


class SecurityTab(PanelTab):
    key = "security"

    def __init__(self, editor):
        super().__init__(editor)
        self.progress = ProgressPanel(self, "securityProgress")
        self.advice = AdviceSection(self)
        self.screening = ScreeningSection(self)
        self.checklist = ChecklistSection(self)
        # the parts' widgets, by the names the tab has always had
        s, c = self.screening, self.checklist
        self.fetch_button = self.advice.fetch_button
        self.screen_state, self.hits_model, self.hits = s.state, s.model, s.table
        self.screen_button, self.false_button, self.confirm_button = (
            s.screen_button, s.false_button, s.confirm_button)
        self.risk, self.mitigations, self.advice_text = c.risk, c.mitigations, c.advice_text
        self.assessed, self.record_button = c.assessed, c.record_button

        left = QWidget(self)
        vbox(self.advice, (self.screening, 1), parent=left, margins=0)
        split = splitter(self, left, self.checklist, stretch=(3, 2))
        vbox((split, 1), self.footer(self.progress), parent=self)

    @property
    def checks(self):
        return self.checklist.checks

    @property
    def edited(self) -> bool:
        return self.checklist.edited

    def title(self) -> str:
        return self.tr("Security")

    def retranslate(self) -> None:
        for part in (self.advice, self.screening, self.checklist, self.progress):
            part.retranslate()
        if self.data is not None:
            self.show_data(self.data)

    def show_data(self, d) -> None:
        self.advice.show_data(d)
        self.screening.show_data(d)
        self.checklist.show_data(d)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.screening.update_buttons()
        self.advice.update_buttons()

    # the parts' actions, by the names the tab has always had
    def screen(self):
        return self.screening.screen()

    def cancel_screening(self) -> None:
        self.progress.cancel()

    def fetch_advice(self, fetcher=None):
        return self.advice.fetch_advice(fetcher)

    def decide(self, decision: str, reason: str | None = None):
        return self.screening.decide(decision, reason)

    def security_document(self) -> dict:
        return self.checklist.document()

    def record(self):
        return self.checklist.record()
