"""The printed visitor programme: what a visiting deputy mayor holds in her hand.

Cover, welcome, delegation and hosts, a day-by-day timetable in each venue's
local time, venues, transfers and a contact block. The guest version shows
public items that still take place and no notes; the internal version for
hosts adds internal and cancelled items and the notes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from almere_missions.documents import labels
from almere_missions.documents.branding import Wordmark, settings
from almere_missions.documents.common import (
    DELEGATION_ROLES,
    HOST_ROLES,
    TRAVEL_KINDS,
    allow,
    check_request,
    internal_marker,
    item_days,
    mission_document,
    name_cell,
    others,
    people,
    responsible_officer,
    role_label,
    time_label,
    title_of,
    venue_line,
    visible_items,
)
from almere_missions.documents.toolkit import (
    Document,
    HeaderMark,
    heading,
    key_values,
    markup,
    page_break,
    para,
    spacer,
    styles,
    table,
)
from almere_missions.logistics.precedence import in_order
from almere_missions.services.missions import load_snapshot
from almere_missions.text import languages, pick
from almere_missions.uow import UnitOfWork
from almere_missions.views import ItemView, MissionView, Snapshot

__all__ = ["render_programme", "programme_story", "programme_document", "contact_block"]


def render_programme(uow: UnitOfWork, ref: str, path, lang: str = "en",
                     audience: str = "guest") -> int:
    """Write the programme of mission ``ref`` to ``path``; return the number of pages."""
    check_request(lang, audience)
    allow(uow, audience)
    snap = in_order(uow, load_snapshot(uow, [ref]))
    mission = snap.mission(ref)
    doc = programme_document(path, mission, lang, audience)
    doc.add(programme_story(mission, snap, lang, audience))
    return doc.build()


def programme_document(path, mission: MissionView, lang: str, audience: str) -> Document:
    title = title_of(mission, lang)
    internal = audience == "internal"
    return mission_document(
        path, lang, title=title, header=title, ref=mission.ref,
        subject=labels.label("programme_internal" if internal else "programme", lang),
        marker=internal_marker(lang, internal))


def programme_story(mission: MissionView, snap: Snapshot, lang: str, audience: str, *,
                    depth: int = 0) -> list[Flowable]:
    """The programme's flowables; ``depth`` is the outline level of its sections
    (0 on its own, 1 inside the season book)."""
    items = visible_items(mission, audience)
    story: list[Flowable] = []
    story += _cover(mission, lang, audience, depth)
    if not depth:
        story.append(page_break())
    story += _welcome(mission, lang, depth)
    story += _people(mission, snap, lang, depth, needs=audience == "internal")
    story += _timetable(mission, snap, items, lang, audience, depth)
    story += _venues(snap, items, lang, depth)
    story += _transfers(mission, snap, items, lang, depth)
    story += _contact(mission, snap, lang, depth)
    return story


# --- parts ------------------------------------------------------------------------------------

def _cover(mission: MissionView, lang: str, audience: str, depth: int) -> list[Flowable]:
    st = styles()
    municipality = pick(settings().municipality, lang)
    title = title_of(mission, lang)
    out: list[Flowable] = [HeaderMark(f"{municipality} · {title}")]
    if not depth:
        out += [Wordmark(14 * mm, lang), spacer(28)]
    internal = audience == "internal"
    out.append(para(labels.label("programme_internal" if internal else "programme", lang),
                    "subtitle"))
    if depth:
        # In the season book the mission's title is its chapter: in the outline and contents.
        dates = labels.day_range(mission.start, mission.end, lang)
        out.append(heading(title, 1, style=st.title, outline=depth - 1, toc=0,
                           toc_text=f"{dates} · {title} ({mission.ref})"))
    else:
        out.append(para(title, "title"))
    # The title in the guests' own language(s) too, when the mission has it.
    for tag in sorted(languages(mission.title)):
        other = pick(mission.title, tag)
        if other and other != title and tag.split("-")[0] not in ("nl", "en"):
            out.append(para(other, "subtitle"))
    out.append(spacer(8 if not depth else 2))
    out.append(key_values([
        (labels.label("dates", lang), labels.day_range(mission.start, mission.end, lang)),
        (labels.label("visiting", lang), mission.counterpart),
        (labels.label("ref", lang), mission.ref),
    ], key_width=0.32))
    if internal:
        out += [spacer(6), para(labels.label("internal_marker", lang), "marker")]
    return out


def welcome_text(mission: MissionView, lang: str) -> str:
    text = pick(mission.welcome, lang).strip() if mission.welcome else ""
    if text:
        return text
    if mission.direction == "outgoing":
        return labels.label("welcome_outgoing", lang, place=", ".join(mission.cities)
                            or ", ".join(mission.countries))
    if mission.counterpart:
        return labels.label("welcome_default", lang, guest=mission.counterpart)
    return labels.label("welcome_anonymous", lang)


def _welcome(mission: MissionView, lang: str, depth: int) -> list[Flowable]:
    out: list[Flowable] = [heading(labels.label("welcome", lang), 1, outline=depth)]
    for block in welcome_text(mission, lang).split("\n\n"):
        out.append(para(block.strip()))
    return out


def people_table(persons, lang: str, *, with_role: list[str] | None = None,
                 needs: bool = False):
    header = [labels.label("name", lang), labels.label("function", lang),
              labels.label("organisation", lang)]
    widths = (0.34, 0.28, 0.38)
    rows = []
    for i, p in enumerate(persons):
        row = [name_cell(p, lang, needs=needs), p.function or "", p.organisation or ""]
        if with_role is not None:
            row.insert(1, role_label(with_role[i], lang))
        rows.append(row)
    if with_role is not None:
        header.insert(1, labels.label("role", lang))
        widths = (0.3, 0.16, 0.22, 0.32)
    return table(rows, widths, header=header)


def _people(mission: MissionView, snap: Snapshot, lang: str, depth: int, *,
            needs: bool = False) -> list[Flowable]:
    out: list[Flowable] = []
    for key, roles in (("delegation", DELEGATION_ROLES), ("hosts", HOST_ROLES)):
        persons = people(mission, snap, roles)
        out.append(heading(labels.label(key, lang), 1, outline=depth))
        out.append(people_table(persons, lang, needs=needs) if persons
                   else para(labels.label("no_people", lang), "muted"))
    rest = others(mission, snap)
    if rest:
        out.append(heading(labels.label("others", lang), 2, outline=depth + 1))
        out.append(people_table([p for p, _ in rest], lang, with_role=[r for _, r in rest],
                                needs=needs))
    return out


def _item_cell(item: ItemView, mission: MissionView, snap: Snapshot, lang: str,
               audience: str) -> list[Flowable]:
    st = styles()
    title = pick(item.title, lang) or item.ref
    flags = []
    if item.status == "tentative":
        flags.append(labels.label("tentative", lang))
    if audience == "internal":
        if item.status == "cancelled":
            flags.append(labels.label("cancelled", lang).upper())
        if not item.public:
            flags.append(labels.label("internal_item", lang))
    head = markup(title, True)
    if item.status == "cancelled":
        head = f"<strike>{head}</strike>"
    if flags:
        head += f' <font size="8" color="#5F6B76">({markup(", ".join(flags), True)})</font>'
    cell: list[Flowable] = [Paragraph(head, st.cell_bold)]
    where = venue_line(item, snap, lang)
    if where:
        cell.append(Paragraph(markup(where), st.cell_small))
    description = pick(item.description, lang) if item.description else ""
    for block in description.split("\n\n"):
        if block.strip():
            cell.append(Paragraph(markup(block.strip()), st.cell))
    if item.participants is not None:
        order = {r: n for n, r in enumerate(mission.person_refs())}
        refs = sorted(item.participants, key=lambda r: (order.get(r, len(order)), r))
        names = [snap.persons[r].display_name for r in refs if r in snap.persons]
        if names:
            cell.append(Paragraph(
                f"<b>{markup(labels.label('with', lang), True)}:</b> {markup(', '.join(names))}",
                st.cell_small))
    if audience == "internal" and item.notes:
        cell.append(Paragraph(
            f"<b>{markup(labels.label('notes', lang), True)}:</b> {markup(item.notes)}",
            st.cell_small))
    return cell


def _timetable(mission: MissionView, snap: Snapshot, items: list[ItemView], lang: str,
               audience: str, depth: int) -> list[Flowable]:
    out: list[Flowable] = [heading(labels.label("timetable", lang), 1, outline=depth)]
    if not items:
        out.append(para(labels.label("no_items", lang)))
        return out
    note = para(labels.label("times_note", lang, zone=_zone_name(mission)), "muted")
    note.keepWithNext = 1  # never leave the heading and this note alone at a page's foot
    out.append(note)
    by_day: dict[date, list[ItemView]] = defaultdict(list)
    for item in items:
        for d in item_days(item):
            by_day[d].append(item)
    for d in sorted(by_day):
        # All-day items first, then by start time.
        day_items = sorted(by_day[d], key=lambda i: (not i.all_day, i.start, i.position, i.ref))
        day_title = labels.day(d, lang)
        out.append(heading(day_title[:1].upper() + day_title[1:], 2, outline=depth + 1))
        rows = [[Paragraph(markup(time_label(i, mission.timezone, lang), True),
                           styles().cell_bold),
                 _item_cell(i, mission, snap, lang, audience)] for i in day_items]
        out.append(table(rows, (0.24, 0.76), header=[labels.label("time", lang),
                                                     labels.label("item", lang)]))
    return out


def _zone_name(mission: MissionView) -> str:
    from almere_missions.timeutil import abbreviation, day_start_utc

    start = day_start_utc(mission.start, mission.timezone)
    return f"{mission.timezone.split('/')[-1].replace('_', ' ')} ({abbreviation(start, mission.timezone)})"


def _venues(snap: Snapshot, items: list[ItemView], lang: str, depth: int) -> list[Flowable]:
    refs = list(dict.fromkeys(r for i in items for r in (i.venue, i.to_venue) if r))
    venues = [snap.venues[r] for r in refs if r in snap.venues]
    if not venues:
        return []
    from almere_missions.codes import country_name

    rows = []
    for v in venues:
        place = ", ".join(p for p in (v.address, v.city, country_name(v.country, lang)) if p)
        rows.append([v.label(lang), place])
    return [heading(labels.label("venues", lang), 1, outline=depth),
            table(rows, (0.38, 0.62), header=[labels.label("name", lang),
                                              labels.label("address", lang)])]


def _transfers(mission: MissionView, snap: Snapshot, items: list[ItemView], lang: str,
               depth: int) -> list[Flowable]:
    moves = [i for i in items if i.kind in TRAVEL_KINDS]
    if not moves:
        return []
    rows = []
    for i in moves:
        when = f"{labels.day(i.first_day, lang, 'medium')}\n{time_label(i, mission.timezone, lang)}"
        rows.append([when, venue_line(i, snap, lang) or "—", pick(i.title, lang)])
    return [heading(labels.label("transfers", lang), 1, outline=depth),
            table(rows, (0.26, 0.42, 0.32), header=[
                labels.label("time", lang), labels.label("from_to", lang),
                labels.label("item", lang)])]


def contact_block(mission: MissionView, snap: Snapshot, lang: str) -> list[Flowable]:
    office = settings()
    officer = responsible_officer(mission, snap)
    if officer:
        who = ", ".join(x for x in (officer.display_name, officer.function) if x)
        details = " · ".join(x for x in (officer.phone, officer.email) if x)
        responsible = f"{who}\n{details}" if details else who
    else:
        responsible = mission.lead_department or pick(office.office, lang)
    office_line = ", ".join(x for x in (pick(office.municipality, lang),
                                        pick(office.office, lang)) if x)
    office_line += f"\n{office.office_phone}"
    if office.office_email:
        office_line += f" · {office.office_email}"
    emergency = office.emergency_phone
    note = pick(office.emergency_note, lang)
    if note:
        emergency += f" — {note}"
    return [key_values([
        (labels.label("responsible_officer", lang), responsible),
        (labels.label("office_phone", lang), office_line),
        (labels.label("address", lang), office.address),
        (labels.label("emergency", lang), emergency),
    ])]


def _contact(mission: MissionView, snap: Snapshot, lang: str, depth: int) -> list[Flowable]:
    return [heading(labels.label("contact", lang), 1, outline=depth),
            *contact_block(mission, snap, lang)]
