"""The driver's sheet: one page per driver per day, the rides in time order.

Internal: the passengers are named (in the order of precedence) and those who need a
step-free vehicle are marked, so only those who may read needs print it.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph

from almere_missions import permissions
from almere_missions.documents import labels
from almere_missions.documents.common import check_request, internal_marker, mission_document
from almere_missions.documents.fonts import markup
from almere_missions.documents.sheet_labels import cover, hm, place_cell, word
from almere_missions.documents.toolkit import page_break, para, spacer, styles, table
from almere_missions.logistics.sheets import DriverDay, MissionHead, Ride, driver_days
from almere_missions.uow import UnitOfWork


def driver_sheet(uow: UnitOfWork, ref: str, path, lang: str = "en", *,
                 driver: str | None = None, day: date | None = None) -> int:
    """Write the driver's sheets of mission ``ref`` (one driver, one day, or all); return
    the page count."""
    check_request(lang, "internal")
    permissions.require(uow, permissions.NEEDS_READ)
    head, days = driver_days(uow, ref, lang, driver=driver, day=day)
    name = word("driver_sheet", lang)
    doc = mission_document(path, lang, title=f"{name} — {head.title}", header=name,
                           ref=head.ref, subject=name, marker=internal_marker(lang))
    doc.add(driver_story(head, days, lang))
    return doc.build()


def driver_story(head: MissionHead, days: list[DriverDay], lang: str) -> list[Flowable]:
    if not days:
        return [*cover(head, "driver_sheet", head.title, lang, []),
                para(word("no_rides", lang), "muted")]
    out: list[Flowable] = []
    officer = head.officer
    officer_line = " · ".join(x for x in (officer.name, officer.phone) if x) if officer \
        else None
    for n, dd in enumerate(days):
        if n:
            out.append(page_break())
        vehicles = list(dict.fromkeys(r.vehicle for r in dd.rides))
        out += cover(head, "driver_sheet", dd.driver, lang, [
            (word("day", lang), labels.day(dd.day, lang)),
            (word("driver", lang), " · ".join(x for x in (dd.driver, dd.driver_phone) if x)),
            (word("vehicle", lang), ", ".join(vehicles)),
            (word("officer", lang), officer_line),
        ])
        out.append(spacer(3))
        out.append(table([_row(r, lang) for r in dd.rides], (0.15, 0.25, 0.27, 0.2, 0.13),
                         header=[word("pickup", lang), word("from", lang), word("to", lang),
                                 word("passengers", lang), word("vehicle", lang)]))
    return out


def _row(ride: Ride, lang: str) -> list:
    st = styles()
    when = [Paragraph(markup(hm(ride.pickup), True), st.cell_bold),
            Paragraph(markup(word("arrive_by", lang, time=hm(ride.arrive))), st.cell_small)]
    if ride.minutes:
        when.append(Paragraph(markup(word("about_minutes", lang, minutes=str(ride.minutes))),
                              st.cell_small))
    riders = []
    for p in ride.passengers:
        riders.append(Paragraph(markup(p.name, True), st.cell_bold))
        if p.latin_name and p.latin_name != p.name:
            riders.append(Paragraph(markup(p.latin_name), st.cell_small))
        if p.step_free:
            riders.append(Paragraph(markup(word("step_free_need", lang)), st.cell_small))
    return [when, place_cell(ride.origin, lang), place_cell(ride.destination, lang,
                                                            extra=ride.item_title),
            riders or "—", f"{ride.vehicle}\n{word('seats', lang, seats=str(ride.seats))}"]
