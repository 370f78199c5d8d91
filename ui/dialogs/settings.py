"""Settings: the database (local file or team server), the user and the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from almere_missions.app import default_url


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
        self.url = QLineEdit(self)
        self.user = QLineEdit(self)
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        self.l_local, self.l_server, self.l_user, self.l_lang = (QLabel(self) for _ in range(4))
        form.addRow(self.local)
        form.addRow(self.l_local, row)
        form.addRow(self.server)
        form.addRow(self.l_server, self.url)
        form.addRow(self.l_user, self.user)
        form.addRow(self.l_lang, self.language)
        self.l_local.setBuddy(self.path)
        self.l_server.setBuddy(self.url)
        self.l_user.setBuddy(self.user)
        self.l_lang.setBuddy(self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
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
        self.local.setText(self.tr("A database file on this computer"))
        self.server.setText(self.tr("The team's PostgreSQL server"))
        self.l_local.setText(self.tr("&File"))
        self.l_server.setText(self.tr("Server &address"))
        self.l_user.setText(self.tr("&User name"))
        self.l_lang.setText(self.tr("&Language"))
        self.browse.setText(self.tr("Choose…"))
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
