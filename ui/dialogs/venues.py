"""Venues: the places of the programmes, each with its country and time zone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
)

from almere_missions.app import missions as missions_app
from ui import fmt
from ui.context import AppContext
from ui.editor.overview import join_text, text_parts
from ui.forms import RecordsDialog, dialog_buttons, label_texts, labelled_rows, line_edits
from ui.models.rows import Column, RowsModel
from ui.tasks import job
from ui.zones import zone_box


class VenuesDialog(RecordsDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("venuesDialog")
        self.ctx = ctx
        self.current = None
        self._records(RowsModel([
            Column(lambda: self.tr("Name"), lambda v: fmt.text(v.name)),
            Column(lambda: self.tr("City"), lambda v: v.city or ""),
            Column(lambda: self.tr("Country"), lambda v: fmt.country(v.country)),
            Column(lambda: self.tr("Time zone"), lambda v: v.timezone),
            Column(lambda: self.tr("Capacity"), lambda v: v.capacity if v.capacity is not None
                   else "", align_right=True),
        ], self))
        self.name_nl, self.name_en, self.address, self.city, self.country = line_edits(self, 5)
        self.country.setMaxLength(2)
        self.timezone = zone_box(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText("—")
        self.lat = QDoubleSpinBox(self)
        self.lon = QDoubleSpinBox(self)
        for box, lim in ((self.lat, 90), (self.lon, 180)):
            box.setRange(-lim - 1, lim)
            box.setDecimals(5)
            box.setSpecialValueText("—")
            box.setValue(box.minimum())
        self.exclusive = QCheckBox(self)
        self.fields = [self.name_nl, self.name_en, self.address, self.city, self.country,
                       self.timezone, self.capacity, self.lat, self.lon, self.exclusive]
        form = QFormLayout()
        self.labels = labelled_rows(form, self, self.fields)
        self._form_buttons()
        self._place(self.table, form, [600, 400],
                    lambda: dialog_buttons(self, None, QDialogButtonBox.StandardButton.Close))
        self.resize(1100, 560)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_venue(self.model.row_at(cur)))
        self.new_button.clicked.connect(lambda: self.show_venue(None))
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.show_venue(None)
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Venues"))
        texts = [self.tr("Name (&Dutch)"), self.tr("Name (&English)"), self.tr("&Address"),
                 self.tr("&City"), self.tr("C&ountry code"), self.tr("&Time zone"),
                 self.tr("Ca&pacity"), self.tr("Latitude"), self.tr("Longitude"),
                 self.tr("One party at a time")]
        label_texts(self.labels, texts)
        self.table.setAccessibleName(self.tr("Venues"))
        self.new_button.setText(self.tr("&New venue"))
        self.save_button.setText(self.tr("Save venue"))

    def reload(self, select: str | None = None) -> None:
        self.ctx.run(job(missions_app.list_venues), lambda rows: self._show_rows(rows, select),
                     parent=self)

    def show_venue(self, v) -> None:
        self.current = v
        nl, en = text_parts(v.name if v else None)
        self.name_nl.setText(nl)
        self.name_en.setText(en)
        self.address.setText(v.address or "" if v else "")
        self.city.setText(v.city or "" if v else "")
        self.country.setText(v.country if v else "NL")
        self.timezone.setCurrentText(v.timezone if v else "Europe/Amsterdam")
        self.capacity.setValue(v.capacity or 0 if v else 0)
        self.lat.setValue(v.lat if v and v.lat is not None else self.lat.minimum())
        self.lon.setValue(v.lon if v and v.lon is not None else self.lon.minimum())
        self.exclusive.setChecked(bool(v and v.exclusive))
        self.message.clear()

    def save(self) -> None:
        v = self.current
        data = missions_app.VenueInput(
            ref=v.ref if v else None,
            name=join_text(self.name_nl.text(), self.name_en.text(), v.name if v else None) or "",
            address=self.address.text(), city=self.city.text(),
            country=self.country.text().strip().upper(),
            timezone=self.timezone.currentText().strip(),
            capacity=self.capacity.value() or None,
            lat=None if self.lat.value() == self.lat.minimum() else self.lat.value(),
            lon=None if self.lon.value() == self.lon.minimum() else self.lon.value(),
            exclusive=self.exclusive.isChecked())
        version = v.version if v else None

        def done(view):
            self.show_venue(view)
            self.message.setText(self.tr("Saved."))
            self.reload(view.ref)

        self._save(missions_app.save_venue, data, version, done)
