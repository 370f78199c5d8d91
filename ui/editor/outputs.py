"""Outputs: the visitor programme previewed and printed, the delegation list, badges, the
change notice, the calendar as a file and on a CalDAV server.

Everything runs in the background, with progress and Cancel below the preview:
documents are laid out and rasterised in the job process (``ui.outputjobs``), so
reportlab and PDFium never hold the UI thread's interpreter lock; the calendar
export, issuing and publishing are short writes on the database lane.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from almere_missions.calendars import caldav as caldav_service
from almere_missions.calendars import credentials
from almere_missions.calendars.ics import mission_calendar
from almere_missions.fileio import atomic_write_bytes
from almere_missions.planning import issued
from ui import fmt, outputjobs, pdfpages
from ui.editor.panel import PanelTab, section_title
from ui.progress import ProgressPanel
from ui.tasks import JOBS, job

AUDIENCES = {"guest": QT_TRANSLATE_NOOP("OutputsTab", "Guests"),
             "internal": QT_TRANSLATE_NOOP("OutputsTab", "Internal (hosts)")}
LANGUAGES = {"nl": "Nederlands", "en": "English", "de": "Deutsch", "fr": "Français",
             "zh-Hant": "中文（繁體）", "zh-Hans": "中文（简体）", "ja": "日本語", "ko": "한국어"}
PREVIEW_DPI = 80


class OutputsTab(PanelTab):
    key = "outputs"

    def __init__(self, editor):
        super().__init__(editor)
        self._images: list = []
        # the document's choices
        self.audience = QComboBox(self)
        self.audience.setObjectName("outputAudience")
        for key in AUDIENCES:
            self.audience.addItem("", key)
        self.language = QComboBox(self)
        self.language.setObjectName("outputLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.l_audience, self.l_language = QLabel(self), QLabel(self)
        # preview
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("previewProgramme")
        self.pages_host = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages_host)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_host.setStyleSheet("background: #6b6b6b")
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("programmePreview")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_host)
        self.page_count = QLabel(self)
        # progress of whatever runs
        self.progress = ProgressPanel(self, "outputProgress")
        self.cancel_button = self.progress.cancel_button
        # documents
        self.docs_box = QGroupBox(self)
        self.save_pdf = QPushButton(self)
        self.save_pdf.setObjectName("saveProgramme")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printProgramme")
        self.delegation_button = QPushButton(self)
        self.delegation_button.setObjectName("saveDelegationList")
        self.badges_button = QPushButton(self)
        self.badges_button.setObjectName("saveBadges")
        self.issue_button = QPushButton(self)
        self.issue_button.setObjectName("issueProgramme")
        self.notice_button = QPushButton(self)
        self.notice_button.setObjectName("saveChangeNotice")
        self.issued_label = QLabel(self)
        self.issued_label.setWordWrap(True)
        dl = QVBoxLayout(self.docs_box)
        for b in (self.save_pdf, self.print_button, self.delegation_button, self.badges_button,
                  self.issue_button, self.notice_button):
            dl.addWidget(b)
        dl.addWidget(self.issued_label)
        # calendars
        self.cal_box = QGroupBox(self)
        self.ics_button = QPushButton(self)
        self.ics_button.setObjectName("exportCalendar")
        self.url = QLineEdit(self)
        self.url.setObjectName("caldavUrl")
        self.calendar = QLineEdit(self)
        self.calendar.setObjectName("caldavCalendar")
        self.username = QLineEdit(self)
        self.username.setObjectName("caldavUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("caldavPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self)
        self.remember.setObjectName("caldavRemember")
        self.publish_button = QPushButton(self)
        self.publish_button.setObjectName("caldavPublish")
        self.l_url, self.l_cal, self.l_user, self.l_pw = (QLabel(self) for _ in range(4))
        cl = QVBoxLayout(self.cal_box)
        cl.addWidget(self.ics_button)
        form = QFormLayout()
        form.addRow(self.l_url, self.url)
        form.addRow(self.l_cal, self.calendar)
        form.addRow(self.l_user, self.username)
        form.addRow(self.l_pw, self.password)
        cl.addLayout(form)
        cl.addWidget(self.remember)
        cl.addWidget(self.publish_button)

        choose = QFormLayout()
        choose.addRow(self.l_audience, self.audience)
        choose.addRow(self.l_language, self.language)
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 4, 0)
        sl.addLayout(choose)
        sl.addWidget(self.docs_box)
        sl.addWidget(self.cal_box)
        sl.addStretch(1)
        self.preview_title = section_title(self)
        head = QHBoxLayout()
        head.addWidget(self.preview_title)
        head.addStretch(1)
        head.addWidget(self.page_count)
        head.addWidget(self.preview_button)
        left = QVBoxLayout()
        left.addLayout(head)
        left.addWidget(self.scroll, 1)
        # the choices scroll on a small screen rather than push the window past it
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        side.setFixedWidth(330)
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        side_scroll.setFixedWidth(330 + bar + 6)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side_scroll)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(foot)

        self.preview_button.clicked.connect(self.preview)
        self.save_pdf.clicked.connect(lambda: self._ask_save("programme"))
        self.print_button.clicked.connect(self.print_programme)
        self.delegation_button.clicked.connect(lambda: self._ask_save("delegation"))
        self.badges_button.clicked.connect(lambda: self._ask_save("badges"))
        self.notice_button.clicked.connect(lambda: self._ask_save("notice"))
        self.issue_button.clicked.connect(self.issue)
        self.ics_button.clicked.connect(self._ask_ics)
        self.publish_button.clicked.connect(self.publish)
        self.audience.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self._load_caldav_settings()

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
        self.preview_title.setText(self.tr("Visitor programme"))
        self.preview_button.setText(self.tr("&Show preview"))
        self.scroll.setAccessibleName(self.tr("Preview of the visitor programme"))
        self.docs_box.setTitle(self.tr("Documents"))
        self.save_pdf.setText(self.tr("Save programme as PDF…"))
        self.print_button.setText(self.tr("&Print programme…"))
        self.delegation_button.setText(self.tr("Delegation list (PDF)…"))
        self.badges_button.setText(self.tr("Name badges (PDF)…"))
        self.issue_button.setText(self.tr("Issue programme"))
        self.issue_button.setToolTip(self.tr("Mark the programme as sent to the guests; later "
                                             "changes are listed in a change notice"))
        self.notice_button.setText(self.tr("Changes since last issue (PDF)…"))
        self.cal_box.setTitle(self.tr("Calendar"))
        self.ics_button.setText(self.tr("Export calendar (.ics)…"))
        self.l_url.setText(self.tr("CalDAV server:"))
        self.l_cal.setText(self.tr("Calendar:"))
        self.l_user.setText(self.tr("User:"))
        self.l_pw.setText(self.tr("Password:"))
        self.url.setPlaceholderText("https://calendar.example.org/dav/")
        self.password.setPlaceholderText(self.tr("from the system keyring if empty"))
        self.remember.setText(self.tr("Remember the password (system keyring)"))
        self.publish_button.setText(self.tr("Publish to CalDAV"))
        self.progress.retranslate()
        for w, name in ((self.url, self.tr("CalDAV server address")),
                        (self.calendar, self.tr("Calendar name")),
                        (self.username, self.tr("CalDAV user name")),
                        (self.password, self.tr("CalDAV password"))):
            w.setAccessibleName(name)

    # data -------------------------------------------------------------------------------
    def show_data(self, issues) -> None:
        if issues:
            last = issues[-1]
            self.issued_label.setText(self.tr("Issued %1 times; last on %2.")
                                      .replace("%1", str(len(issues)))
                                      .replace("%2", fmt.day(last.issued_at.date())))
        else:
            self.issued_label.setText(self.tr("The programme has not been issued yet."))
        self.notice_button.setEnabled(bool(issues))
        self.issue_button.setEnabled(self.may("officer", "admin"))
        # offer the mission's own languages too
        title = self.editor.view.title if self.editor.view else None
        for code in (title or {}) if isinstance(title, dict) else ():
            if self.language.findData(code) < 0:
                self.language.addItem(code, code)

    def lang(self) -> str:
        return self.language.currentData()

    def audience_key(self) -> str:
        return self.audience.currentData()

    # background work with progress and cancel --------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for b in (self.preview_button, self.save_pdf, self.print_button, self.delegation_button,
                  self.badges_button, self.issue_button, self.ics_button, self.publish_button):
            b.setEnabled(not busy)
        if not busy and self.data is not None:
            self.show_data(self.data)

    def _job(self, j, done, *, discard=None, cancelled_text: str | None = None):
        """Run ``j`` with the tab's progress and Cancel. Files are put in place only on
        success (``discard()`` clears away what a cancelled job left), a database write
        is rolled back."""
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

    def _write(self, fn, done, text: str, cancelled_text: str | None = None):
        """A write of ``fn(uow, progress)`` on the database lane."""
        from ui.context import _in_unit_of_work

        return self._job(job(_in_unit_of_work, fn, True, title=text, writes=True,
                             refs={self.ref}), done, cancelled_text=cancelled_text)

    # preview and print ------------------------------------------------------------------
    def _choice_changed(self) -> None:
        if self._images:
            self.preview()

    def preview(self):
        return self._job(job(outputjobs.pages_job, "programme", self.ref, self.lang(),
                             self.audience_key(), PREVIEW_DPI, lane=JOBS,
                             title=self.tr("Rendering the programme…")), self._show_pages)

    def _show_pages(self, pages) -> None:
        while self.pages_layout.count():
            w = self.pages_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._images = []
        for n, page in enumerate(pages):
            label = QLabel(self.pages_host)
            label.setObjectName(f"previewPage{n + 1}")
            img = pdfpages.image(page)
            self._images.append(img)
            label.setPixmap(QPixmap.fromImage(img))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(n + 1)))
            self.pages_layout.addWidget(label)
        self.page_count.setText(self.tr("%1 pages").replace("%1", str(len(pages))))
        self.tell(self.tr("Preview ready."))

    def print_programme(self) -> None:
        printer = pdfpages.ask_printer(self)
        if printer is None:
            return
        dpi = min(300, printer.resolution())
        self._job(job(outputjobs.pages_job, "programme", self.ref, self.lang(),
                      self.audience_key(), dpi, lane=JOBS,
                      title=self.tr("Preparing the print…")),
                  lambda pages: (pdfpages.paint(printer, pages),
                                 self.tell(self.tr("Sent to the printer."))))

    # files ------------------------------------------------------------------------------------
    def _ask_save(self, what: str) -> None:
        names = {"programme": f"programme-{self.ref}.pdf",
                 "delegation": f"delegation-list-{self.ref}.pdf",
                 "badges": f"badges-{self.ref}.pdf", "notice": f"changes-{self.ref}.pdf"}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), names[what],
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save(what, Path(path))

    def save(self, what: str, path: Path, on_done=None):
        # The job writes beside the file and the file is put in place only when the
        # person still wants it: a cancelled save leaves nothing behind.
        part = path.with_name(f".{path.name}.part")

        def done(pages):
            if pages is not None:
                os.replace(part, path)
            if pages is None:
                self.tell(self.tr("The programme was never issued: there is no change notice "
                                  "yet."), problem=True)
            else:
                self.tell(self.tr("Saved %1 (%2 pages).").replace("%1", str(path))
                          .replace("%2", str(pages)))
            if on_done is not None:
                on_done(pages)

        return self._job(job(outputjobs.document_job, what, self.ref, str(part), self.lang(),
                             self.audience_key(), lane=JOBS,
                             title=self.tr("Writing %1…").replace("%1", path.name)), done,
                         discard=lambda: part.unlink(missing_ok=True))

    def issue(self, on_done=None):
        ref = self.ref

        def done(number):
            self.tell(self.tr("Programme issued (issue %1). Later changes go into a change "
                              "notice.").replace("%1", str(number)))
            if on_done is not None:
                on_done(number)

        return self._write(lambda uow, _p: issued.issue_programme(uow, ref), done,
                           self.tr("Issuing the programme…"))

    def _ask_ics(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), f"{self.ref}-{self.audience_key()}.ics",
            self.tr("Calendar files (*.ics)"))
        if path:
            self.export_ics(Path(path))

    def export_ics(self, path: Path, on_done=None):
        ref, lang, audience = self.ref, self.lang(), self.audience_key()

        def work(uow, _p):
            data = mission_calendar(uow, ref, lang=lang, audience=audience)
            atomic_write_bytes(path, data)
            return len(data)

        def done(size):
            self.tell(self.tr("Calendar written to %1.").replace("%1", str(path)))
            if on_done is not None:
                on_done(size)

        # a write: the export records the SEQUENCE it gave each event
        return self._write(work, done, self.tr("Exporting the calendar…"))

    # CalDAV ------------------------------------------------------------------------------------
    def _store(self):
        settings = getattr(self.window(), "settings", None)
        return getattr(settings, "store", None)

    def _load_caldav_settings(self) -> None:
        store = self._store()
        if store is None:
            return
        self.url.setText(str(store.value("caldav/url", "") or ""))
        self.calendar.setText(str(store.value("caldav/calendar", "") or ""))
        self.username.setText(str(store.value("caldav/user", "") or ""))

    def showEvent(self, event) -> None:
        if not self.url.text():
            self._load_caldav_settings()
        super().showEvent(event)

    def publish(self, on_done=None):
        url, cal = self.url.text().strip(), self.calendar.text().strip()
        user = self.username.text().strip() or None
        password = self.password.text() or None
        if not url or not cal:
            self.tell(self.tr("Give the server address and the calendar name."), problem=True)
            return None
        if self.remember.isChecked() and password and user:
            try:
                credentials.store(url, user, password)
            except Exception as exc:  # noqa: BLE001 - shown in words; publishing goes on
                self.tell(str(exc), problem=True)
        store = self._store()
        if store is not None:  # never the password: that lives in the keyring only
            store.setValue("caldav/url", url)
            store.setValue("caldav/calendar", cal)
            store.setValue("caldav/user", user or "")
        self.password.clear()
        ref, lang, audience = self.ref, self.lang(), self.audience_key()

        def done(result):
            self.tell(self.tr("Published: %1 new, %2 updated, %3 unchanged, %4 removed.")
                      .replace("%1", str(len(result.created)))
                      .replace("%2", str(len(result.updated)))
                      .replace("%3", str(len(result.unchanged)))
                      .replace("%4", str(len(result.removed))))
            if on_done is not None:
                on_done(result)

        return self._write(
            lambda uow, p: caldav_service.publish(
                uow, ref, url, cal, username=user, password=password,
                progress=lambda d, t: p(d, t), lang=lang, audience=audience),
            done, self.tr("Publishing to %1…").replace("%1", cal),
            cancelled_text=self.tr("Cancelled: the calendar on the server may be partly "
                                   "updated; publish again to complete it."))
