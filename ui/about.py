"""Help → About: the version, and the licences of the shipped fonts and libraries."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from almere_missions import __version__, paths
from ui.icon import app_icon

#: (distribution, what it does here, licence): the libraries the program ships with
LIBRARIES = (
    ("PySide6-Essentials", "Qt for Python: the desktop program", "LGPL-3.0 (Qt: LGPL-3.0)"),
    ("SQLAlchemy", "the database", "MIT"),
    ("alembic", "database migrations", "MIT"),
    ("psycopg", "PostgreSQL driver", "LGPL-3.0"),
    ("reportlab", "printed programmes (PDF)", "BSD-3-Clause"),
    ("pypdfium2", "PDF preview (PDFium)", "Apache-2.0 or BSD-3-Clause; PDFium: BSD-3-Clause"),
    ("icalendar", "calendars (.ics)", "BSD-2-Clause"),
    ("recurring-ical-events", "busy times from calendars", "LGPL-3.0-or-later"),
    ("x-wr-timezone", "calendar time zones", "LGPL-3.0-or-later"),
    ("caldav", "publishing to a CalDAV server", "GPL-3.0-or-later or Apache-2.0"),
    ("keyring", "the CalDAV password in the system keyring", "MIT"),
    ("babel", "dates and amounts per language", "BSD-3-Clause"),
    ("tzdata", "time zone data", "Apache-2.0"),
    ("platformdirs", "settings and data folders", "MIT"),
    ("matplotlib", "report charts", "Matplotlib licence (PSF-style)"),
    ("numpy", "report figures", "BSD-3-Clause"),
    ("openpyxl", "XLSX reports", "MIT"),
    ("rapidfuzz", "name matching", "MIT"),
    ("rigour", "sanctions name rules", "MIT"),
    ("fingerprints", "sanctions name forms", "MIT"),
    ("PyICU", "transliteration (ICU: Unicode licence)", "MIT"),
    ("anyascii", "Latin forms of names", "ISC"),
    ("pypinyin", "Latin forms of Chinese names", "MIT"),
    ("python-bidi", "right-to-left text in PDFs", "LGPL-3.0"),
    ("pycountry", "country names", "LGPL-2.1"),
    ("defusedxml", "safe XML reading", "PSF-2.0"),
)

#: (face, scripts, licence, licence file in resources/fonts): embedded in every PDF
FONTS = (
    ("DejaVu Sans", "Latin, Greek, Cyrillic", "Bitstream Vera licence (DejaVu changes: public domain)",
     "LICENSE-DejaVu.txt"),
    ("Droid Sans Fallback", "Chinese, Japanese", "Apache-2.0", "LICENSE-DroidSansFallback.txt"),
    ("NanumSquare", "Korean", "SIL Open Font License 1.1", "LICENSE-Nanum.txt"),
    ("Noto Sans Thai, Devanagari, Bengali, Tamil, Ethiopic", "", "SIL Open Font License 1.1",
     "LICENSE-Noto.txt"),
)


def installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "–"


def _rows(rows) -> str:
    return "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Almere Missions"))
        self.setWindowIcon(app_icon())
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        self.heading = QLabel(self)
        self.heading.setObjectName("aboutHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setText(
            f"<h2>Almere Missions {escape(__version__)}</h2><p>"
            + escape(self.tr("Plans the international missions of the municipality of Almere."))
            + "<br>" + escape(self.tr("Licence: EUPL-1.2")) + "</p>")
        self.licences = QTextBrowser(self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setOpenLinks(False)
        self.licences.setHtml(self._licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(self.heading)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _licences_html(self) -> str:
        libs = [(name, installed_version(name), use, lic) for name, use, lic in LIBRARIES]
        fonts = [(face, scripts, lic, f) for face, scripts, lic, f in FONTS]
        head = "<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in (
            self.tr("Library"), self.tr("Version"), self.tr("Used for"), self.tr("Licence"))) + "</tr>"
        fhead = "<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in (
            self.tr("Font"), self.tr("Scripts"), self.tr("Licence"), self.tr("Licence text"))) + "</tr>"
        where = escape(str(paths.RESOURCES / "fonts"))
        return (f"<h3>{escape(self.tr('Libraries'))}</h3><table cellspacing='4'>{head}{_rows(libs)}</table>"
                f"<h3>{escape(self.tr('Fonts embedded in the printed documents'))}</h3>"
                f"<table cellspacing='4'>{fhead}{_rows(fonts)}</table>"
                f"<p>{escape(self.tr('The licence texts of the fonts are in %1.')).replace('%1', where)}</p>")
