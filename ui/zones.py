"""Time-zone choosers: every IANA zone name, searchable by any part of it."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from almere_missions.timeutil import is_valid_zone


@cache
def zone_names() -> tuple[str, ...]:
    """The names the core accepts (Region/City and UTC; no abbreviations such as CET)."""
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


def is_zone(name: str) -> bool:
    return is_valid_zone(name)


def zone_box(parent, blank: bool = False) -> QComboBox:
    """An editable list of zones that completes on any part: "taipei" finds Asia/Taipei."""
    box = QComboBox(parent)
    box.setEditable(True)
    if blank:
        box.addItem("", None)
    box.addItems(zone_names())
    box.setCurrentIndex(0)
    comp = QCompleter(zone_names(), box)
    comp.setFilterMode(Qt.MatchFlag.MatchContains)
    comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.setCompleter(comp)
    return box
