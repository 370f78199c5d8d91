"""Overview: the mission's own fields."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from almere_missions import codes
from almere_missions.text import Text
from ui import fmt
from ui.forms import checked_codes, date_edit, fill_checks, label_texts, labelled_rows, line_edits
from ui.labels import label
from ui.zones import is_zone, zone_box


def text_parts(value: Text | None) -> tuple[str, str]:
    """(Dutch, English) of a text; a plain string shows in both."""
    if value is None:
        return "", ""
    if isinstance(value, str):
        return value, value
    return value.get("nl", ""), value.get("en", "")


def join_text(nl: str, en: str, original: Text | None) -> Text | None:
    """Back to a text: a plain string stays plain while both fields hold it unchanged."""
    nl, en = nl.strip(), en.strip()
    if isinstance(original, str) and nl == en == original:
        return original
    if nl == en and not isinstance(original, dict):
        return nl or None
    out = dict(original) if isinstance(original, dict) else {}
    out.pop("nl", None)
    out.pop("en", None)
    if nl:
        out["nl"] = nl
    if en:
        out["en"] = en
    return out or None


def split_list(text: str, upper: bool = False) -> tuple[str, ...]:
    values = [v.strip() for v in text.replace(";", ",").split(",") if v.strip()]
    return tuple(v.upper() if upper else v for v in values)


class OverviewTab(QWidget):
    key = "overview"
    keys = {"title", "purpose", "start", "end", "timezone", "countries", "cities",
            "counterpart", "themes", "goals", "lead_department"}

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.ref = QLabel(self)
        self.direction = QLabel(self)
        self.title_nl, self.title_en = line_edits(self, 2)
        self.start, self.end = date_edit(self), date_edit(self)
        self.timezone = zone_box(self)
        self.countries = QLineEdit(self)
        self.country_names = QLabel(self)
        self.cities, self.counterpart, self.lead = line_edits(self, 3)
        self.themes = QListWidget(self)
        self.goals = QListWidget(self)
        for lw in (self.themes, self.goals):
            lw.setMaximumHeight(150)
        self.purpose_nl = QPlainTextEdit(self)
        self.purpose_en = QPlainTextEdit(self)
        for pe in (self.purpose_nl, self.purpose_en):
            pe.setTabChangesFocus(True)
            pe.setMaximumHeight(90)

        form = QFormLayout(self)
        self.form = form
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        self.to_label = QLabel(self)
        dates.addWidget(self.to_label)
        dates.addWidget(self.end)
        dates.addStretch(1)
        countries = QHBoxLayout()
        countries.addWidget(self.countries, 1)
        countries.addWidget(self.country_names, 2)
        lists = QHBoxLayout()
        lists.addWidget(self.themes)
        lists.addWidget(self.goals)
        self.labels = labelled_rows(form, self, [
            self.ref, self.direction, self.title_nl, self.title_en, (dates, self.start),
            self.timezone, (countries, self.countries), self.cities, self.counterpart,
            self.lead, (lists, self.themes), self.purpose_nl, self.purpose_en])

        self.title_nl.editingFinished.connect(self._title)
        self.title_en.editingFinished.connect(self._title)
        self.start.editingFinished.connect(self._dates)
        self.end.editingFinished.connect(self._dates)
        self.timezone.activated.connect(self._zone)
        self.timezone.lineEdit().editingFinished.connect(self._zone)
        self.countries.editingFinished.connect(self._countries)
        self.cities.editingFinished.connect(
            lambda: self._put("cities", split_list(self.cities.text()), self.tr("Change cities")))
        self.counterpart.editingFinished.connect(
            lambda: self._put("counterpart", self.counterpart.text().strip() or None,
                              self.tr("Change counterpart")))
        self.lead.editingFinished.connect(
            lambda: self._put("lead_department", self.lead.text().strip() or None,
                              self.tr("Change lead department")))
        self.themes.itemChanged.connect(lambda _i: self._checked(self.themes, "themes"))
        self.goals.itemChanged.connect(lambda _i: self._checked(self.goals, "goals"))
        self.purpose_nl.textChanged.connect(self._purpose)
        self.purpose_en.textChanged.connect(self._purpose)
        self._filling = False

    def title(self) -> str:
        return self.tr("Overview")

    def retranslate(self) -> None:
        texts = [self.tr("Ref"), self.tr("Direction"), self.tr("Title (Dutch)"),
                 self.tr("Title (English)"), self.tr("&Dates"), self.tr("Time &zone"),
                 self.tr("&Countries"), self.tr("C&ities"), self.tr("Counter&part"),
                 self.tr("&Lead department"), self.tr("Themes and goals"),
                 self.tr("Purpose (Dutch)"), self.tr("Purpose (English)")]
        label_texts(self.labels, texts)
        self.to_label.setText(self.tr("to"))
        self.end.setAccessibleName(self.tr("Last day"))
        self.start.setAccessibleName(self.tr("First day"))
        self.countries.setPlaceholderText(self.tr("Country codes, e.g. TW, NL"))
        self.cities.setPlaceholderText(self.tr("Separated by commas"))
        self.themes.setAccessibleName(self.tr("Themes"))
        self.goals.setAccessibleName(self.tr("Goals"))

    # --- showing ------------------------------------------------------------------
    def refresh(self) -> None:
        ed = self.editor
        d, v = ed.draft, ed.view
        if d is None:
            return
        self._filling = True
        try:
            self.ref.setText(v.ref)
            self.direction.setText(f"{label(v.direction)} · {label(v.status)}")
            nl, en = text_parts(d.title)
            _set(self.title_nl, nl)
            _set(self.title_en, en)
            self.start.setDate(QDate(d.start))
            self.end.setDate(QDate(d.end))
            if self.timezone.currentText() != d.timezone:
                self.timezone.setCurrentText(d.timezone)
            _set(self.countries, ", ".join(d.countries))
            self.country_names.setText(fmt.countries(c for c in d.countries
                                                     if codes.is_country(c)))
            _set(self.cities, ", ".join(d.cities))
            _set(self.counterpart, d.counterpart or "")
            _set(self.lead, d.lead_department or "")
            self._fill_checks(self.themes, "theme", d.themes)
            self._fill_checks(self.goals, "goal", d.goals)
            pnl, pen = text_parts(d.purpose)
            if self.purpose_nl.toPlainText() != pnl:
                self.purpose_nl.setPlainText(pnl)
            if self.purpose_en.toPlainText() != pen:
                self.purpose_en.setPlainText(pen)
        finally:
            self._filling = False

    def _fill_checks(self, lw: QListWidget, kind: str, chosen) -> None:
        entries = []
        fw = getattr(self.editor, "framework", None)
        if fw is not None:
            entries = [(e.code, fmt.text(e.name)) for e in fw.of(kind)]
        known = {c for c, _ in entries}
        entries += [(c, c) for c in chosen if c not in known]
        lw.blockSignals(True)
        lw.clear()
        fill_checks(lw, entries, chosen)
        lw.blockSignals(False)

    # --- editing ---------------------------------------------------------------------
    def _put(self, key, value, text, merge=False) -> None:
        if not self._filling:
            self.editor.change(key, value, text, merge)

    def _title(self) -> None:
        value = join_text(self.title_nl.text(), self.title_en.text(), self.editor.draft.title)
        self._put("title", value, self.tr("Change title"))

    def _purpose(self) -> None:
        if self._filling:
            return
        value = join_text(self.purpose_nl.toPlainText(), self.purpose_en.toPlainText(),
                          self.editor.draft.purpose)
        self._put("purpose", value, self.tr("Change purpose"), merge=True)

    def _dates(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        d = self.editor.draft
        if start != d.start:
            if end < start:  # keep the length of the mission when the start moves on
                end = start + (d.end - d.start)
            self.editor.undo.beginMacro(self.tr("Change dates"))
            self._put("start", start, self.tr("Change dates"))
            self._put("end", end, self.tr("Change dates"))
            self.editor.undo.endMacro()
        elif end != d.end:
            self._put("end", max(end, start), self.tr("Change dates"))

    def _zone(self) -> None:
        name = self.timezone.currentText().strip()
        if is_zone(name):
            self._put("timezone", name, self.tr("Change time zone"))
        else:
            self.timezone.setCurrentText(self.editor.draft.timezone)

    def _countries(self) -> None:
        values = split_list(self.countries.text(), upper=True)
        bad = [c for c in values if not codes.is_country(c)]
        if bad:
            self.country_names.setText(self.tr("Not a country code: %1")
                                       .replace("%1", ", ".join(bad)))
            self.country_names.setStyleSheet("color: #b3261e")
            return
        self.country_names.setStyleSheet("")
        self._put("countries", values, self.tr("Change countries"))

    def _checked(self, lw: QListWidget, key: str) -> None:
        chosen = tuple(checked_codes(lw))
        self._put(key, chosen, self.tr("Change themes") if key == "themes"
                  else self.tr("Change goals"))


def _set(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
