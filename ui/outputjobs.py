"""The outputs' heavy work, for the job process (``ui.jobs.call``): laying out PDFs with
reportlab and rasterising them with PDFium make many objects and hold the interpreter
lock for long stretches; in their own process neither reaches the UI thread.

This module imports no Qt, so the job process stays small. QtPdf is not in the
PySide6 wheels used here; pages are rasterised with pypdfium2 (PDFium, the
engine of Chrome's viewer, whose PyPI wheels carry the binary). PDFium is not
thread-safe: the job process runs one job at a time.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    width: int
    height: int
    stride: int
    pixels: bytes  # RGBA, row by row


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
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True,
                                     force_bitmap_format=pdfium.raw.FPDFBitmap_BGRA)
                try:
                    pages.append(Page(bitmap.width, bitmap.height, bitmap.stride,
                                      bytes(bitmap.buffer)))
                finally:
                    bitmap.close()
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


#: the desktop's names of the documents, and the application layer's
KINDS = {"programme": "programme", "delegation": "delegation-list", "badges": "badges",
         "notice": "change-notice", "approval_file": "approval-file",
         "drivers": "driver-sheet", "caterer": "caterer-sheet", "rooming": "rooming-list"}


def document_job(caller, kind: str, ref: str, path: str, lang: str, audience: str = "guest",
                 *, progress):
    """Write one of the mission's documents to ``path``; its page count (None: a change
    notice of a programme never issued). Who may write it is checked in the use case."""
    from almere_missions.app.documents import NeverIssued, write_document

    try:
        written = write_document(caller, ref, KINDS[kind], audience, lang, path, progress)
    except NeverIssued:
        return None
    return written.pages


def pages_job(caller, kind: str, ref: str, lang: str, audience: str, dpi: float, *,
              progress) -> list[Page]:
    """A document of the mission as page images (the preview, and printing)."""
    with tempfile.TemporaryDirectory(prefix="am-pages-") as tmp:
        path = Path(tmp) / f"{kind}.pdf"
        document_job(caller, kind, ref, str(path), lang, audience, progress=progress)
        return rasterise(path, dpi, progress)


# --- reports ----------------------------------------------------------------------------

def chart(_caller, table, *, progress) -> bytes:
    from almere_missions.reports.charts import chart_png

    return chart_png(table, width_px=900, height_px=420)


def write_table(_caller, kind: str, tables: list, path: str, *, progress) -> None:
    from almere_missions.reports import export

    if kind == "csv":
        export.write_csv(tables[0], path)
    else:
        export.write_xlsx(tables, path)
