"""Approval: the state, the chain with each step, the actions the current user may take,
what changed since approval, the decision history, and the approval file."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QListWidget, QPushButton

from almere_missions.app import approval as approval_app
from almere_missions.timeutil import utc_to_local
from ui import fmt
from ui.editor.panel import PanelTab, chip, section_title
from ui.models.rows import Column, RowsModel
from ui.progress import ProgressPanel
from ui.tasks import JOBS, job
from ui.widgets import (
    button,
    fill,
    fit_columns,
    hbox,
    rows_view,
    save_as,
    set_names,
    set_texts,
    vbox,
)

ACTION_WORDS = {
    "submit": QT_TRANSLATE_NOOP("ApprovalTab", "Submit for approval"),
    "approve": QT_TRANSLATE_NOOP("ApprovalTab", "Approve"),
    "reject": QT_TRANSLATE_NOOP("ApprovalTab", "Reject…"),
    "send_back": QT_TRANSLATE_NOOP("ApprovalTab", "Send back…"),
    "cancel": QT_TRANSLATE_NOOP("ApprovalTab", "Cancel mission…"),
    "complete": QT_TRANSLATE_NOOP("ApprovalTab", "Mark completed"),
}
HISTORY_WORDS = {
    "submit": QT_TRANSLATE_NOOP("ApprovalTab", "submitted"),
    "approve": QT_TRANSLATE_NOOP("ApprovalTab", "approved"),
    "reject": QT_TRANSLATE_NOOP("ApprovalTab", "rejected"),
    "send_back": QT_TRANSLATE_NOOP("ApprovalTab", "sent back"),
    "cancel": QT_TRANSLATE_NOOP("ApprovalTab", "cancelled"),
    "complete": QT_TRANSLATE_NOOP("ApprovalTab", "completed"),
    "pending": QT_TRANSLATE_NOOP("ApprovalTab", "pending"),
    "approved": QT_TRANSLATE_NOOP("ApprovalTab", "approved"),
    "rejected": QT_TRANSLATE_NOOP("ApprovalTab", "rejected"),
    "sent_back": QT_TRANSLATE_NOOP("ApprovalTab", "sent back"),
    "reapproval_needed": QT_TRANSLATE_NOOP("ApprovalTab", "needs approval again"),
    "draft": QT_TRANSLATE_NOOP("ApprovalTab", "draft"),
    "submitted": QT_TRANSLATE_NOOP("ApprovalTab", "submitted"),
    "cancelled": QT_TRANSLATE_NOOP("ApprovalTab", "cancelled"),
    "completed": QT_TRANSLATE_NOOP("ApprovalTab", "completed"),
}
ROLE_WORDS = {
    "officer": QT_TRANSLATE_NOOP("ApprovalTab", "officer"),
    "approver": QT_TRANSLATE_NOOP("ApprovalTab", "approver"),
    "mayor": QT_TRANSLATE_NOOP("ApprovalTab", "mayor"),
    "security": QT_TRANSLATE_NOOP("ApprovalTab", "security advisor"),
    "board": QT_TRANSLATE_NOOP("ApprovalTab", "management board"),
}
ALMERE = "Europe/Amsterdam"
#: actions that need a comment (the core refuses them without)
NEEDS_COMMENT = ("reject", "send_back", "cancel")
STATE_CHIP = {"approved": "green", "submitted": "yellow", "reapproval_needed": "orange",
              "sent_back": "orange", "rejected": "red", "cancelled": "none", "draft": "none",
              "completed": "green"}


def _w(key: str | None) -> str:
    if key is None:
        return ""
    return QCoreApplication.translate("ApprovalTab", HISTORY_WORDS.get(key, key))


class ApprovalTab(PanelTab):
    key = "approval"

    def __init__(self, editor):
        super().__init__(editor)
        self.state_title = section_title(self)
        self.state_chip = chip(self, None, "")
        self.state_chip.setObjectName("approvalState")
        self.round = QLabel(self)
        self.chain_title = section_title(self)
        self.chain_model = RowsModel([
            Column(lambda: self.tr("Step"), lambda s: fmt.text(s.label)),
            Column(lambda: self.tr("Role"), lambda s: QCoreApplication.translate(
                "ApprovalTab", ROLE_WORDS.get(s.role, s.role))),
            Column(lambda: self.tr("State"), lambda s: _w(s.state)),
            Column(lambda: self.tr("By"), lambda s: self._who(s.by, s.on_behalf_of)),
            Column(lambda: self.tr("At"), lambda s: self._when(s.at)),
            Column(lambda: self.tr("Why this step"), lambda s: s.reason or "",
                   tooltip=lambda s: s.comment),
        ], self)
        self.chain = rows_view(self, self.chain_model, "approvalChain", single=False, stretch=5)
        self.actions_title = section_title(self)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for action in approval_app.ACTIONS:
            b = QPushButton(self)
            b.setObjectName(f"action_{action}")
            b.clicked.connect(lambda _c=False, a=action: self.act(a))
            self.buttons[action] = b
            bar.addWidget(b)
        bar.addStretch(1)
        self.progress = ProgressPanel(self, "approvalProgress")
        self.file_button = button(self, "approvalFile", self.save_file)
        self.print_button = button(self, "printApprovalFile", self.print_file)
        fill(bar, self.file_button, self.print_button)
        self.why_not = QLabel(self)
        self.why_not.setObjectName("approvalWhyNot")
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet("color: #555")
        self.changes_title = section_title(self)
        self.changes = QListWidget(self)
        self.changes.setObjectName("changesSinceApproval")
        self.history_title = section_title(self)
        self.history_model = RowsModel([
            Column(lambda: self.tr("When"), lambda h: self._when(h.at)),
            Column(lambda: self.tr("Who"), lambda h: self._who(h.by, h.on_behalf_of)),
            Column(lambda: self.tr("Did"), lambda h: _w(h.action)),
            Column(lambda: self.tr("State"), lambda h: f"{_w(h.from_state)} → {_w(h.to_state)}"),
            Column(lambda: self.tr("Comment"), lambda h: h.comment or "",
                   tooltip=lambda h: h.comment),
        ], self)
        self.history = rows_view(self, self.history_model, "approvalHistory", single=False,
                                 stretch=4, whole_rows=False)

        vbox(hbox(self.state_title, self.state_chip, (self.round, 1)),
             self.chain_title, (self.chain, 2), self.actions_title, bar, self.why_not,
             self.footer(self.progress), self.changes_title, (self.changes, 1),
             self.history_title, (self.history, 2), parent=self)

    def _who(self, by: str | None, on_behalf_of: str | None) -> str:
        if on_behalf_of:
            return self.tr("%1 for %2").replace("%1", by or "").replace("%2", on_behalf_of)
        return by or ""

    def _when(self, at) -> str:
        if at is None:
            return ""
        # decisions are taken in Almere: shown in its time, whatever the machine's zone
        return fmt.clock_zone(at, ALMERE) + " · " + fmt.day(utc_to_local(at, ALMERE).date())

    def title(self) -> str:
        return self.tr("Approval")

    def retranslate(self) -> None:
        set_texts([(self.state_title, self.tr("State:")),
                   (self.chain_title, self.tr("Approval chain")),
                   (self.actions_title, self.tr("What you can do")),
                   (self.file_button, self.tr("Approval &file (PDF)…")),
                   (self.print_button, self.tr("&Print approval file…")),
                   (self.changes_title, self.tr("Changed since approval")),
                   (self.history_title, self.tr("Decision history"))])
        for action, b in self.buttons.items():
            b.setText(QCoreApplication.translate("ApprovalTab", ACTION_WORDS[action]))
        set_names([(self.file_button, self.tr("Save the approval file as PDF")),
                   (self.chain, self.tr("Approval chain")),
                   (self.history, self.tr("Decision history")),
                   (self.changes, self.tr("Changes since approval"))])
        if self.data is not None:
            self.show_data(self.data)

    def show_data(self, d) -> None:
        st = d.status
        from ui.editor.panel import CHIP_COLOURS

        bg, fg = CHIP_COLOURS[STATE_CHIP.get(st.state, "none")]
        self.state_chip.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; "
                                      "border-radius: 8px; padding: 2px 8px; }")
        self.state_chip.setText(_w(st.state))
        self.state_chip.setAccessibleName(_w(st.state))
        bits = []
        if st.round:
            bits.append(self.tr("round %1").replace("%1", str(st.round)))
        if st.submitted_by:
            bits.append(self.tr("submitted by %1").replace("%1", st.submitted_by))
        if st.framework:
            bits.append(self.tr("framework %1").replace("%1", st.framework))
        self.round.setText(" · ".join(bits))
        self.chain_model.set_rows(list(st.steps))
        fit_columns(self.chain, 5)
        for action, b in self.buttons.items():
            allowed = action in d.actions
            b.setEnabled(allowed)
            b.setToolTip(d.refusals.get(action) or "")
            # only the actions that could matter to this person are shown
            b.setVisible(allowed or action in ("submit", "approve"))
        why = [f"{QCoreApplication.translate('ApprovalTab', ACTION_WORDS[a]).rstrip('…')}: "
               f"{d.refusals[a]}" for a in ("submit", "approve")
               if a in d.refusals and d.refusals[a]]
        self.why_not.setText("\n".join(why))
        self.why_not.setVisible(bool(why))
        self.changes.clear()
        for c in st.changes_since_approval:
            self.changes.addItem(c.message)
        show = st.state == "reapproval_needed" or bool(st.changes_since_approval)
        self.changes.setVisible(show)
        self.changes_title.setVisible(show)
        self.history_model.set_rows(list(st.history))
        fit_columns(self.history, 4)

    def act(self, action: str, comment: str | None = None) -> None:
        """Take a workflow action; a refusal comes back in plain words below the buttons."""
        if self.editor.is_dirty():
            self.tell(self.tr("Save your changes first: the approval is bound to what is "
                              "stored."), problem=True)
            return
        if comment is None and action in NEEDS_COMMENT + ("submit", "approve"):
            required = action in NEEDS_COMMENT
            prompt = (self.tr("Comment (required):") if required
                      else self.tr("Comment (optional):"))
            comment, ok = QInputDialog.getMultiLineText(
                self, QCoreApplication.translate("ApprovalTab", ACTION_WORDS[action]), prompt)
            if not ok:
                return
            if required and not comment.strip():
                self.tell(self.tr("This needs a comment that says why."), problem=True)
                return
        ref = self.ref
        seen = self.data.status.content_hash if self.data is not None else None
        fn, args, kwargs = {
            "submit": (approval_app.submit, (comment,), {}),
            "approve": (approval_app.approve, (comment,), {"expected_hash": seen}),
            "reject": (approval_app.reject, (comment,), {}),
            "send_back": (approval_app.send_back, (comment,), {}),
            "cancel": (approval_app.cancel, (comment,), {}),
            "complete": (approval_app.complete, (), {}),
        }[action]
        self.tell(self.tr("Working…"))
        self.run(job(fn, ref, *args, writes=True, refs={ref},
                     title=QCoreApplication.translate("ApprovalTab", ACTION_WORDS[action]),
                     **kwargs),
                 lambda st: self.tell(self.tr("Done: the mission is now %1.")
                                      .replace("%1", _w(st.state))))

    def save_file(self) -> None:
        save_as(self, self.tr("Save the approval file"), f"approval-file-{self.ref}.pdf",
                self.tr("PDF files (*.pdf)"), self.render_file)

    def render_file(self, path: Path, on_done=None):
        """Lay the approval file out in the job process (reportlab holds the interpreter
        lock for long stretches: never on the UI thread's side). It is written beside
        the file and put in place only when it went through."""
        from ui import outputjobs

        part = path.with_name(f".{path.name}.part")

        def done(pages):
            os.replace(part, path)
            self.tell(self.tr("Approval file saved to %1 (%2 pages).")
                      .replace("%1", str(path)).replace("%2", str(pages)))
            if on_done is not None:
                on_done(pages)

        return self._file_job(
            job(outputjobs.document_job, "approval_file", self.ref, str(part),
                fmt.document_lang(), "internal", lane=JOBS,
                title=self.tr("Making the approval file…")),
            done, self.file_button, discard=lambda: part.unlink(missing_ok=True))

    def print_file(self):
        """Print the approval file: laid out and rasterised in the job process."""
        from ui import outputjobs, pdfpages

        printer = pdfpages.ask_printer(self)
        if printer is None:
            return None

        def done(pages):
            pdfpages.paint(printer, pages)
            self.tell(self.tr("Approval file sent to the printer."))

        return self._file_job(
            job(outputjobs.pages_job, "approval_file", self.ref, fmt.document_lang(),
                "internal", min(300, printer.resolution()), lane=JOBS,
                title=self.tr("Making the approval file…")),
            done, self.print_button)

    def _file_job(self, j, done, button, discard=None):
        def cancelled(_stored):
            if discard is not None:
                discard()
            self.tell(self.tr("Cancelled; nothing was written."))

        def failed(exc):
            if discard is not None:
                discard()
            self.fail(exc)

        button.setEnabled(False)
        self.tell(j.title)
        handle = self.run(j, done, failed=failed, cancelled=cancelled, panel=self.progress)
        handle.ended.connect(lambda: button.setEnabled(True))
        return handle
