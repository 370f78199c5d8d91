"""First start: an empty database offers the demo season or an import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from almere_missions import paths

DEMO = paths.RESOURCES / "demo" / "floriade-2022.json"


class WelcomePage(QWidget):
    demoRequested = Signal()
    importRequested = Signal()
    emptyRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        self.heading.setFont(f)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 4)
        self.demo = QPushButton(self)
        self.demo.setObjectName("welcomeDemo")
        self.demo.setEnabled(DEMO.exists())
        self.imp = QPushButton(self)
        self.imp.setObjectName("welcomeImport")
        self.empty = QPushButton(self)
        self.empty.setObjectName("welcomeEmpty")
        for b in (self.demo, self.imp, self.empty):
            b.setMinimumHeight(44)
        self.demo_note = QLabel(self)
        self.demo_note.setWordWrap(True)
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(600)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(self.heading)
        inner.addWidget(self.text)
        inner.addSpacing(8)
        inner.addWidget(self.demo)
        inner.addWidget(self.demo_note)
        inner.addWidget(self.imp)
        inner.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.demo.clicked.connect(self.demoRequested)
        self.imp.clicked.connect(self.importRequested)
        self.empty.clicked.connect(self.emptyRequested)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Almere Missions"))
        self.text.setText(self.tr(
            "This database holds no missions yet. Plan delegations to Almere and trips "
            "abroad: the delegation and its hosts, day programmes in each place's own time, "
            "clash checks and costs."))
        self.demo.setText(self.tr("Load the demo season (Floriade Expo 2022)"))
        self.demo.setAccessibleName(self.tr("Load the demo season"))
        self.demo_note.setText(self.tr(
            "The Floriade Expo 2022 season as an example: seventy delegations and trips to look "
            "around in and practise with. Use a separate database for real work.") if DEMO.exists()
            else self.tr("The demo season is not installed with this copy of the program."))
        self.imp.setText(self.tr("Import missions from a file…"))
        self.empty.setText(self.tr("Start with an empty register"))
