"""Register a new mission: the few facts needed to start, the rest in the editor."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from almere_missions import codes
from almere_missions.app import missions as missions_app
from ui import crash
from ui.editor.overview import join_text, split_list
from ui.forms import (
    code_box,
    column,
    date_edit,
    dialog_buttons,
    label_texts,
    labelled_rows,
    line_edits,
    message_line,
)
from ui.tasks import job


class NewMissionDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("newMissionDialog")
        self.ctx = ctx
        self.created = None
        self.direction = code_box(self, codes.DIRECTIONS)
        self.title_nl, self.title_en = line_edits(self, 2)
        self.start, self.end = date_edit(self), date_edit(self)
        today = QDate.currentDate()
        for d in (self.start, self.end):
            d.setDate(today)
        self.start.dateChanged.connect(
            lambda d: self.end.setDate(d) if self.end.date() < d else None)
        self.countries = QLineEdit(self)
        self.timezone = QLineEdit("Europe/Amsterdam", self)
        self.counterpart = QLineEdit(self)
        self.message = message_line(self, error=True)
        self.fields = [self.direction, self.title_nl, self.title_en, self.start, self.end,
                       self.countries, self.timezone, self.counterpart]
        form = QFormLayout()
        self.labels = labelled_rows(form, self, self.fields)
        buttons = dialog_buttons(self, self.create)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        column(self, form, self.message, buttons)
        self.direction.currentIndexChanged.connect(self._direction)
        self.retranslate()
        self.resize(520, 360)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New mission"))
        texts = [self.tr("&Direction"), self.tr("Title (&Dutch)"), self.tr("Title (&English)"),
                 self.tr("&First day"), self.tr("&Last day"), self.tr("&Countries"),
                 self.tr("&Time zone"), self.tr("Counter&part")]
        label_texts(self.labels, texts)
        self.countries.setPlaceholderText(self.tr("Country codes, e.g. TW, NL"))
        self.ok.setText(self.tr("Create"))

    def _direction(self) -> None:
        if self.direction.currentData() == "incoming":
            self.timezone.setText("Europe/Amsterdam")

    def value(self) -> missions_app.MissionInput:
        title = join_text(self.title_nl.text(), self.title_en.text(), None) or ""
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return missions_app.MissionInput(
            direction=self.direction.currentData(), title=title, start=start,
            end=max(end, start), countries=split_list(self.countries.text(), upper=True),
            timezone=self.timezone.text().strip(), counterpart=self.counterpart.text())

    def create(self) -> None:
        data = self.value()
        self.ok.setEnabled(False)

        def done(view):
            self.created = view
            self.accept()

        def failed(exc):
            self.ok.setEnabled(True)
            crash.say_or_handle(exc, self.message, self)

        self.ctx.run(job(missions_app.create_mission, data, writes=True), done, failed=failed,
                     parent=self)


