"""Persons: find, create and change the people of missions (guests, hosts, staff)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from almere_missions.app import missions as missions_app
from ui.context import AppContext
from ui.editor.overview import split_list
from ui.forms import RecordsDialog, date_edit, label_texts, labelled_rows, line_edits
from ui.models.rows import Column, RowsModel
from ui.tasks import job


def person_columns() -> list[Column]:
    return [
        Column(lambda: QCoreApplication.translate("PersonColumns", "Name"), lambda p: p.name),
        Column(lambda: QCoreApplication.translate("PersonColumns", "Latin form"), lambda p: p.latin_name or ""),
        Column(lambda: QCoreApplication.translate("PersonColumns", "Organisation"), lambda p: p.organisation or ""),
        Column(lambda: QCoreApplication.translate("PersonColumns", "Function"), lambda p: p.function or ""),
        Column(lambda: QCoreApplication.translate("PersonColumns", "Nationality"), lambda p: ", ".join(p.nationality)),
    ]


class PersonForm(QWidget):
    """The fields of one person; ``value()`` gives a ``PersonInput``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        (self.name, self.latin, self.organisation, self.function, self.nationality,
         self.languages) = line_edits(self, 6)
        self.birth_known = QCheckBox(self)
        self.birth = date_edit(self)
        self.birth.setEnabled(False)
        self.birth_known.toggled.connect(self.birth.setEnabled)
        self.email, self.phone, self.dietary, self.accessibility = line_edits(self, 4)
        self.staff = QCheckBox(self)
        birth = QHBoxLayout()
        birth.addWidget(self.birth_known)
        birth.addWidget(self.birth, 1)
        self.fields = [self.name, self.latin, self.organisation, self.function,
                       self.nationality, self.languages, birth, self.email, self.phone,
                       self.dietary, self.accessibility, self.staff]
        self.labels = labelled_rows(QFormLayout(self), self, [
            (f, self.birth_known) if f is birth else f for f in self.fields])
        self.ref: str | None = None
        self.version: int | None = None
        self.retranslate()

    def retranslate(self) -> None:
        texts = [self.tr("&Name (own script)"), self.tr("&Latin form"),
                 self.tr("&Organisation"), self.tr("&Function"), self.tr("Nationalit&y"),
                 self.tr("Lan&guages"), self.tr("&Birth date"), self.tr("&E-mail"),
                 self.tr("&Phone"), self.tr("&Dietary needs"), self.tr("&Accessibility"),
                 self.tr("Municipal &staff")]
        label_texts(self.labels, texts)
        self.nationality.setPlaceholderText(self.tr("Country codes, e.g. TW"))
        self.languages.setPlaceholderText(self.tr("Language tags, e.g. zh-Hant, en"))
        self.birth_known.setText(self.tr("known"))
        self.birth.setAccessibleName(self.tr("Birth date"))
        self.staff.setText(self.tr("works for the municipality"))

    def show_person(self, p) -> None:
        self.ref = p.ref if p else None
        self.version = p.version if p else None
        self.name.setText(p.name if p else "")
        self.latin.setText(p.latin_name or "" if p else "")
        self.organisation.setText(p.organisation or "" if p else "")
        self.function.setText(p.function or "" if p else "")
        self.nationality.setText(", ".join(p.nationality) if p else "")
        self.languages.setText(", ".join(p.languages) if p else "")
        self.birth_known.setChecked(bool(p and p.birth_date))
        if p and p.birth_date:
            self.birth.setDate(QDate(p.birth_date))
        self.email.setText(p.email or "" if p else "")
        self.phone.setText(p.phone or "" if p else "")
        self.dietary.setText(p.dietary or "" if p else "")
        self.accessibility.setText(p.accessibility or "" if p else "")
        self.staff.setChecked(bool(p and p.staff))

    def value(self) -> missions_app.PersonInput:
        return missions_app.PersonInput(
            ref=self.ref, name=self.name.text(), latin_name=self.latin.text(),
            organisation=self.organisation.text(), function=self.function.text(),
            nationality=split_list(self.nationality.text(), upper=True),
            languages=split_list(self.languages.text()),
            birth_date=self.birth.date().toPython() if self.birth_known.isChecked() else None,
            email=self.email.text(), phone=self.phone.text(), dietary=self.dietary.text(),
            accessibility=self.accessibility.text(), staff=self.staff.isChecked())


class PersonsDialog(RecordsDialog):
    """Search the persons; edit one and save; in pick mode, return the chosen one."""

    def __init__(self, ctx: AppContext, parent=None, pick: bool = False):
        super().__init__(parent)
        self.setObjectName("personsDialog")
        self.ctx, self.pick = ctx, pick
        self.chosen = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._records(RowsModel(person_columns(), self))
        self.form = PersonForm(self)
        self._form_buttons("personsMessage")
        self.buttons = QDialogButtonBox(self)
        if pick:
            self.ok = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
            self.ok.setEnabled(False)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.table, 1)
        self._place(left, self.form, [560, 440], self.buttons, margins=False)
        self.resize(1100, 620)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.table.doubleClicked.connect(lambda _i: self._accept() if pick else None)
        self.new_button.clicked.connect(self.new_person)
        self.save_button.clicked.connect(self.save)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.form.name)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose a person") if self.pick else self.tr("Persons"))
        self.search.setPlaceholderText(self.tr("Find by name, Latin form, organisation…"))
        self.search.setAccessibleName(self.tr("Find persons"))
        self.table.setAccessibleName(self.tr("Persons"))
        self.new_button.setText(self.tr("&New person"))
        self.save_button.setText(self.tr("Save person"))

    def reload(self, select_ref: str | None = None) -> None:
        text = self.search.text().strip()
        self.ctx.run(job(missions_app.search_persons, text, 500),
                     lambda rows: self._show_rows(rows, select_ref), parent=self)

    def _current(self, current, _previous) -> None:
        p = self.model.row_at(current)
        if p is not None:
            self.form.show_person(p)
            self.message.clear()
        if self.pick:
            self.ok.setEnabled(p is not None)

    def new_person(self) -> None:
        self.table.clearSelection()
        self.form.show_person(None)
        self.form.name.setFocus()

    def save(self) -> None:
        data, version = self.form.value(), self.form.version

        def done(view):
            self.message.setText(self.tr("Saved."))
            self.form.show_person(view)
            self.reload(view.ref)
            if self.pick:
                self.chosen = view
                self.ok.setEnabled(True)

        self._save(missions_app.save_person, data, version, done)

    def _accept(self) -> None:
        p = self.model.row_at(self.table.currentIndex())
        if p is not None:
            self.chosen = p
        if self.pick and self.chosen is None:
            return
        self.accept()


