"""Outputs: the visitor programme previewed and printed, the delegation list, badges, the
change notice, the calendar as a file and on a CalDAV server.

One section widget per part (``preview``, ``documents``, ``calendars``); the tab holds
the choices they share (audience, language) and the progress widget of their jobs.
Documents are laid out and rasterised in the job process, so reportlab and PDFium never
hold the UI thread's interpreter lock; the calendar export, issuing and publishing are
writes on the database lane.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QWidget

from ui import fmt
from ui.editor.outputs.calendars import CalendarSection
from ui.editor.outputs.documents import DocumentsSection
from ui.editor.outputs.preview import PREVIEW_DPI, PreviewSection
from ui.editor.panel import PanelTab
from ui.progress import ProgressPanel
from ui.widgets import STRETCH, hbox, vbox

__all__ = ["AUDIENCES", "LANGUAGES", "PREVIEW_DPI", "OutputsTab"]

AUDIENCES = {"guest": QT_TRANSLATE_NOOP("OutputsTab", "Guests"),
             "internal": QT_TRANSLATE_NOOP("OutputsTab", "Internal (hosts)")}
LANGUAGES = {"nl": "Nederlands", "en": "English", "de": "Deutsch", "fr": "Français",
             "zh-Hant": "中文（繁體）", "zh-Hans": "中文（简体）", "ja": "日本語", "ko": "한국어"}


class OutputsTab(PanelTab):
    key = "outputs"

    def __init__(self, editor):
        super().__init__(editor)
        # the documents' choices
        self.audience = QComboBox(self)
        self.audience.setObjectName("outputAudience")
        for key in AUDIENCES:
            self.audience.addItem("", key)
        self.language = QComboBox(self)
        self.language.setObjectName("outputLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.l_audience, self.l_language = QLabel(self), QLabel(self)
        self.progress = ProgressPanel(self, "outputProgress")
        self.cancel_button = self.progress.cancel_button
        self.previews = PreviewSection(self)
        self.documents = DocumentsSection(self)
        self.calendars = CalendarSection(self)
        # the parts' widgets, by the names the tab has always had
        p, d, c = self.previews, self.documents, self.calendars
        self.preview_button, self.pages_layout, self.page_count = (
            p.preview_button, p.pages_layout, p.page_count)
        self.save_pdf, self.print_button, self.delegation_button = (
            d.save_pdf, d.print_button, d.delegation_button)
        self.badges_button, self.issue_button, self.notice_button = (
            d.badges_button, d.issue_button, d.notice_button)
        self.issued_label = d.issued_label
        self.ics_button, self.publish_button = c.ics_button, c.publish_button
        self.url, self.calendar, self.username, self.password, self.remember = (
            c.url, c.calendar, c.username, c.password, c.remember)
        d.print_button.clicked.connect(lambda: self.previews.print_programme())

        choose = QFormLayout()
        choose.addRow(self.l_audience, self.audience)
        choose.addRow(self.l_language, self.language)
        side = QWidget(self)
        vbox(choose, self.documents, self.calendars, STRETCH, parent=side, margins=(0, 0, 4, 0))
        # the choices scroll on a small screen rather than push the window past it
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        side.setFixedWidth(330)
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        side_scroll.setFixedWidth(330 + bar + 6)
        vbox((hbox((self.previews, 1), side_scroll), 1), self.footer(self.progress), parent=self)
        self.audience.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.calendars.load_settings()

    def title(self) -> str:
        return self.tr("Outputs")

    def retranslate(self) -> None:
        for n, key in enumerate(AUDIENCES):
            self.audience.setItemText(n, QCoreApplication.translate("OutputsTab", AUDIENCES[key]))
        if self.language.currentIndex() < 0 or self._shown is None:
            self.language.setCurrentIndex(max(0, self.language.findData(
                fmt.document_lang())))
        self.l_audience.setText(self.tr("For:"))
        self.l_language.setText(self.tr("Language:"))
        self.audience.setAccessibleName(self.tr("Audience of the documents"))
        self.language.setAccessibleName(self.tr("Language of the documents"))
        for part in (self.previews, self.documents, self.calendars, self.progress):
            part.retranslate()

    # data -------------------------------------------------------------------------------
    def show_data(self, issues) -> None:
        self.documents.show_data(issues)
        # offer the mission's own languages too
        title = self.editor.view.title if self.editor.view else None
        for code in (title or {}) if isinstance(title, dict) else ():
            if self.language.findData(code) < 0:
                self.language.addItem(code, code)

    def lang(self) -> str:
        return self.language.currentData()

    def audience_key(self) -> str:
        return self.audience.currentData()

    def _choice_changed(self) -> None:
        if self.previews.images:
            self.previews.preview()

    # background work with progress and cancel --------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for b in (self.preview_button, self.save_pdf, self.print_button, self.delegation_button,
                  self.badges_button, *self.documents.sheet_buttons.values(), self.issue_button,
                  self.ics_button, self.publish_button):
            b.setEnabled(not busy)
        if not busy and self.data is not None:
            self.show_data(self.data)

    def job(self, j, done, *, discard=None, cancelled_text: str | None = None):
        """Run ``j`` with the tab's progress and Cancel. Files are put in place only on
        success (``discard()`` clears away what a cancelled or failed job left), a
        database write is rolled back."""
        def cancelled(stored: bool) -> None:
            if discard is not None:
                discard()
            self.tell(cancelled_text or (self.tr("Cancelled; it had already been stored.")
                                         if stored else self.tr("Cancelled; nothing was written.")))

        def failed(exc: BaseException) -> None:
            if discard is not None:
                discard()
            self.fail(exc)

        self.tell(j.title)
        handle = self.run(j, done, failed=failed, cancelled=cancelled, panel=self.progress)
        self._set_busy(True)
        handle.ended.connect(lambda: self._set_busy(False))
        return handle

    def cancel(self) -> None:
        self.progress.cancel()

    # the parts' actions, by the names the tab has always had
    def preview(self):
        return self.previews.preview()

    def print_programme(self):
        return self.previews.print_programme()

    def save(self, what, path, on_done=None):
        return self.documents.save(what, path, on_done)

    def issue(self, on_done=None):
        return self.documents.issue(on_done)

    def export_ics(self, path, on_done=None):
        return self.calendars.export_ics(path, on_done)

    def publish(self, on_done=None):
        return self.calendars.publish(on_done)
