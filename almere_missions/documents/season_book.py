"""The season book: every mission's programme in a date range, in one PDF,
with a table of contents and a PDF outline (mission → section → day)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm

from almere_missions.documents import labels
from almere_missions.documents.branding import Wordmark, settings
from almere_missions.documents.common import allow, check_request
from almere_missions.documents.programme import programme_story
from almere_missions.documents.toolkit import (
    Document,
    HeaderMark,
    heading,
    page_break,
    para,
    spacer,
    table_of_contents,
    today_label,
)
from almere_missions.errors import InvalidInput
from almere_missions.logistics.precedence import in_order
from almere_missions.services.missions import load_snapshot
from almere_missions.text import pick
from almere_missions.uow import UnitOfWork

Progress = Callable[[int, int], None]


def season_book(uow: UnitOfWork, path, date_from: date, date_to: date, lang: str = "en", *,
                audience: str = "guest", progress: Progress | None = None) -> int:
    """Write the programmes of all missions overlapping ``date_from``..``date_to``.

    ``progress(done, total)`` is called as the book is laid out (the desktop
    runs this off the UI thread); raising from it cancels the book, and nothing
    is written. Returns the page count.
    """
    check_request(lang, audience)
    if date_from > date_to:
        raise InvalidInput(f"the period ends ({date_to}) before it begins ({date_from})",
                           field="to")
    allow(uow, audience)
    snap = in_order(uow, load_snapshot(uow, date_from=date_from, date_to=date_to))
    municipality = pick(settings().municipality, lang)
    period = labels.label("season_range", lang, start=labels.day(date_from, lang, "long"),
                          end=labels.day(date_to, lang, "long"))
    book_title = labels.label("season_book", lang)
    internal = audience == "internal"
    doc = Document(path, title=f"{book_title} — {period}", lang=lang,
                   header=f"{municipality} · {book_title}", footer=today_label(lang),
                   subject=period,
                   marker=labels.label("internal_marker", lang) if internal else None)
    doc.add(HeaderMark(f"{municipality} · {book_title}"), Wordmark(14 * mm, lang), spacer(40),
            para(book_title, "title"), para(period, "subtitle"))
    if internal:
        doc.add(spacer(6), para(labels.label("internal_marker", lang), "marker"))
    if not snap.missions:
        doc.add(spacer(10), para(labels.label("no_missions", lang)))
    else:
        doc.add(page_break(), heading(labels.label("contents", lang), 1, outline=0),
                table_of_contents())
    for mission in snap.missions:
        doc.add(page_break(), programme_story(mission, snap, lang, audience, depth=1))
    return doc.build(progress)
