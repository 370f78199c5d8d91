"""Logistics: rooms, transport, interpreters, the guests' needs and the invitations of a
visit, with the logistics check beside them.

One section widget per part (``rooms``, ``transport``, ``interpreters``, ``needs``,
``invitations``, ``findings``); the tab shows what ``app.logistics.logistics_panel`` read
with the mission, runs every edit as an undoable write through the application layer
(``commands.AppChange``), and holds the progress widget of its long jobs (the check on
the job process, sending mail in a process of its own).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.editor.commands import AppChange
from ui.editor.logistics.common import SECTION_OF
from ui.editor.logistics.findings import FindingsSection
from ui.editor.logistics.interpreters import InterpretersSection
from ui.editor.logistics.invitations import InvitationsSection
from ui.editor.logistics.needs import NeedsSection
from ui.editor.logistics.rooms import RoomsSection
from ui.editor.logistics.transport import TransportSection
from ui.editor.panel import PanelTab, message_label
from ui.progress import ProgressPanel
from ui.tasks import job
from ui.widgets import splitter, vbox

__all__ = ["LogisticsTab"]


class LogisticsTab(PanelTab):
    key = "logistics"

    def __init__(self, editor):
        super().__init__(editor)
        self.panel = None
        self._check_due = False
        self.progress = ProgressPanel(self, "logisticsProgress")
        self.restricted = message_label(self, "logisticsRestricted")
        self.rooms = RoomsSection(self)
        self.transport = TransportSection(self)
        self.interpreters = InterpretersSection(self)
        self.needs = NeedsSection(self)
        self.invitations = InvitationsSection(self)
        self.findings = FindingsSection(self)
        self.sections = QTabWidget(self)
        self.sections.setObjectName("logisticsSections")
        self.parts = [self.rooms, self.transport, self.interpreters, self.needs,
                      self.invitations]
        for part in self.parts:
            self.sections.addTab(part, "")
        split = splitter(self, self.sections, self.findings, stretch=(3, 1), sizes=(900, 340))
        self.body = QWidget(self)
        vbox(split, parent=self.body, margins=0)
        vbox(self.restricted, (self.body, 1), self.footer(self.progress), parent=self)
        self.restricted.hide()

    def title(self) -> str:
        return self.tr("Logistics")

    def retranslate(self) -> None:
        names = (self.tr("Rooms"), self.tr("Transport"), self.tr("Interpreters"),
                 self.tr("Needs"), self.tr("Invitations"))
        for n, name in enumerate(names):
            self.sections.setTabText(n, name)
        self.restricted.setText(self.tr("Rooms, rides, interpreters and invitations are "
                                        "internal planning: your role does not show them."))
        for part in self.parts + [self.findings, self.progress]:
            part.retranslate()
        if self.panel is not None:
            self.show_data(self.panel)

    # --- data --------------------------------------------------------------------------
    def show_data(self, panel) -> None:
        self.panel = panel
        self.restricted.setVisible(not panel.allowed)
        self.body.setVisible(panel.allowed)
        if not panel.allowed:
            return
        # personal data: the section is not there for the roles that may not read it
        self.sections.setTabVisible(self.parts.index(self.needs), panel.needs is not None)
        for part in self.parts:
            part.show_data(panel)
        self.findings.update_buttons()
        # the check reads the whole season: run it when the tab is seen, not for every
        # editor opened
        self._check_due = True
        if self.isVisible():
            self._check()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._check_due:
            self._check()

    def _check(self) -> None:
        self._check_due = False
        self.findings.run_check()

    def readable(self) -> bool:
        return self.panel is not None and self.panel.allowed

    def may_edit(self) -> bool:
        return self.readable() and self.may("officer")

    @property
    def tz(self) -> str:
        return self.editor.view.timezone

    def name_of(self, ref: str | None) -> str:
        if not ref:
            return ""
        for p in self.panel.people if self.panel else ():
            if p.ref == ref:
                return p.name or ref
        return ref

    def role_of(self, ref: str) -> str:
        return next((p.role for p in self.panel.people if p.ref == ref), "")

    def item_title(self, ref: str | None) -> str:
        for i in self.panel.items if self.panel else ():
            if i.ref == ref:
                return i.title
        return ref or ""

    def venue_name(self, ref: str) -> str:
        return dict(self.panel.venues).get(ref) or ref

    # --- edits -------------------------------------------------------------------------
    def write_job(self, fn, *args, **kwargs):
        """A small write through the application layer on the database lane; the editor
        reads the mission again when it went through."""
        return job(fn, *args, writes=True, refs={self.ref}, **kwargs)

    def change(self, text: str, forward, backward):
        """Write ``forward`` now; once it went through it can be undone (``backward``)
        and redone from the editor's undo stack."""
        def done(_result) -> None:
            self.editor.undo.push(AppChange(self._run_quietly, text, forward, backward))
            self.tell(text)

        return self.run(forward, done)

    def _run_quietly(self, j):
        return self.run(j)

    def goto(self, problem) -> None:
        """Show the section a finding is about, with its row selected."""
        key = SECTION_OF.get(problem.kind)
        part = next((p for p in self.parts if p.key == key), None)
        if part is None or not self.sections.isTabVisible(self.parts.index(part)):
            return
        self.sections.setCurrentWidget(part)
        part.select(persons=set(problem.persons), items=set(problem.items))
