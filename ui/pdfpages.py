"""PDF pages as images for the preview and for printing.

QtPdf is not in the PySide6 wheels used here, so pages are rasterised with
pypdfium2 (PDFium, the engine of Chrome's viewer; its PyPI wheels carry the
binary, so nothing is needed from the system). PDFium is not thread-safe: call
``rasterise`` from one thread at a time — the desktop does it on the serial
database lane of ``ui.tasks``. The pixels come back as bytes, and become
QImages on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage


@dataclass(frozen=True)
class Page:
    width: int
    height: int
    stride: int
    pixels: bytes  # RGBA

    def image(self) -> QImage:
        img = QImage(self.pixels, self.width, self.height, self.stride,
                     QImage.Format.Format_RGBA8888)
        return img.copy()  # own the pixels: the bytes object may go away


def rasterise(path: str | Path, dpi: float = 96,
              progress: Callable[[int, int, str], None] | None = None) -> list[Page]:
    """Every page of the PDF at ``dpi``; ``progress`` may raise to stop."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        count = len(pdf)
        for n in range(count):
            if progress is not None:
                progress(n, count, "")
            page = pdf[n]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, force_bitmap_format=
                                     pdfium.raw.FPDFBitmap_BGRA)
                try:
                    pages.append(Page(bitmap.width, bitmap.height, bitmap.stride,
                                      bytes(bitmap.buffer)))
                finally:
                    bitmap.close()
            finally:
                page.close()
        if progress is not None:
            progress(count, count, "")
        return pages
    finally:
        pdf.close()


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
            img = page.image()
            area = painter.viewport()
            size = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), img)
    finally:
        painter.end()
