"""The logistics check's findings: run in the background, listed; a double-click goes to
the row of the section the finding is about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from almere_missions.app import logistics as lg
from ui.editor.logistics.common import kind_word, list_pane
from ui.editor.panel import TabPart, message_label, section_title
from ui.labels import label
from ui.tasks import JOBS, job
from ui.widgets import FINE, PROBLEM, button, show_message


class FindingsSection(TabPart, QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.handle = None
        self.problems: list = []
        self.checked = False
        self.title = section_title(self)
        self.state = message_label(self, "logisticsCheckState")
        self.list = QListWidget(self)
        self.list.setObjectName("logisticsFindings")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.check_button = button(self, "logisticsCheck", lambda: self.run_check())
        list_pane(self, self.title, self.state, self.list, buttons=(self.check_button,),
                  margins=False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Logistics check"))
        self.check_button.setText(self.tr("Check &again"))
        self.check_button.setAccessibleName(self.tr("Check rooms, rides, interpreters and "
                                                    "access again"))
        self.list.setAccessibleName(self.tr("Logistics check findings"))
        self.show_problems(self.problems)

    def update_buttons(self) -> None:
        self.check_button.setEnabled(self.handle is None and self.tab.readable())

    def run_check(self):
        """The check reads the whole season (a vehicle or driver may be booked by two
        missions), so it runs on the job process, with progress and Cancel."""
        tab = self.tab
        if self.handle is not None or not tab.readable():
            return self.handle

        def done(problems) -> None:
            self.checked = True
            self.show_problems(list(problems))

        def over() -> None:
            self.handle = None
            self.update_buttons()

        self.state.setText(self.tr("Checking…"))
        self.handle = tab.run(job(lg.check, tab.ref, lane=JOBS,
                                  title=self.tr("Checking the logistics of %1")
                                  .replace("%1", tab.ref)),
                              done, cancelled=lambda _s: self.state.setText(
                                  self.tr("Check cancelled.")), panel=tab.progress)
        self.handle.ended.connect(over)
        self.update_buttons()
        return self.handle

    def show_problems(self, problems) -> None:
        self.problems = list(problems)
        self.list.clear()
        for p in self.problems:
            icon = self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical if p.severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning)
            entry = QListWidgetItem(icon, f"{kind_word(p.kind)} ({label(p.severity)}): "
                                          f"{p.message}", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, p)
            entry.setToolTip(p.message)
        if not self.checked:
            self.state.setText("")
        elif self.problems:
            show_message(self.state, self.tr("%1 findings: double-click one to go to it.")
                         .replace("%1", str(len(self.problems))), PROBLEM)
        else:
            show_message(self.state, self.tr("No logistics problems found."), FINE)
        self.tab.interpreters.show_needed({ref for p in self.problems
                                           if p.kind == "interpreter_needed"
                                           for ref in p.items})

    def _activated(self, entry: QListWidgetItem) -> None:
        problem = entry.data(Qt.ItemDataRole.UserRole)
        if problem is not None:
            self.tab.goto(problem)
