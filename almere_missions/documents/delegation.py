"""The delegation list: everyone taking part in a mission, as a table for hosts."""

from __future__ import annotations

from reportlab.platypus import Flowable

from almere_missions.codes import country_name
from almere_missions.documents import labels
from almere_missions.documents.common import (
    allow,
    check_request,
    mission_document,
    name_cell,
    role_label,
    title_block,
    title_of,
)
from almere_missions.documents.toolkit import heading, key_values, para, table
from almere_missions.logistics.precedence import in_order
from almere_missions.services.missions import load_snapshot
from almere_missions.uow import UnitOfWork
from almere_missions.views import MissionView, Snapshot


def delegation_list(uow: UnitOfWork, ref: str, path, lang: str = "en") -> int:
    """Write the list of the mission's participants to ``path``; return the page count."""
    check_request(lang, "internal")
    allow(uow, "internal")
    snap = in_order(uow, load_snapshot(uow, [ref]))
    mission = snap.mission(ref)
    title = title_of(mission, lang)
    name = labels.label("delegation_list", lang)
    doc = mission_document(path, lang, title=f"{name} — {title}", header=title,
                           ref=mission.ref, subject=name)
    doc.add(delegation_story(mission, snap, lang))
    return doc.build()


def delegation_story(mission: MissionView, snap: Snapshot, lang: str) -> list[Flowable]:
    title = title_of(mission, lang)
    out: list[Flowable] = [
        *title_block(title, lang, labels.label("delegation_list", lang)),
        key_values([
            (labels.label("dates", lang), labels.day_range(mission.start, mission.end, lang)),
            (labels.label("visiting", lang), mission.counterpart),
            (labels.label("ref", lang), mission.ref),
        ]),
    ]
    rows = []
    seen: set[str] = set()
    for part in mission.participants:
        person = snap.persons.get(part.person)
        if person is None or part.person in seen:
            continue
        seen.add(part.person)
        nationality = ", ".join(country_name(c, lang) for c in person.nationality)
        rows.append([name_cell(person, lang, needs=True), role_label(part.role, lang), person.function or "",
                     person.organisation or "", nationality])
    out.append(heading(labels.label("participants", lang), 2, outline=1))
    if rows:
        out.append(table(rows, (0.25, 0.19, 0.18, 0.24, 0.14), header=[
            labels.label("name", lang), labels.label("role", lang),
            labels.label("function", lang), labels.label("organisation", lang),
            labels.label("nationality", lang)]))
    else:
        out.append(para(labels.label("no_people", lang), "muted"))
    return out
