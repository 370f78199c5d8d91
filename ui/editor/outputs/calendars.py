"""The outputs tab's calendar: the mission as an .ics file, and published to CalDAV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout

from almere_missions.app import calendars as calendars_app
from almere_missions.calendars import credentials
from ui.editor.panel import RememberedSettings, TabPart, stored_text
from ui.tasks import PROCESS, job
from ui.widgets import button, line_edit, save_as, set_names, set_texts


class CalendarSection(RememberedSettings, TabPart, QGroupBox):
    def __init__(self, tab):
        super().__init__(tab)
        self.ics_button = button(self, "exportCalendar", self.ask_ics)
        self.url = line_edit(self, "caldavUrl")
        self.calendar = line_edit(self, "caldavCalendar")
        self.username = line_edit(self, "caldavUser")
        self.password = line_edit(self, "caldavPassword", password=True)
        self.remember = QCheckBox(self)
        self.remember.setObjectName("caldavRemember")
        self.publish_button = button(self, "caldavPublish", lambda: self.publish())
        self.l_url, self.l_cal, self.l_user, self.l_pw = (QLabel(self) for _ in range(4))
        layout = QVBoxLayout(self)
        layout.addWidget(self.ics_button)
        form = QFormLayout()
        form.addRow(self.l_url, self.url)
        form.addRow(self.l_cal, self.calendar)
        form.addRow(self.l_user, self.username)
        form.addRow(self.l_pw, self.password)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.publish_button)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Calendar"))
        set_texts([(self.ics_button, self.tr("Export calendar (.ics)…")),
                   (self.l_url, self.tr("CalDAV server:")), (self.l_cal, self.tr("Calendar:")),
                   (self.l_user, self.tr("User:")), (self.l_pw, self.tr("Password:")),
                   (self.remember, self.tr("Remember the password (system keyring)")),
                   (self.publish_button, self.tr("Publish to CalDAV"))])
        self.url.setPlaceholderText("https://calendar.example.org/dav/")
        self.password.setPlaceholderText(self.tr("from the system keyring if empty"))
        set_names([(self.url, self.tr("CalDAV server address")),
                   (self.calendar, self.tr("Calendar name")),
                   (self.username, self.tr("CalDAV user name")),
                   (self.password, self.tr("CalDAV password"))])

    def ask_ics(self) -> None:
        tab = self.tab
        save_as(self, self.tr("Export calendar"), f"{tab.ref}-{tab.audience_key()}.ics",
                self.tr("Calendar files (*.ics)"), self.export_ics)

    def export_ics(self, path: Path, on_done=None):
        tab = self.tab
        ref, lang, audience = tab.ref, tab.lang(), tab.audience_key()

        def done(written):
            tab.tell(self.tr("Calendar written to %1.").replace("%1", str(path)))
            if on_done is not None:
                on_done(path.stat().st_size)

        # a write: the export records the SEQUENCE it gave each event
        return tab.job(job(calendars_app.write_calendar, str(path), mission=ref, language=lang,
                           audience=audience, writes=True, refs={ref},
                           title=self.tr("Exporting the calendar…")), done)

    # the server's address, calendar and user are kept in the settings
    def read_settings(self, store) -> None:
        self.url.setText(stored_text(store, "caldav/url"))
        self.calendar.setText(stored_text(store, "caldav/calendar"))
        self.username.setText(stored_text(store, "caldav/user"))

    def settings_unread(self) -> bool:
        return not self.url.text()

    def publish(self, on_done=None):
        tab = self.tab
        url, cal = self.url.text().strip(), self.calendar.text().strip()
        user = self.username.text().strip() or None
        password = self.password.text() or None
        if not url or not cal:
            tab.tell(self.tr("Give the server address and the calendar name."), problem=True)
            return None
        if self.remember.isChecked() and password and user:
            try:
                credentials.store(url, user, password)
            except Exception as exc:  # noqa: BLE001 - shown in words; publishing goes on
                tab.tell(str(exc), problem=True)
        # never the password: that lives in the keyring only
        self.keep_settings({"caldav/url": url, "caldav/calendar": cal, "caldav/user": user or ""})
        self.password.clear()
        ref, lang, audience = tab.ref, tab.lang(), tab.audience_key()

        def done(result):
            tab.tell(self.tr("Published: %1 new, %2 updated, %3 unchanged, %4 removed.")
                     .replace("%1", str(len(result.created)))
                     .replace("%2", str(len(result.updated)))
                     .replace("%3", str(len(result.unchanged)))
                     .replace("%4", str(len(result.removed))))
            if on_done is not None:
                on_done(result)

        # In a process of its own: the server may be slow, and neither the window nor the
        # database lane waits for it; no transaction is open while it is talked to.
        return tab.job(job(calendars_app.publish, ref, url, cal, username=user,
                           password=password, lang=lang, audience=audience, lane=PROCESS,
                           writes=True, refs={ref},
                           title=self.tr("Publishing to %1…").replace("%1", cal)),
                       done,
                       cancelled_text=self.tr("Cancelled: the calendar on the server may be "
                                              "partly updated; publish again to complete it."))
