"""The security tab's sanctions screening: the hits, Screen now, the advisor's decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from almere_missions.app import security as security_app
from ui import fmt
from ui.editor.panel import TabPart, message_label, section_title
from ui.editor.security.words import word
from ui.models.rows import Column, RowsModel
from ui.tasks import job
from ui.widgets import STRETCH, button, fit_columns, hbox, rows_view, set_names, set_texts, vbox


class HitsModel(RowsModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            from PySide6.QtGui import QBrush, QColor

            hit = self.rows[index.row()]
            if hit.decision is None:
                return QBrush(QColor("#fff4e5"))
            if hit.decision == "confirmed":
                return QBrush(QColor("#fde7e4"))
        return super().data(index, role)


class ScreeningSection(TabPart, QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.handle = None
        self.title = section_title(self)
        self.state = message_label(self, "screeningState")
        self.model = HitsModel([
            Column(lambda: self.tr("Person"), lambda h: h.subject_name),
            Column(lambda: self.tr("Listed name"), lambda h: h.matched_name),
            Column(lambda: self.tr("List"), lambda h: h.source),
            Column(lambda: self.tr("Score"), lambda h: f"{h.score:.2f}", align_right=True),
            Column(lambda: self.tr("Decision"), self._decision_text),
            Column(lambda: self.tr("Explanation"), lambda h: h.explanation,
                   tooltip=lambda h: h.explanation),
        ], self)
        self.table = rows_view(self, self.model, "hitsTable", wrap=False, stretch=5)
        self.screen_button = button(self, "screenNow", self.screen)
        self.false_button = button(self, "hitFalsePositive",
                                   lambda: self.decide("false_positive"))
        self.confirm_button = button(self, "hitConfirmed", lambda: self.decide("confirmed"))
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        vbox(self.title, self.state, (self.table, 1),
             hbox(self.screen_button, STRETCH, self.false_button, self.confirm_button),
             parent=self, margins=0)

    def retranslate(self) -> None:
        set_texts([(self.title, self.tr("Sanctions screening")),
                   (self.screen_button, self.tr("Screen &now")),
                   (self.false_button, self.tr("False positive…")),
                   (self.confirm_button, self.tr("Confirm hit…"))])
        set_names([(self.screen_button, self.tr("Screen the mission's persons against the "
                                                "stored sanctions lists")),
                   (self.table, self.tr("Screening hits"))])

    def _decision_text(self, hit) -> str:
        if hit.decision is None:
            return self.tr("open")
        text = word(hit.decision)
        if hit.reason:
            text += f" — {hit.reason}"
        if hit.decided_by:
            text += f" ({hit.decided_by})"
        return text

    def show_data(self, d) -> None:
        self.model.set_rows(list(d.hits))
        fit_columns(self.table, 5)
        lists = ", ".join(f"{s} ({fmt.day(g.date() if hasattr(g, 'date') else g)})"
                          for s, g in d.lists) or self.tr("none stored")
        st = d.state
        if d.restricted:
            self.state.setText(self.tr("Lists: %1.").replace("%1", lists))
            self.state.setStyleSheet("")
            return
        if not st.screened:
            state = self.tr("Not screened yet.")
        else:
            state = self.tr("Screened on %1.").replace("%1", fmt.day(st.screened_at.date()))
            if st.stale:
                state += " " + self.tr("Out of date: %1").replace("%1", "; ".join(st.reasons))
        open_hits = sum(1 for h in d.hits if h.decision is None)
        state += " " + self.tr("Lists: %1.").replace("%1", lists)
        if st.screened and not d.hits:
            state += " " + self.tr("No one in the mission matches a listed name.")
        if open_hits:
            state += " " + self.tr("%1 hits wait for a decision.").replace("%1", str(open_hits))
        self.state.setText(state)
        self.state.setStyleSheet("color: #b3261e" if open_hits or st.stale else "")

    def update_buttons(self, *_args) -> None:
        hit = self.model.row_at(self.table.currentIndex())
        ok = hit is not None and self.tab.may("security")
        self.false_button.setEnabled(ok)
        self.confirm_button.setEnabled(ok)
        self.screen_button.setEnabled(self.handle is None
                                      and self.tab.may("security", "officer"))

    def screen(self):
        """Screen against the stored lists in the background, with progress and Cancel:
        a cancelled screening is rolled back, so nothing is stored."""
        tab, ref = self.tab, self.tab.ref

        def done(report):
            tab.tell(self.tr("Screened: %1 hits.").replace("%1", str(len(report.hits))))

        def cancelled(_stored):
            tab.tell(self.tr("Screening cancelled; nothing was stored."))

        def over():
            self.handle = None
            self.update_buttons()

        tab.tell(self.tr("Screening…"))
        self.handle = tab.run(job(security_app.screen_mission, ref, writes=True, refs={ref},
                                  title=self.tr("Screening %1").replace("%1", ref)),
                              done, cancelled=cancelled, panel=tab.progress)
        self.handle.ended.connect(over)
        self.update_buttons()
        return self.handle

    def decide(self, decision: str, reason: str | None = None):
        tab = self.tab
        hit = self.model.row_at(self.table.currentIndex())
        if hit is None:
            return None
        if reason is None:
            prompt = (self.tr("Why is this not the listed person (e.g. another birth date)?")
                      if decision == "false_positive" else
                      self.tr("Note on the confirmed hit (optional):"))
            reason, ok = QInputDialog.getText(self, word(decision), prompt)
            if not ok:
                return None
        if decision == "false_positive" and not reason.strip():
            tab.tell(self.tr("A false positive needs a reason."), problem=True)
            return None
        return tab.run(job(security_app.decide_hit, tab.ref, hit.id, decision, reason,
                           writes=True, refs={tab.ref}),
                       lambda _h: tab.tell(self.tr("Decision recorded.")))
