"""The one style toolkit every PDF of the product is made with.

- fonts: embedded TrueType faces with per-character fallback (``fonts``);
- ``styles()``: the paragraph styles, none of them on a base-14 font;
- ``para``, ``heading``, ``table``, ``key_values``: flowables that take plain
  text (NFC-normalised and escaped here) and never raise ``LayoutError``:
  tables split between rows and inside a row that is taller than a page;
- ``Document``: an A4 document with header, footer and "page X of Y", PDF
  outline (bookmarks) and an optional table of contents, written atomically.

Use::

    doc = Document(path, title="...", lang="nl", header="...")
    doc.add(heading("Delegatie", 1), table(rows, (0.4, 0.3, 0.3)))
    doc.build()
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from almere_missions.documents import labels
from almere_missions.documents.fonts import SANS, SANS_BOLD, draw_text, markup, nfc, register_fonts
from almere_missions.fileio import atomic_write_bytes

__all__ = [
    "INK", "ACCENT", "MUTED", "RULE", "SHADE", "PAGE_SIZE", "MARGIN", "CONTENT_WIDTH",
    "styles", "para", "heading", "table", "key_values", "spacer", "page_break", "keep",
    "HeaderMark", "Document", "markup", "nfc", "register_fonts",
]

INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1F3A5F")
GREEN = colors.HexColor("#2E8B57")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D1D9")
SHADE = colors.HexColor("#EEF2F6")
WARN = colors.HexColor("#A4262C")

PAGE_SIZE = A4
MARGIN = 18 * mm
TOP = 24 * mm
BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_small: ParagraphStyle
    key: ParagraphStyle
    marker: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


@cache
def styles() -> Styles:
    """The house styles. Every font named here is one of ours, embedded."""
    register_fonts()

    def style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
              color=INK, before: float = 0, after: float = 0, keep: bool = False,
              **extra) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=SANS_BOLD if bold else SANS, fontSize=size,
            leading=leading or size * 1.3, textColor=color, spaceBefore=before,
            spaceAfter=after, keepWithNext=int(keep), alignment=TA_LEFT,
            bulletFontName=SANS, splitLongWords=1, allowWidows=0, **extra)

    return Styles(
        title=style("am-title", 24, bold=True, color=ACCENT, after=6, leading=30),
        subtitle=style("am-subtitle", 14, color=MUTED, after=4, leading=19),
        h1=style("am-h1", 16, bold=True, color=ACCENT, before=10, after=6, keep=True),
        h2=style("am-h2", 12.5, bold=True, color=ACCENT, before=8, after=4, keep=True),
        h3=style("am-h3", 10.5, bold=True, before=6, after=3, keep=True),
        body=style("am-body", 10, leading=14, after=6),
        small=style("am-small", 8.5, leading=11),
        muted=style("am-muted", 8.5, leading=11, color=MUTED),
        cell=style("am-cell", 9, leading=12),
        cell_bold=style("am-cell-bold", 9, bold=True, leading=12),
        cell_head=style("am-cell-head", 8.5, bold=True, leading=11, color=colors.white),
        cell_small=style("am-cell-small", 8, leading=10.5, color=MUTED),
        key=style("am-key", 9, bold=True, leading=12, color=MUTED),
        marker=style("am-marker", 10, bold=True, color=WARN, after=6),
        toc1=style("am-toc1", 10, leading=15, leftIndent=0),
        toc2=style("am-toc2", 9, leading=12, leftIndent=12, color=MUTED),
    )


Cell = str | Flowable | Sequence[Flowable] | None


def para(text: str | None, style: ParagraphStyle | str = "body") -> Paragraph:
    """A paragraph of plain text (escaped, NFC, per-character fallback)."""
    st = getattr(styles(), style) if isinstance(style, str) else style
    return Paragraph(markup(text or "", _is_bold(st)), st)


def _is_bold(style: ParagraphStyle) -> bool:
    return style.fontName == SANS_BOLD


class _Heading(Paragraph):
    """A heading that becomes a PDF bookmark and (optionally) a table-of-contents entry."""

    def __init__(self, text: str, style: ParagraphStyle, outline_level: int | None,
                 toc_level: int | None, key: str, toc_text: str | None = None):
        super().__init__(markup(text, _is_bold(style)), style)
        self.plain = nfc(text)
        self.toc_text = nfc(toc_text) if toc_text else self.plain
        self.outline_level, self.toc_level, self.key = outline_level, toc_level, key


_heading_seq = iter(range(10**12))


def heading(text: str, level: int = 1, *, outline: int | bool | None = True,
            toc: int | bool | None = None, key: str | None = None,
            style: ParagraphStyle | str | None = None, toc_text: str | None = None) -> Paragraph:
    """A section heading, level 1–3 (its look).

    ``outline``: the PDF bookmark's level (``True``: ``level - 1``; ``False``/``None``:
    no bookmark); ``toc``: the table-of-contents level in the same way (default none).
    Bookmark levels must nest: a level may go at most one deeper than the one before.
    """
    st = style or ("h1", "h2", "h3")[max(1, min(level, 3)) - 1]
    st = getattr(styles(), st) if isinstance(st, str) else st

    def as_level(value):
        if value is True:
            return level - 1
        if value is False or value is None:
            return None
        return int(value)

    return _Heading(text, st, as_level(outline), as_level(toc), key or f"h{next(_heading_seq)}",
                    toc_text)


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def page_break() -> PageBreak:
    return PageBreak()


def keep(*flowables: Flowable) -> KeepTogether:
    """Kept on one page if it fits; split like any story if it does not."""
    return KeepTogether(list(flowables))


def _cell(value: Cell, style: ParagraphStyle) -> Flowable | list[Flowable]:
    if value is None:
        return Paragraph("", style)
    if isinstance(value, str):
        return Paragraph(markup(value, _is_bold(style)), style)
    if isinstance(value, Flowable):
        return value
    return list(value)


def _cells(*, left: float, right: float, top: float, bottom: float) -> list[tuple]:
    """Every cell of a table top-aligned in the body font, with these paddings (points)."""
    every = ((0, 0), (-1, -1))
    return [("VALIGN", *every, "TOP"), ("LEFTPADDING", *every, left),
            ("RIGHTPADDING", *every, right), ("TOPPADDING", *every, top),
            ("BOTTOMPADDING", *every, bottom), ("FONT", *every, SANS, 9)]


def table(rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
          header: Sequence[str] | None = None, total_width: float = CONTENT_WIDTH,
          zebra: bool = True, grid: bool = True, extra_style: Iterable[tuple] = ()) -> Table:
    """A table of plain-text (or flowable) cells that flows over pages.

    ``widths`` are fractions of ``total_width``. The header row repeats on
    every page; a row taller than a page is split inside the row
    (``splitInRow``), so no content can raise ``LayoutError``.
    """
    st = styles()
    data = []
    if header:
        data.append([_cell(h, st.cell_head) for h in header])
    for row in rows:
        data.append([_cell(v, st.cell) for v in row])
    if not data:
        data = [[Paragraph("", st.cell) for _ in widths]]
    col_widths = [w * total_width for w in widths]
    cmds = _cells(left=4, right=4, top=3, bottom=4)
    first = 0
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), ACCENT)]
        first = 1
    if grid:
        cmds += [("LINEBELOW", (0, first), (-1, -1), 0.4, RULE)]
    if zebra and len(data) > first + 1:
        cmds += [("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, SHADE])]
    cmds += list(extra_style)
    return Table(data, colWidths=col_widths, repeatRows=1 if header else 0, splitByRow=1,
                 splitInRow=1, style=TableStyle(cmds), hAlign="LEFT")


def key_values(pairs: Iterable[tuple[str, Cell]], *, key_width: float = 0.3,
               total_width: float = CONTENT_WIDTH) -> Table:
    """A block of labelled values (label left, value right); empty values are left out."""
    st = styles()
    rows = [[_cell(k, st.key), _cell(v, st.cell)] for k, v in pairs if v not in (None, "")]
    if not rows:
        rows = [[Paragraph("", st.key), Paragraph("", st.cell)]]
    return Table(rows, colWidths=[key_width * total_width, (1 - key_width) * total_width],
                 splitByRow=1, splitInRow=1, hAlign="LEFT",
                 style=TableStyle(_cells(left=0, right=6, top=1.5, bottom=1.5)))


class HeaderMark(Flowable):
    """Zero-size marker: from the page it lands on, the running header reads ``text``."""

    def __init__(self, text: str):
        super().__init__()
        self.text = nfc(text)
        self.width = self.height = 0

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.canv._am_header = self.text


def table_of_contents() -> TableOfContents:
    st = styles()
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [st.toc1, st.toc2]
    # reportlab's own table style sets no font: its cells would name Helvetica.
    toc.tableStyle = TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), SANS, 10),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ])
    return toc


# --- the document ---------------------------------------------------------------------------

class _NumberedCanvas(Canvas):
    """Holds each page back until the end, so every page can say "page X of Y"."""

    def __init__(self, *args, page_label: Callable[[int, int], str], **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._page_label = page_label

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFillColor(MUTED)
            draw_text(self, PAGE_SIZE[0] - MARGIN, BOTTOM - 10 * mm,
                      self._page_label(number, total), 8, align="right")
            self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


class _Template(BaseDocTemplate):
    def __init__(self, target, owner: Document, **kw):
        self.owner = owner
        super().__init__(target, **kw)
        frame = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, PAGE_SIZE[1] - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=owner._furniture)])

    def afterFlowable(self, flowable):
        if isinstance(flowable, _Heading):
            if flowable.outline_level is not None or flowable.toc_level is not None:
                self.canv.bookmarkPage(flowable.key)
            if flowable.outline_level is not None:
                self.canv.showOutline()
                self.canv.addOutlineEntry(flowable.plain, flowable.key,
                                          level=flowable.outline_level,
                                          closed=flowable.outline_level > 0)
            if flowable.toc_level is not None:
                # The contents set the entry as paragraph markup: give it ours (fallback faces).
                self.notify("TOCEntry", (flowable.toc_level, markup(flowable.toc_text),
                                         self.page, flowable.key))


class Document:
    """An A4 document of the product: header, footer, page X of Y, outline, metadata."""

    def __init__(self, path, *, title: str, lang: str = "en", header: str | None = None,
                 footer: str | None = None, subject: str = "", author: str | None = None,
                 marker: str | None = None):
        from almere_missions.documents.branding import settings

        register_fonts()
        self.path = path
        self.lang = lang
        self.title = nfc(title)
        self.header = nfc(header if header is not None else title)
        self.footer = nfc(footer or "")
        self.subject = nfc(subject)
        self.author = nfc(author or labels_municipality(lang, settings()))
        self.marker = nfc(marker or "")
        self.story: list[Flowable] = []
        self.pages = 0

    def add(self, *flowables: Flowable | Iterable[Flowable]) -> Document:
        for f in flowables:
            if isinstance(f, Flowable):
                self.story.append(f)
            else:
                self.story.extend(f)
        return self

    def _furniture(self, canvas, doc) -> None:
        """Header and left footer, drawn on each page as it closes."""
        header = getattr(canvas, "_am_header", None) or self.header
        canvas.saveState()
        top = PAGE_SIZE[1] - TOP + 8 * mm
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        draw_text(canvas, MARGIN, top, _clip(header, 8, CONTENT_WIDTH * 0.7), 8)
        if self.marker:
            canvas.setFillColor(WARN)
            draw_text(canvas, PAGE_SIZE[0] - MARGIN, top, self.marker, 8, bold=True,
                      align="right")
        canvas.line(MARGIN, top - 2.5 * mm, PAGE_SIZE[0] - MARGIN, top - 2.5 * mm)
        bottom = BOTTOM - 10 * mm
        canvas.line(MARGIN, bottom + 4 * mm, PAGE_SIZE[0] - MARGIN, bottom + 4 * mm)
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN, bottom, _clip(self.footer, 8, CONTENT_WIDTH * 0.7), 8)
        canvas.restoreState()

    def _page_label(self, page: int, total: int) -> str:
        return labels.label("page", self.lang, page=str(page), total=str(total))

    def build(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Lay the story out and write the file in one step; return the page count.

        ``progress(done, total)`` is called as flowables are laid out (over both
        passes when there are contents); raising from it cancels, writing nothing.
        """
        buf = io.BytesIO()
        template = _Template(
            buf, self, pagesize=PAGE_SIZE, title=self.title, author=self.author,
            subject=self.subject, creator="Almere Missions", initialFontName=SANS,
            initialFontSize=10, lang=self.lang, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=TOP, bottomMargin=BOTTOM)
        maker = partial(_NumberedCanvas, page_label=self._page_label)
        has_toc = any(isinstance(f, TableOfContents) for f in self.story)
        story = list(self.story) or [Spacer(1, 1)]  # a PDF of no pages is no PDF
        if progress:
            template.setProgressCallBack(_progress_reporter(progress, len(story),
                                                            2 if has_toc else 1))
        if has_toc:
            # Seed the contents with every entry (page numbers still unknown) so the first
            # pass already lays it out at full length: two passes instead of three.
            entries = [(f.toc_level, markup(f.toc_text), 0, f.key) for f in story
                       if isinstance(f, _Heading) and f.toc_level is not None]
            for toc in story:
                if isinstance(toc, TableOfContents):
                    toc._entries = list(entries)  # becomes _lastEntries in beforeBuild
            template.multiBuild(story, canvasmaker=maker, maxPasses=6)
        else:
            template.build(story, canvasmaker=maker)
        self.pages = template.page
        atomic_write_bytes(self.path, buf.getvalue())
        return self.pages


def _progress_reporter(progress: Callable[[int, int], None], count: int, passes: int):
    state = {"pass": -1}
    total = max(1, count * passes)

    def report(kind: str, value: int) -> None:
        if kind == "STARTED":
            state["pass"] = min(state["pass"] + 1, passes - 1)
        elif kind == "PROGRESS":
            progress(min(state["pass"] * count + value, total - 1), total)
        elif kind == "FINISHED" and state["pass"] == passes - 1:
            progress(total, total)

    return report


def labels_municipality(lang: str, office) -> str:
    from almere_missions.text import pick

    return pick(office.municipality, lang)


def _clip(text: str, size: float, width: float) -> str:
    """Shorten a one-line text with an ellipsis to fit ``width``."""
    from almere_missions.documents.fonts import text_width

    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def today_label(lang: str, today: date | None = None) -> str:
    from almere_missions.timeutil import now_utc

    return labels.label("generated", lang, day=labels.day(today or now_utc().date(), lang, "long"))
