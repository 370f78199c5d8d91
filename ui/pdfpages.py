"""Page images (rasterised in the job process by ``ui.outputjobs``) on screen and on paper."""

from __future__ import annotations

from PySide6.QtGui import QImage

from ui.outputjobs import Page


def image(page: Page) -> QImage:
    """A page's pixels as a QImage that owns them (on the UI thread)."""
    img = QImage(page.pixels, page.width, page.height, page.stride,
                 QImage.Format.Format_RGBA8888)
    return img.copy()


def ask_printer(parent=None):
    """The system's print dialog; the chosen printer, or None when the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def paint(printer, pages: list[Page]) -> None:
    """Put rasterised pages on the printer, one per sheet, kept in proportion."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QPainter

    painter = QPainter(printer)
    try:
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            img = image(page)
            area = painter.viewport()
            size = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), img)
    finally:
        painter.end()
