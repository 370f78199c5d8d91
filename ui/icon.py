"""The application icon, drawn once per size in resources/icons (scripts/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from almere_missions import paths

ICONS = paths.RESOURCES / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        png = ICONS / f"almere-missions-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon
