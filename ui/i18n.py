"""The language of the interface: our translations, Qt's own, and the locale for dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from almere_missions import paths

TRANSLATIONS = paths.RESOURCES / "translations"
LOCALES = {"nl": "nl_NL", "en": "en_GB"}

_installed: list[QTranslator] = []
_lang = "en"


def current() -> str:
    return _lang


def install(lang: str) -> bool:
    """Switch every translator to ``lang``; True when our own file was found."""
    global _lang
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _lang = lang
    QLocale.setDefault(QLocale(LOCALES.get(lang, "en_GB")))
    found = False
    if lang != "en":
        ours = QTranslator(app)
        found = ours.load(str(TRANSLATIONS / f"almere_missions_{lang}.qm"))
        if found:
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    else:
        found = True
    return found


def babel_locale() -> str:
    return LOCALES.get(_lang, "en_GB")
