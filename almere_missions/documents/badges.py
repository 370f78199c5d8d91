"""Name badges: A4 sheets of eight (2 × 4), to print on perforated badge card.

The name in its own script is set as large as fits, the Latin form and the
organisation below it; a coloured band tells delegation, hosts and others apart.
"""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from almere_missions.documents import labels
from almere_missions.documents.branding import draw_wordmark, settings
from almere_missions.documents.common import (
    DELEGATION_ROLES,
    allow,
    check_request,
    role_label,
    title_of,
)
from almere_missions.documents.fonts import (
    SANS,
    SANS_BOLD,
    draw_text,
    markup,
    nfc,
    register_fonts,
)
from almere_missions.documents.toolkit import ACCENT, GREEN, INK, MUTED, PAGE_SIZE, RULE, styles
from almere_missions.fileio import atomic_write_bytes
from almere_missions.logistics.precedence import in_order
from almere_missions.services.missions import load_snapshot
from almere_missions.text import pick
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView, PersonView, Snapshot

COLUMNS, ROWS = 2, 4
PER_SHEET = COLUMNS * ROWS
SHEET_MARGIN = 10 * mm
BADGE_W = (PAGE_SIZE[0] - 2 * SHEET_MARGIN) / COLUMNS
BADGE_H = (PAGE_SIZE[1] - 2 * SHEET_MARGIN) / ROWS
PAD = 6 * mm
BAND = 9 * mm


def badges(uow: UnitOfWork, ref: str, path, lang: str = "en") -> int:
    """Write badges for everyone in mission ``ref``; return the number of sheets."""
    check_request(lang)
    allow(uow, "guest")
    snap = in_order(uow, load_snapshot(uow, [ref]))
    mission = snap.mission(ref)
    data = badge_sheets(mission, snap, lang)
    atomic_write_bytes(path, data)
    return max(1, -(-len(badge_holders(mission, snap)) // PER_SHEET))


def badge_holders(mission: MissionView, snap: Snapshot) -> list[tuple[PersonView, str]]:
    out, seen = [], set()
    for part in mission.participants:
        if part.person in seen or part.person not in snap.persons:
            continue
        seen.add(part.person)
        out.append((snap.persons[part.person], part.role))
    return out


def badge_sheets(mission: MissionView, snap: Snapshot, lang: str) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=PAGE_SIZE, initialFontName=SANS, initialFontSize=10,
                    lang=lang)
    title = title_of(mission, lang)
    canvas.setTitle(nfc(f"{title} — badges"))
    canvas.setAuthor(nfc(pick(settings().municipality, lang)))
    canvas.setCreator("Almere Missions")
    holders = badge_holders(mission, snap)
    if not holders:
        canvas.setFillColor(MUTED)
        draw_text(canvas, SHEET_MARGIN, PAGE_SIZE[1] - SHEET_MARGIN - 12, title, 12, bold=True)
        draw_text(canvas, SHEET_MARGIN, PAGE_SIZE[1] - SHEET_MARGIN - 30,
                  labels.label("no_people", lang), 10)
        canvas.showPage()
    for n, (person, role) in enumerate(holders):
        slot = n % PER_SHEET
        if n and slot == 0:
            canvas.showPage()
        col, row = slot % COLUMNS, slot // COLUMNS
        x = SHEET_MARGIN + col * BADGE_W
        y = PAGE_SIZE[1] - SHEET_MARGIN - (row + 1) * BADGE_H
        draw_badge(canvas, x, y, person, role, title, lang)
    if holders:
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _fit(text: str, width: float, max_height: float, sizes: range, *, bold: bool,
         color=INK, max_lines: int = 2, one_line_first: bool = True) -> Paragraph:
    """The largest size at which ``text`` fits; one line preferred, wrapping as a last resort."""
    best = None
    for allow_lines in ((1, max_lines) if one_line_first else (max_lines,)):
        for size in sizes:
            st = ParagraphStyle(f"badge-{size}", fontName=SANS_BOLD if bold else SANS,
                                fontSize=size, leading=size * 1.18, textColor=color,
                                alignment=1, splitLongWords=1)
            p = Paragraph(markup(text, bold), st)
            _, h = p.wrap(width, 10 * max_height)
            if len(p.blPara.lines) <= allow_lines and h <= max_height:
                return p
            best = p
    return best


def draw_badge(canvas, x: float, y: float, person: PersonView, role: str, title: str,
               lang: str) -> None:
    canvas.saveState()
    # Cut lines.
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    canvas.rect(x, y, BADGE_W, BADGE_H, stroke=1, fill=0)
    canvas.setDash()
    # Top: the wordmark and the mission.
    top = y + BADGE_H - PAD
    draw_wordmark(canvas, x + PAD, top - 6 * mm, 6 * mm,
                  pick(settings().municipality, lang))
    inner = BADGE_W - 2 * PAD
    mission_line = _fit(title, inner, 9 * mm, range(7, 5, -1), bold=False, color=MUTED)
    _, h = mission_line.wrap(inner, 9 * mm)
    mission_line.drawOn(canvas, x + PAD, top - 7.5 * mm - h)
    # Middle: the name as large as fits, the Latin form and organisation below,
    # the whole block centred between the header and the band.
    area_top = top - 15 * mm
    area_bottom = y + BAND + 3 * mm
    area_h = area_top - area_bottom
    below = []
    if person.latin_name and person.latin_name != person.name:
        below.append(_fit(person.latin_name, inner, 10 * mm, range(11, 6, -1), bold=True))
    line = " · ".join(v for v in (person.function, person.organisation) if v)
    if line:
        below.append(_fit(line, inner, 11 * mm, range(8, 5, -1), bold=False, color=MUTED,
                          max_lines=3, one_line_first=False))
    heights = [p.wrap(inner, area_h)[1] for p in below]
    gap = 1.5 * mm
    room = area_h - sum(heights) - gap * len(below)
    name = _fit(person.name, inner, room, range(26, 7, -1), bold=True, max_lines=4)
    blocks = [name, *below]
    heights.insert(0, name.wrap(inner, room)[1])
    total = sum(heights) + gap * len(below)
    cursor = area_bottom + (area_h + min(total, area_h)) / 2
    for block, h in zip(blocks, heights, strict=True):
        cursor -= h
        block.drawOn(canvas, x + PAD, cursor)
        cursor -= gap
    # Bottom band: the role.
    band = ACCENT if role in DELEGATION_ROLES else GREEN if role in ("host", "staff") else MUTED
    canvas.setFillColor(band)
    canvas.rect(x, y, BADGE_W, BAND, stroke=0, fill=1)
    canvas.setFillColor(styles().cell_head.textColor)
    text = labels.label("badge_guest", lang) if role == "delegation_member" \
        else role_label(role, lang)
    draw_text(canvas, x + BADGE_W / 2, y + BAND / 2 - 3.5, text.upper(), 10, bold=True,
              align="centre")
    canvas.restoreState()
