"""The change notice: what changed since the programme was last issued, printable on its own.

Rendered from a :class:`views.ChangeNotice` (made by the planning part from
its issued versions) and the snapshot holding the mission, its persons and
venues.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from almere_missions.documents import labels
from almere_missions.documents.common import (
    check_request,
    internal_marker,
    mission_document,
    time_label,
    title_block,
    title_of,
    venue_line,
)
from almere_missions.documents.programme import contact_block
from almere_missions.documents.toolkit import heading, markup, para, styles, table
from almere_missions.text import pick
from almere_missions.timeutil import utc_to_local
from almere_missions.views import ChangeNotice, ItemChange, ItemView, MissionView, Snapshot

CHANGE_KINDS = ("new", "moved", "cancelled", "venue_changed", "changed", "removed")


def change_notice_pdf(notice: ChangeNotice, snapshot: Snapshot, path, lang: str = "en", *,
                      audience: str = "guest") -> int:
    """Write the change notice to ``path``; return the page count.

    For guests, changes that touch only internal items are left out.
    """
    check_request(lang, audience)
    mission = snapshot.mission(notice.mission_ref)
    title = title_of(mission, lang)
    internal = audience == "internal"
    name = labels.label("change_notice", lang)
    doc = mission_document(path, lang, title=f"{name} — {title}", header=title,
                           ref=mission.ref, subject=name, marker=internal_marker(lang, internal))
    doc.add(change_notice_story(notice, mission, snapshot, lang, audience))
    return doc.build()


def _shown(change: ItemChange, audience: str) -> bool:
    if audience == "internal":
        return True
    return any(v is not None and v.public for v in (change.before, change.after))


def change_notice_story(notice: ChangeNotice, mission: MissionView, snap: Snapshot, lang: str,
                        audience: str = "guest") -> list[Flowable]:
    st = styles()
    issued = utc_to_local(notice.issued_at, mission.timezone).date()
    out: list[Flowable] = [
        *title_block(title_of(mission, lang), lang, labels.label("change_notice", lang)),
        para(labels.label("change_intro", lang, number=str(notice.issued_number),
                          day=labels.day(issued, lang, "long"))),
    ]
    changes = [c for c in notice.changes if _shown(c, audience)]
    if not changes:
        out.append(para(labels.label("no_changes", lang)))
    else:
        rows = []
        for c in changes:
            item = c.after or c.before
            kind = labels.label(f"change_{c.change}", lang) if c.change in CHANGE_KINDS \
                else c.change
            rows.append([
                Paragraph(markup(kind, True), st.cell_bold),
                pick(item.title, lang) if item else c.item_ref,
                _state(c.before, mission, snap, lang),
                _state(c.after, mission, snap, lang) if c.change not in
                ("cancelled", "removed") else labels.label(f"change_{c.change}", lang),
            ])
        out.append(table(rows, (0.14, 0.26, 0.3, 0.3), header=[
            labels.label("change", lang), labels.label("item", lang),
            labels.label("before", lang), labels.label("after", lang)]))
    out.append(heading(labels.label("contact", lang), 2, outline=1))
    out += contact_block(mission, snap, lang)
    return out


def _state(item: ItemView | None, mission: MissionView, snap: Snapshot, lang: str) -> str:
    """When and where an item is: ``Wed 20 Apr 2022, 09:30–10:30, City Hall``."""
    if item is None:
        return "—"
    when = f"{labels.day(item.first_day, lang, 'medium')}, {time_label(item, mission.timezone, lang)}"
    where = venue_line(item, snap, lang)
    return f"{when}\n{where}" if where else when
