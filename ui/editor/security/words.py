"""The words of the security tab's colours, levels and decisions (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

WORDS = {
    "green": QT_TRANSLATE_NOOP("SecurityTab", "Green: no special security risks"),
    "yellow": QT_TRANSLATE_NOOP("SecurityTab", "Yellow: security risks, take care"),
    "orange": QT_TRANSLATE_NOOP("SecurityTab", "Orange: only necessary travel"),
    "red": QT_TRANSLATE_NOOP("SecurityTab", "Red: do not travel"),
    # the reader could not tell the colour (advice_reader.UNDETERMINED): the officer reads it
    "unknown": QT_TRANSLATE_NOOP("SecurityTab", "Colour not determined: read the advice"),
    "none": QT_TRANSLATE_NOOP("SecurityTab", "State-actor risk: none"),
    "elevated": QT_TRANSLATE_NOOP("SecurityTab", "State-actor risk: elevated"),
    "high": QT_TRANSLATE_NOOP("SecurityTab", "State-actor risk: high"),
    "low": QT_TRANSLATE_NOOP("SecurityTab", "Low"),
    "medium": QT_TRANSLATE_NOOP("SecurityTab", "Medium"),
    "false_positive": QT_TRANSLATE_NOOP("SecurityTab", "False positive"),
    "confirmed": QT_TRANSLATE_NOOP("SecurityTab", "Confirmed"),
}
SHORT = {
    "green": QT_TRANSLATE_NOOP("SecurityTab", "green"),
    "yellow": QT_TRANSLATE_NOOP("SecurityTab", "yellow"),
    "orange": QT_TRANSLATE_NOOP("SecurityTab", "orange"),
    "red": QT_TRANSLATE_NOOP("SecurityTab", "red"),
    "unknown": QT_TRANSLATE_NOOP("SecurityTab", "colour not determined"),
}


def word(key: str | None, table=WORDS) -> str:
    if key is None:
        return QCoreApplication.translate("SecurityTab", "unknown")
    return QCoreApplication.translate("SecurityTab", table.get(key, key))


def clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
