"""Invitations by e-mail (iTIP/iMIP): what Send would send now (new items, updates,
cancellations), sending it through the office's mail server, and the replies per person,
set by hand or read from a REPLY file.

Sending talks to a mail server: it runs in a process of its own (the window and the
database lane never wait for the server), and no transaction is open meanwhile
(``app.invitations.send_invitations`` records what went out afterwards).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from almere_missions.app import invitations as inv
from almere_missions.logistics import smtp
from ui.editor.logistics.common import button_bar, combo, fit, headers_changed, selected, table
from ui.editor.panel import RememberedSettings, TabPart, message_label, section_title, stored_text
from ui.models.rows import Column, RowsModel
from ui.tasks import DB, PROCESS, job
from ui.widgets import FINE, PROBLEM, line_edit, show_message

WHAT = {"new": QT_TRANSLATE_NOOP("LogisticsTab", "new invitation"),
        "update": QT_TRANSLATE_NOOP("LogisticsTab", "update"),
        "cancel": QT_TRANSLATE_NOOP("LogisticsTab", "cancellation")}
REPLY = {"needs-action": QT_TRANSLATE_NOOP("LogisticsTab", "no reply yet"),
         "accepted": QT_TRANSLATE_NOOP("LogisticsTab", "accepted"),
         "declined": QT_TRANSLATE_NOOP("LogisticsTab", "declined"),
         "tentative": QT_TRANSLATE_NOOP("LogisticsTab", "tentative")}


def _word(table_, key: str) -> str:
    return QCoreApplication.translate("LogisticsTab", table_.get(key, key))


class RepliesModel(RowsModel):
    COLOURS = {"accepted": "#e6f4ea", "declined": "#fde7e4", "tentative": "#fff4e5"}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            from PySide6.QtGui import QBrush, QColor

            colour = self.COLOURS.get(self.rows[index.row()].reply)
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)


class InvitationsSection(RememberedSettings, TabPart, QWidget):
    key = "invitations"

    def __init__(self, tab):
        super().__init__(tab)
        self.handle = None
        # the mail server and the organiser (kept in the settings; the password in the
        # system keyring only)
        self.server = QGroupBox(self)
        self.host = line_edit(self, "smtpHost")
        self.port = QSpinBox(self)
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.starttls = QCheckBox(self)
        self.starttls.setObjectName("smtpStarttls")
        self.starttls.setChecked(True)
        self.user = line_edit(self, "smtpUser")
        self.password = line_edit(self, "smtpPassword", password=True)
        self.organizer_name = line_edit(self, "organizerName")
        self.organizer_email = line_edit(self, "organizerEmail")
        self.labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout(self.server)
        for lab, w in zip(self.labels, (self.host, self.port, self.user, self.password,
                                        self.organizer_name, self.organizer_email), strict=True):
            form.addRow(lab, w)
        form.addRow("", self.starttls)

        self.pending_title = section_title(self)
        self.pending_model = RowsModel([
            Column(lambda: self.tr("Item"), lambda pl: pl.summary or pl.item_ref),
            Column(lambda: self.tr("To send"), lambda pl: _word(WHAT, pl.what)),
            Column(lambda: self.tr("Sequence"), lambda pl: pl.sequence, align_right=True),
            Column(lambda: self.tr("Invited"), lambda pl: pl.attendees, align_right=True),
        ], self)
        self.pending = table(self, self.pending_model, "pendingInvitations", stretch=0)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendInvitations")
        self.send_button.clicked.connect(lambda: self.send())

        self.replies_title = section_title(self)
        self.replies_model = RepliesModel([
            Column(lambda: self.tr("Item"), lambda r: self.tab.item_title(r.item_ref)),
            Column(lambda: self.tr("Person"), lambda r: self.tab.name_of(r.person)),
            Column(lambda: self.tr("Reply"), lambda r: _word(REPLY, r.reply)),
        ], self)
        self.replies = table(self, self.replies_model, "invitationReplies", stretch=0)
        self.reply_choice = combo(self, [(k, "") for k in inv.REPLIES], "replyChoice")
        self.set_reply_button = QPushButton(self)
        self.set_reply_button.setObjectName("setReply")
        self.set_reply_button.clicked.connect(lambda: self.set_reply())
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importReply")
        self.import_button.clicked.connect(lambda: self.import_reply())
        self.state = message_label(self, "invitationState")
        self.replies.selectionModel().selectionChanged.connect(self.update_buttons)

        left = QVBoxLayout()
        left.addWidget(self.server)
        left.addWidget(self.pending_title)
        left.addWidget(self.pending, 1)
        left.addLayout(button_bar(self.send_button))
        right = QVBoxLayout()
        right.addWidget(self.replies_title)
        right.addWidget(self.replies, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.reply_choice)
        bar.addWidget(self.set_reply_button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        right.addLayout(bar)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.state)

    def retranslate(self) -> None:
        self.server.setTitle(self.tr("Mail server and organiser"))
        for lab, text in zip(self.labels, (self.tr("Server:"), self.tr("Port:"),
                                           self.tr("User:"), self.tr("Password:"),
                                           self.tr("Organiser:"), self.tr("Organiser's e-mail:")),
                             strict=True):
            lab.setText(text)
        self.starttls.setText(self.tr("Encrypt (STARTTLS)"))
        self.user.setPlaceholderText(self.tr("empty: the server takes mail without a login"))
        self.password.setPlaceholderText(self.tr("kept in the system keyring if given"))
        self.host.setPlaceholderText("smtp.almere.nl")
        self.organizer_email.setPlaceholderText("internationale.zaken@almere.nl")
        for w, name in ((self.host, self.tr("Mail server")), (self.port, self.tr("Mail port")),
                        (self.user, self.tr("Mail user name")),
                        (self.password, self.tr("Mail password")),
                        (self.organizer_name, self.tr("Organiser's name")),
                        (self.organizer_email, self.tr("Organiser's e-mail address"))):
            w.setAccessibleName(name)
        self.pending_title.setText(self.tr("To send"))
        self.send_button.setText(self.tr("Send invitations, updates and cancellations"))
        self.replies_title.setText(self.tr("Replies"))
        for n, key in enumerate(inv.REPLIES):
            self.reply_choice.setItemText(n, _word(REPLY, key))
        self.reply_choice.setAccessibleName(self.tr("Reply to record"))
        self.set_reply_button.setText(self.tr("Set reply"))
        self.import_button.setText(self.tr("Read reply file…"))
        self.pending.setAccessibleName(self.tr("Invitations to send"))
        self.replies.setAccessibleName(self.tr("Replies per person"))
        headers_changed(self.pending_model, self.replies_model)

    # the server, port, user and organiser are kept in the settings
    def read_settings(self, store) -> None:
        self.host.setText(stored_text(store, "smtp/host"))
        self.port.setValue(int(store.value("smtp/port", 587) or 587))
        self.starttls.setChecked(str(store.value("smtp/starttls", "true")).lower() == "true")
        self.user.setText(stored_text(store, "smtp/user"))
        self.organizer_name.setText(stored_text(store, "smtp/organizer_name"))
        self.organizer_email.setText(stored_text(store, "smtp/organizer_email"))

    def settings_unread(self) -> bool:
        return not self.host.text()

    def show_data(self, panel) -> None:
        self.pending_model.set_rows(list(panel.pending))
        self.replies_model.set_rows(list(panel.replies))
        fit(self.pending)
        fit(self.replies)
        if not panel.pending:
            self.pending_title.setText(self.tr("To send: nothing (every invitation is up to "
                                               "date)"))
        else:
            self.pending_title.setText(self.tr("To send"))
        self.update_buttons()

    def update_buttons(self, *_args) -> None:
        ok = self.tab.may_edit()
        self.send_button.setEnabled(ok and self.handle is None
                                    and bool(self.pending_model.rows))
        self.set_reply_button.setEnabled(ok and selected(self.replies) is not None)
        self.import_button.setEnabled(ok and bool(self.replies_model.rows))

    def tell(self, text: str, problem: bool = False) -> None:
        show_message(self.state, text, PROBLEM if problem else FINE)

    # --- sending -------------------------------------------------------------------------
    def settings(self) -> smtp.SmtpSettings:
        return smtp.SmtpSettings(self.host.text().strip(), self.port.value(),
                                 starttls=self.starttls.isChecked(),
                                 user=self.user.text().strip() or None)

    def send(self):
        tab = self.tab
        if self.handle is not None:
            return self.handle
        try:
            settings = self.settings()
            if self.password.text():
                smtp.store_password(settings, self.password.text())
        except Exception as exc:  # noqa: BLE001 - bad input or no keyring: shown in words
            self.tell(str(exc), problem=True)
            return None
        finally:
            self.password.clear()
        # never the password: that lives in the keyring only
        self.keep_settings({"smtp/host": settings.host, "smtp/port": settings.port,
                             "smtp/starttls": "true" if settings.starttls else "false",
                             "smtp/user": settings.user or "",
                             "smtp/organizer_name": self.organizer_name.text(),
                             "smtp/organizer_email": self.organizer_email.text()})
        from ui import fmt

        def done(sent) -> None:
            self.tell(self.tr("Sent: %1 messages.").replace("%1", str(len(sent))))

        def failed(exc) -> None:
            self.tell(str(exc), problem=True)
            tab.reload()  # what did go out before the failure was recorded

        def over() -> None:
            self.handle = None
            self.update_buttons()

        self.tell(self.tr("Sending…"))
        self.handle = tab.run(job(inv.send_invitations, tab.ref, settings,
                                  organizer_name=self.organizer_name.text().strip(),
                                  organizer_email=self.organizer_email.text().strip(),
                                  lang=fmt.document_lang(), lane=PROCESS, writes=True,
                                  refs={tab.ref},
                                  title=self.tr("Sending the invitations of %1")
                                  .replace("%1", tab.ref)),
                              done, failed=failed, panel=tab.progress,
                              cancelled=lambda stored: self.tell(
                                  self.tr("Cancelled; the messages sent before were "
                                          "recorded.") if stored else
                                  self.tr("Cancelled.")))
        self.handle.ended.connect(over)
        self.update_buttons()
        return self.handle

    # --- replies -------------------------------------------------------------------------
    def set_reply(self, reply: str | None = None):
        tab, row = self.tab, selected(self.replies)
        if row is None:
            return None
        reply = reply or self.reply_choice.currentData()
        return tab.run(job(inv.record_reply, row.item_ref, row.person, reply, lane=DB,
                           writes=True, refs={tab.ref}),
                       lambda _r: self.tell(self.tr("Reply recorded.")))

    def import_reply(self, path: str | Path | None = None):
        tab = self.tab
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Read a reply"), "",
                self.tr("Replies (*.ics *.eml);;All files (*)"))
            if not path:
                return None
        return tab.run(job(inv.import_reply, str(path), lane=DB, writes=True, refs={tab.ref}),
                       lambda got: self.tell(self.tr("%1 replies recorded.")
                                             .replace("%1", str(len(got)))))
