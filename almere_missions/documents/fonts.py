"""The product's fonts: TrueType faces shipped in ``resources/fonts`` and always embedded.

No single free TrueType face covers Latin with every European diacritic,
Greek, Cyrillic, Chinese, Japanese and Korean, so text is cut into runs and
each run goes to the first face of the chain that has all its characters:
DejaVu Sans (Latin, Greek, Cyrillic, Hebrew, Arabic), Droid Sans Fallback
(Chinese, kana), NanumSquare (Hangul), then Noto Sans faces for Thai,
Devanagari, Bengali, Tamil and Ethiopic (not shaped: legible, read back as
written). reportlab's base-14 fonts (Helvetica) are never used:
they would not be embedded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from almere_missions.errors import EnvironmentProblem
from almere_missions.paths import RESOURCES

FONT_DIR = RESOURCES / "fonts"

SANS = "AM-Sans"
SANS_BOLD = "AM-Sans-Bold"

# (family, regular file, bold file or None): the fallback chain, in order.
CHAIN: tuple[tuple[str, str, str | None], ...] = (
    (SANS, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("AM-CJK", "DroidSansFallbackFull.ttf", None),
    ("AM-Hangul", "NanumSquareR.ttf", "NanumSquareB.ttf"),
    # Scripts beyond the ones asked for, so that no name prints as empty boxes.
    ("AM-Thai", "NotoSansThai-Regular.ttf", None),
    ("AM-Devanagari", "NotoSansDevanagari-Regular.ttf", None),
    ("AM-Bengali", "NotoSansBengali-Regular.ttf", None),
    ("AM-Tamil", "NotoSansTamil-Regular.ttf", None),
    ("AM-Ethiopic", "NotoSansEthiopic-Regular.ttf", None),
)


_HAS_BOLD = {family: bold is not None for family, _, bold in CHAIN}


def _face_name(family: str, bold: bool) -> str:
    # A family without a bold file prints bold text in its regular face (one subset, not two).
    return f"{family}-Bold" if bold and _HAS_BOLD[family] else family


@cache
def register_fonts() -> tuple[frozenset[int], ...]:
    """Register every face once per process; return each family's code points."""
    coverage = []
    for family, regular, bold in CHAIN:
        faces = {False: family, True: _face_name(family, True)}
        for name, filename in {family: regular, faces[True]: bold or regular}.items():
            path = FONT_DIR / filename
            if name not in pdfmetrics.getRegisteredFontNames():
                try:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                except OSError as exc:
                    raise EnvironmentProblem(
                        f"font file {path} cannot be read ({exc}); reinstall the program") from exc
        # <b> inside a paragraph, and bold styles, map through the family.
        for is_bold in (False, True):
            for italic in (False, True):
                addMapping(family, is_bold, italic, faces[is_bold])
                addMapping(faces[is_bold], is_bold, italic, faces[is_bold])
        face = pdfmetrics.getFont(faces[False]).face
        coverage.append(frozenset(face.charToGlyph))
    return tuple(coverage)


_family_of: dict[str, int] = {}


def family_index(char: str) -> int:
    """Which face of the chain draws ``char``: the first that has it (0 if none does)."""
    found = _family_of.get(char)
    if found is None:
        cp = ord(char)
        found = 0
        for i, covered in enumerate(register_fonts()):
            if cp in covered:
                found = i
                break
        _family_of[char] = found
    return found


def _neutral(char: str) -> bool:
    # Spaces and joiners go with the run around them instead of cutting it.
    return char.isspace() or unicodedata.category(char) in ("Zs", "Cf", "Mn")


# Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: written right to left.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def visual(text: str) -> str:
    """Right-to-left segments (a Hebrew or Arabic name) in the order they are drawn.

    PDF text is drawn left to right; the Unicode bidirectional algorithm
    (python-bidi) turns the logical order into the visual one, in a line whose
    base direction is left to right. Letters are not joined (no shaping), so
    ``pdftotext`` gives the name back as written.
    """
    if not _RTL.search(text):
        return text
    from bidi import get_display

    return "\n".join(get_display(line, base_dir="L") for line in text.split("\n"))


@cache
def _outside_first_face() -> re.Pattern:
    """Matches any character the first face lacks: most texts need no fallback at all."""
    points = sorted(register_fonts()[0])
    ranges, start, prev = [], points[0], points[0]
    for cp in points[1:] + [-1]:
        if cp != prev + 1:
            ranges.append(f"\\U{start:08x}" if start == prev
                          else f"\\U{start:08x}-\\U{prev:08x}")
            start = cp
        prev = cp
    return re.compile(f"[^{''.join(ranges)}]")


def runs(text: str) -> list[tuple[int, str]]:
    """``text`` (NFC, in visual order) cut into (face index, substring) runs."""
    text = visual(nfc(text))
    if not _outside_first_face().search(text):
        return [(0, text)] if text else []
    out: list[tuple[int, str]] = []
    current = None
    buf: list[str] = []
    for ch in text:
        idx = current if (current is not None and _neutral(ch)) else family_index(ch)
        if idx != current and buf:
            out.append((current, "".join(buf)))
            buf = []
        current = idx
        buf.append(ch)
    if buf:
        out.append((current, "".join(buf)))
    return out


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def markup(text: str | None, bold: bool = False) -> str:
    """Paragraph markup for plain text: NFC, XML-escaped, each run in the face that has it.

    ``bold`` names the bold faces of the fallbacks (reportlab does not make a
    ``<font face>`` inside bold text bold by itself).
    """
    parts = []
    for idx, chunk in runs(text or ""):
        chunk = escape(chunk).replace("\n", "<br/>")
        if idx == 0:
            parts.append(chunk)
        else:
            parts.append(f'<font face="{_face_name(CHAIN[idx][0], bold)}">{chunk}</font>')
    return "".join(parts)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(chunk, _face_name(CHAIN[i][0], bold), size)
               for i, chunk in runs(text))


def draw_text(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
              align: str = "left") -> float:
    """Draw one line on a canvas with per-character fallback; return its width."""
    pieces = runs(text)
    width = sum(pdfmetrics.stringWidth(c, _face_name(CHAIN[i][0], bold), size) for i, c in pieces)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for i, chunk in pieces:
        face = _face_name(CHAIN[i][0], bold)
        canvas.setFont(face, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, face, size)
    return width


def missing_glyphs(text: str) -> set[str]:
    """Characters (not spaces) that no face of the chain can draw."""
    cover = register_fonts()
    return {ch for ch in nfc(text)
            if not _neutral(ch) and not any(ord(ch) in c for c in cover)}
