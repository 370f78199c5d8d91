"""What the mission documents share: checks of the request, who may print what, the
frame and the opening of a document, names in their own script, and times in the
place's own zone."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from almere_missions import permissions
from almere_missions.codes import PARTICIPANT_ROLES, is_language_tag
from almere_missions.documents import labels
from almere_missions.documents.branding import Wordmark, settings
from almere_missions.documents.toolkit import (
    Document,
    heading,
    markup,
    para,
    spacer,
    styles,
    today_label,
)
from almere_missions.errors import InvalidInput
from almere_missions.permissions import AUDIENCES
from almere_missions.text import pick
from almere_missions.timeutil import abbreviation, utc_to_local
from almere_missions.uow import UnitOfWork
from almere_missions.views import ItemView, MissionView, PersonView, Snapshot

DELEGATION_ROLES = ("delegation_leader", "delegation_member")
HOST_ROLES = ("host",)
TRAVEL_KINDS = ("travel", "transfer")


def check_request(lang: str, audience: str = "guest") -> None:
    if not is_language_tag(lang):
        raise InvalidInput(f"{lang!r} is not a language tag such as nl, en or zh-Hant",
                           field="lang")
    if audience not in AUDIENCES:
        raise InvalidInput(f"{audience!r} is not an audience (guest or internal)",
                           field="audience")


def allow(uow: UnitOfWork, audience: str = "guest") -> None:
    # Internal versions carry notes and internal items; lists carry personal data.
    permissions.require(uow, permissions.document_action(audience))


def internal_marker(lang: str, internal: bool = True) -> str | None:
    """The mark atop every page of a version that is not for guests."""
    return labels.label("internal_marker", lang) if internal else None


def mission_document(path, lang: str, *, title: str, header: str, ref: str, subject: str,
                     marker: str | None = None, note: str | None = None) -> Document:
    """A mission's document: the municipality and ``header`` atop each page, the
    mission's ref, today's date (and ``note``) at the foot."""
    footer = f"{ref} · {today_label(lang)}" + (f" · {note}" if note else "")
    return Document(path, title=title, lang=lang,
                    header=f"{pick(settings().municipality, lang)} · {header}",
                    footer=footer, subject=subject, marker=marker)


def report_document(path, title: str, lang: str, *, header: str | None = None) -> Document:
    """A document of the office about no one mission: ``title`` atop each page and
    opening the first; today's date at the foot."""
    doc = Document(path, title=title, lang=lang, header=header or title,
                   footer=today_label(lang), subject=title)
    return doc.add(title_block(title, lang))


def title_block(title: str, lang: str, kind: str | None = None) -> list[Flowable]:
    """The opening of a document's first page: the wordmark, what kind of document it
    is (when said) and its title."""
    out: list[Flowable] = [Wordmark(9 * mm, lang), spacer(6)]
    if kind:
        out.append(para(kind, "subtitle"))
    out.append(heading(title, 1, style="title", outline=0))
    return out


def visible_items(mission: MissionView, audience: str) -> list[ItemView]:
    """Guests see public items that still take place; hosts see everything."""
    if audience == "internal":
        return list(mission.items)
    return [i for i in mission.items if i.public and i.status != "cancelled"]


def role_label(role: str, lang: str) -> str:
    return labels.label(f"role_{role}", lang) if role in PARTICIPANT_ROLES else role


def people(mission: MissionView, snap: Snapshot, roles: tuple[str, ...]) -> list[PersonView]:
    return [snap.persons[r] for r in mission.with_role(*roles) if r in snap.persons]


def others(mission: MissionView, snap: Snapshot) -> list[tuple[PersonView, str]]:
    """Participants who are neither delegation nor hosts, with their first role."""
    shown = set(mission.with_role(*DELEGATION_ROLES, *HOST_ROLES))
    out, seen = [], set()
    for p in mission.participants:
        if p.person in shown or p.person in seen or p.person not in snap.persons:
            continue
        seen.add(p.person)
        out.append((snap.persons[p.person], p.role))
    return out


def name_cell(person: PersonView, lang: str = "en", *, needs: bool = False) -> list[Flowable]:
    """The own-script name in bold, the Latin form below it when it differs;
    with ``needs`` (hosts' versions only) the dietary and accessibility needs."""
    st = styles()
    cell: list[Flowable] = [Paragraph(markup(person.name, True), st.cell_bold)]
    if person.latin_name and person.latin_name != person.name:
        cell.append(Paragraph(markup(person.latin_name), st.cell_small))
    if needs:
        for key in ("dietary", "accessibility"):
            value = getattr(person, key)
            if value:
                cell.append(Paragraph(f"<b>{markup(labels.label(key, lang), True)}:</b> "
                                      f"{markup(value)}", st.cell_small))
    return cell


def responsible_officer(mission: MissionView, snap: Snapshot) -> PersonView | None:
    staff = people(mission, snap, ("staff",))
    return staff[0] if staff else None


def _hm(instant, tz) -> str:
    return utc_to_local(instant, tz).strftime("%H:%M")


def _zone_note(instant, tz: str, mission_tz: str) -> str:
    """The zone's abbreviation where its offset differs from the mission's zone."""
    if tz == mission_tz or utc_to_local(instant, tz).utcoffset() == \
            utc_to_local(instant, mission_tz).utcoffset():
        return ""
    return f" {abbreviation(instant, tz)}"


def time_label(item: ItemView, mission_tz: str, lang: str) -> str:
    """``09:30–10:30``, ``10:00 CEST – 06:10 CST (+1)``, or "all day"."""
    if item.all_day:
        return labels.label("all_day", lang)
    start = _hm(item.start, item.timezone) + _zone_note(item.start, item.timezone, mission_tz)
    arrival = item.arrival_timezone
    end = _hm(item.end, arrival) + _zone_note(item.end, arrival, mission_tz)
    if item.end <= item.start:
        return start
    days = (utc_to_local(item.end, arrival).date() - utc_to_local(item.start, item.timezone).date()).days
    if days > 0:
        end += f" (+{days})"
    sep = " – " if " " in start or " " in end else "–"
    return f"{start}{sep}{end}"


def item_days(item: ItemView):
    """The local days an item is listed under: its first day, or every day of an all-day item."""
    if not item.all_day:
        return [item.first_day]
    first, last = item.first_day, item.last_day
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def venue_line(item: ItemView, snap: Snapshot, lang: str) -> str:
    here = snap.venues.get(item.venue) if item.venue else None
    there = snap.venues.get(item.to_venue) if item.to_venue else None
    if here and there:
        return f"{here.label(lang)} → {there.label(lang)}"
    if here:
        return here.label(lang)
    if there:
        return f"→ {there.label(lang)}"
    return ""


def title_of(mission: MissionView, lang: str) -> str:
    return pick(mission.title, lang) or mission.ref
