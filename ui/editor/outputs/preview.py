"""The outputs tab's visitor programme: the preview, page by page, and printing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import outputjobs, pdfpages
from ui.editor.panel import section_title
from ui.tasks import JOBS, job
from ui.widgets import STRETCH, button, hbox, scrolled, vbox

PREVIEW_DPI = 80


class PreviewSection(QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.images: list = []
        self.title = section_title(self)
        self.preview_button = button(self, "previewProgramme", lambda: self.preview())
        self.pages_host = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages_host)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_host.setStyleSheet("background: #6b6b6b")
        self.scroll = scrolled(self, self.pages_host)
        self.scroll.setObjectName("programmePreview")
        self.page_count = QLabel(self)
        head = hbox(self.title, STRETCH, self.page_count, self.preview_button)
        vbox(head, (self.scroll, 1), parent=self, margins=0)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Visitor programme"))
        self.preview_button.setText(self.tr("&Show preview"))
        self.scroll.setAccessibleName(self.tr("Preview of the visitor programme"))

    def preview(self):
        tab = self.tab
        return tab.job(job(outputjobs.pages_job, "programme", tab.ref, tab.lang(),
                           tab.audience_key(), PREVIEW_DPI, lane=JOBS,
                           title=self.tr("Rendering the programme…")), self.show_pages)

    def show_pages(self, pages) -> None:
        while self.pages_layout.count():
            w = self.pages_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.images = []
        for n, page in enumerate(pages):
            label = QLabel(self.pages_host)
            label.setObjectName(f"previewPage{n + 1}")
            img = pdfpages.image(page)
            self.images.append(img)
            label.setPixmap(QPixmap.fromImage(img))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(n + 1)))
            self.pages_layout.addWidget(label)
        self.page_count.setText(self.tr("%1 pages").replace("%1", str(len(pages))))
        self.tab.tell(self.tr("Preview ready."))

    def print_programme(self):
        printer = pdfpages.ask_printer(self)
        if printer is None:
            return None
        tab = self.tab
        return tab.job(job(outputjobs.pages_job, "programme", tab.ref, tab.lang(),
                           tab.audience_key(), min(300, printer.resolution()), lane=JOBS,
                           title=self.tr("Preparing the print…")),
                       lambda pages: (pdfpages.paint(printer, pages),
                                      tab.tell(self.tr("Sent to the printer."))))
