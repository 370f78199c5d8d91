"""Settings: the database (local file or team server), the user and the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from almere_missions.app import default_url
from ui.forms import column, dialog_buttons, labelled_rows, line_edits, message_line
from ui.widgets import set_texts


class SettingsDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.local = QRadioButton(self)
        self.server = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.url, self.user = line_edits(self, 2)
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.hint = message_line(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.local)
        self.l_local = labelled_rows(form, self, [(row, self.path)])[0]
        form.addRow(self.server)
        self.l_server, self.l_user, self.l_lang = labelled_rows(
            form, self, [self.url, self.user, self.language])
        column(self, form, self.hint, dialog_buttons(self, self.accept))
        self.browse.clicked.connect(self._browse)
        self.local.toggled.connect(self._mode)
        self.retranslate()
        url = settings.database_url or default_url()
        if url.startswith("sqlite"):
            self.local.setChecked(True)
            self.path.setText(url.split("///", 1)[-1])
        else:
            self.server.setChecked(True)
            self.url.setText(url)
        self.user.setText(settings.user)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self._mode()
        self.resize(620, 300)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        set_texts([(self.local, self.tr("A database file on this computer")),
                   (self.server, self.tr("The team's PostgreSQL server")),
                   (self.l_local, self.tr("&File")),
                   (self.l_server, self.tr("Server &address")),
                   (self.l_user, self.tr("&User name")),
                   (self.l_lang, self.tr("&Language")),
                   (self.browse, self.tr("Choose…"))])
        self.url.setPlaceholderText("postgresql+psycopg://name@server/missions")
        self.path.setAccessibleName(self.tr("Database file"))
        self.url.setAccessibleName(self.tr("Server address"))
        self.user.setAccessibleName(self.tr("User name"))
        self.language.setAccessibleName(self.tr("Language"))
        self.hint.setText(self.tr("On the team server you act as your database login; the "
                                  "user name applies to a file on this computer."))

    def _mode(self) -> None:
        local = self.local.isChecked()
        self.path.setEnabled(local)
        self.browse.setEnabled(local)
        self.user.setEnabled(local)
        self.url.setEnabled(not local)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path.text(),
            self.tr("Almere Missions database (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    def database_url(self) -> str:
        if self.local.isChecked():
            return f"sqlite:///{self.path.text().strip()}"
        return self.url.text().strip()

    def apply(self) -> tuple[bool, bool]:
        """Store the choices; (database changed, language changed)."""
        s = self.settings
        old_url, old_user, old_lang = s.database_url or default_url(), s.user, s.language
        s.database_url = self.database_url()
        s.user = self.user.text().strip() if self.local.isChecked() else ""
        s.language = self.language.currentData()
        s.sync()
        return (s.database_url != old_url or s.user != old_user, s.language != old_lang)
