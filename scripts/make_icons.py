"""Render the application icon from resources/icons/almere-missions.svg.

Writes the PNG sizes the platforms ask for (16 to 512 pixels), a Windows .ico and a
macOS .icns beside it. Run again after changing the SVG:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py
Qt's SVG renderer draws the pictures; Pillow writes the .ico and .icns containers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out = ICONS / f"almere-missions-{size}.png"
    image.save(str(out))
    return out


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "almere-missions.svg"))
    if not renderer.isValid():
        raise SystemExit("the icon's SVG cannot be read")
    pngs = {size: render(renderer, size) for size in SIZES}
    biggest = Image.open(pngs[512])
    # each size drawn at its own resolution, not scaled down from the biggest
    frames = [Image.open(pngs[s]) for s in (16, 24, 32, 48, 64, 128, 256)]
    frames[-1].save(ICONS / "almere-missions.ico", format="ICO",
                    sizes=[f.size for f in frames], append_images=frames[:-1])
    biggest.save(ICONS / "almere-missions.icns", format="ICNS",
                 append_images=[Image.open(pngs[s]) for s in (16, 32, 64, 128, 256)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
