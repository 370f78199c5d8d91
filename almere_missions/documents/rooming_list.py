"""The rooming list: per room block the hotel, the dates held, each guest's room and
nights in the order of precedence, the rooms in use per night against those held, and
who pays. Internal: it names the guests and marks those who need a step-free room."""

from __future__ import annotations

from reportlab.platypus import Flowable

from almere_missions import permissions
from almere_missions.documents import labels
from almere_missions.documents.common import (
    check_request,
    internal_marker,
    mission_document,
    role_label,
)
from almere_missions.documents.sheet_labels import cover, place_cell, word
from almere_missions.documents.toolkit import heading, key_values, para, spacer, table
from almere_missions.logistics.sheets import Block, MissionHead, rooming
from almere_missions.uow import UnitOfWork


def rooming_list(uow: UnitOfWork, ref: str, path, lang: str = "en") -> int:
    """Write the rooming list of mission ``ref``; return the page count."""
    check_request(lang, "internal")
    permissions.require(uow, permissions.NEEDS_READ)
    head, blocks = rooming(uow, ref, lang)
    name = word("rooming_list", lang)
    doc = mission_document(path, lang, title=f"{name} — {head.title}", header=head.title,
                           ref=head.ref, subject=name, marker=internal_marker(lang))
    doc.add(rooming_story(head, blocks, lang))
    return doc.build()


def rooming_story(head: MissionHead, blocks: list[Block], lang: str) -> list[Flowable]:
    out = cover(head, "rooming_list", head.title, lang, [])
    if not blocks:
        out.append(para(word("no_blocks", lang), "muted"))
    for b in blocks:
        out += _block(b, lang)
    return out


def _short(day, lang: str) -> str:
    return labels.day(day, lang, "medium")


def _block(b: Block, lang: str) -> list[Flowable]:
    out: list[Flowable] = [
        heading(f"{b.hotel.name} — {labels.day_range(b.check_in, b.check_out, lang)}", 1,
                outline=1),
        key_values([
            (word("hotel", lang), place_cell(b.hotel, lang)),
            (word("block", lang), b.ref),
            (word("block_dates", lang),
             f"{word('check_in', lang)} {_short(b.check_in, lang)} · "
             f"{word('check_out', lang)} {_short(b.check_out, lang)}"),
            (word("rooms_held", lang), str(b.rooms)),
            (word("rate", lang), f"{b.currency} {b.cost_per_night:.2f}"),
            (word("payer", lang), b.payer),
        ]),
    ]
    out.append(spacer(3))
    if b.stays:
        rows = []
        for s in b.stays:
            name = s.name if not s.latin_name or s.latin_name == s.name \
                else f"{s.name}\n{s.latin_name}"
            rows.append([name, role_label(s.role, lang) if s.role else "", s.room,
                         _short(s.check_in, lang), _short(s.check_out, lang), str(s.nights),
                         word("step_free_need", lang) if s.step_free else ""])
        out.append(table(rows, (0.23, 0.16, 0.08, 0.14, 0.14, 0.1, 0.15), header=[
            word("guest", lang), labels.label("role", lang), word("room", lang),
            word("check_in", lang), word("check_out", lang), word("nights", lang),
            word("needs", lang)]))
    else:
        out.append(para(word("no_stays", lang), "muted"))
    out.append(para(word("rooms_used", lang), "h3"))
    out.append(table(
        [[labels.day(night, lang, "full"),
          f"{used} {word('of_held', lang, rooms=str(b.rooms))}"
          + (f" — {word('over_block', lang)}" if used > b.rooms else "")]
         for night, used in b.nights], (0.6, 0.4),
        header=[word("night", lang), word("in_use", lang)]))
    out.append(para(word("summary", lang, used=str(b.most_rooms), rooms=str(b.rooms),
                         nights=str(b.room_nights)), "small"))
    return out
