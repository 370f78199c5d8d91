"""One programme item: what, when (in the place's own time and zone), where, who."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTimeEdit,
)

from almere_missions import codes
from almere_missions.timeutil import TimeProblem, local_to_utc, utc_to_local
from ui import fmt
from ui.editor.overview import join_text, text_parts
from ui.forms import (
    checked_codes,
    code_box,
    column,
    date_edit,
    dialog_buttons,
    fill_checks,
    label_texts,
    labelled_rows,
    line_edits,
    message_line,
)
from ui.zones import is_zone, zone_box


class ItemDialog(QDialog):
    """Fill in an item; ``value()`` is the ``ItemInput`` the planning use cases take."""

    def __init__(self, editor, item, day, parent=None):
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self.editor, self.item = editor, item
        self.title_nl, self.title_en = line_edits(self, 2)
        self.kind = code_box(self, codes.ITEM_KINDS)
        self.day = date_edit(self)
        self.start = QTimeEdit(self)
        self.end = QTimeEdit(self)
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        self.all_day = QCheckBox(self)
        self.venue = QComboBox(self)
        self.to_venue = QComboBox(self)
        for box in (self.venue, self.to_venue):
            box.addItem("—", None)
            for v in sorted(editor.venues.values(), key=lambda v: fmt.text(v.name).casefold()):
                box.addItem(f"{fmt.text(v.name)} ({v.city or v.country})", v.ref)
        self.timezone = zone_box(self)
        self.end_timezone = zone_box(self, blank=True)  # blank: it ends in its own zone
        self.status = code_box(self, codes.ITEM_STATUSES)
        self.public = QCheckBox(self)
        self.everyone = QCheckBox(self)
        self.persons = QListWidget(self)
        self.persons.setMaximumHeight(120)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)
        self.message = message_line(self, error=True)
        times = QHBoxLayout()
        for w in (self.day, self.start, QLabel("–", self), self.end, self.all_day):
            times.addWidget(w)
        times.addStretch(1)
        form = QFormLayout()
        self.labels = labelled_rows(form, self, [
            self.title_nl, self.title_en, self.kind, (times, self.day), self.timezone,
            self.end_timezone, self.venue, self.to_venue, self.status, self.public,
            self.everyone, self.persons, self.notes])
        column(self, form, self.message, dialog_buttons(self, self._accept))
        self.venue.currentIndexChanged.connect(self._venue_zone)
        self.everyone.toggled.connect(lambda on: self.persons.setEnabled(not on))
        self.all_day.toggled.connect(lambda on: (self.start.setEnabled(not on),
                                                 self.end.setEnabled(not on)))
        self.retranslate()
        self._fill(item, day)
        self.resize(620, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Programme item"))
        texts = [self.tr("Title (&Dutch)"), self.tr("Title (&English)"), self.tr("&Kind"),
                 self.tr("&When (local time)"), self.tr("Time &zone"),
                 self.tr("Arrives in zone"), self.tr("&Venue"), self.tr("&To (travel)"),
                 self.tr("&Status"), self.tr("Guests"), self.tr("Who"), self.tr("Persons"),
                 self.tr("Internal &notes")]
        label_texts(self.labels, texts)
        self.start.setAccessibleName(self.tr("Start time"))
        self.end.setAccessibleName(self.tr("End time"))
        self.all_day.setText(self.tr("all day"))
        self.public.setText(self.tr("shown in the guests' programme and calendar"))
        self.everyone.setText(self.tr("everyone in the mission"))

    def _fill(self, it, day) -> None:
        ed = self.editor
        mission_persons = ed.view.person_refs() if ed.view else ()
        chosen = set(it.participants or ()) if it else set()
        fill_checks(self.persons, [(ref, p.display_name if (p := ed.persons.get(ref)) else ref)
                                   for ref in mission_persons], chosen)
        self.everyone.setChecked(it is None or it.participants is None)
        self.persons.setEnabled(not self.everyone.isChecked())
        self.public.setChecked(it.public if it else True)
        if it is None:
            self.day.setDate(QDate(day))
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(10, 0))
            self.timezone.setCurrentText(ed.view.timezone)
            self.status.setCurrentIndex(self.status.findData("tentative"))
            return
        nl, en = text_parts(it.title)
        self.title_nl.setText(nl)
        self.title_en.setText(en)
        self.kind.setCurrentIndex(max(self.kind.findData(it.kind), 0))
        start = utc_to_local(it.start, it.timezone)
        end = utc_to_local(it.end, it.arrival_timezone)
        self.day.setDate(QDate(start.date()))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self.all_day.setChecked(it.all_day)
        self.venue.setCurrentIndex(max(self.venue.findData(it.venue), 0))
        self.to_venue.setCurrentIndex(max(self.to_venue.findData(it.to_venue), 0))
        self.timezone.setCurrentText(it.timezone)
        self.end_timezone.setCurrentText(it.end_timezone or "")
        self.status.setCurrentIndex(max(self.status.findData(it.status), 0))
        self.notes.setPlainText(it.notes or "")

    def _venue_zone(self) -> None:
        v = self.editor.venues.get(self.venue.currentData())
        if v is not None:
            self.timezone.setCurrentText(v.timezone)

    def value(self):
        from almere_missions.app.planning import ItemInput

        tz = self.timezone.currentText().strip()
        end_tz = self.end_timezone.currentText().strip() or None
        day = self.day.date().toPython()
        if self.all_day.isChecked():
            start_wall = datetime.combine(day, time(0))
            end_wall = start_wall + timedelta(days=1)
        else:
            start_wall = datetime.combine(day, self.start.time().toPython())
            end_wall = datetime.combine(day, self.end.time().toPython())
            if end_wall <= start_wall:  # ends after midnight (a night flight)
                end_wall += timedelta(days=1)
        start = local_to_utc(start_wall, tz)
        end = local_to_utc(end_wall, end_tz or tz)
        persons = None
        if not self.everyone.isChecked():
            persons = tuple(checked_codes(self.persons))
        title = join_text(self.title_nl.text(), self.title_en.text(),
                          self.item.title if self.item else None) or ""
        return ItemInput(
            kind=self.kind.currentData(), title=title, start=start, end=end,
            ref=self.item.ref if self.item else None, timezone=tz, end_timezone=end_tz,
            all_day=self.all_day.isChecked(),
            description=self.item.description if self.item else None,
            venue=self.venue.currentData(), to_venue=self.to_venue.currentData(),
            status=self.status.currentData(), public=self.public.isChecked(),
            notes=self.notes.toPlainText().strip() or None, participants=persons)

    def _accept(self) -> None:
        if not (self.title_nl.text().strip() or self.title_en.text().strip()):
            self.message.setText(self.tr("An item needs a title."))
            return
        if not is_zone(self.timezone.currentText().strip()):
            self.message.setText(self.tr("Choose a time zone from the list."))
            return
        try:
            self.value()
        except TimeProblem as exc:
            self.message.setText(str(exc))
            return
        self.accept()
