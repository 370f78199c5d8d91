"""The mission's printed documents (PDF), each checked for who may read it, here.

Guests' versions (public items, no notes) are for every role; the hosts'
versions, the delegation list (personal data) and the approval file (screening
hits, state-actor risk, the travellers' other trips) only for the roles of
``permissions.RULES``; the check is inside :func:`write_document`, so every
front end gets it. The logistics sheets: the driver's sheet and the rooming list name
the guests and their needs (personal data: those who may read needs); the caterer's
sheet carries counts only, no names, for those who plan the visit to hand on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress
from almere_missions.documents.common import check_request
from almere_missions.errors import InvalidInput, Refused

KINDS = ("programme", "delegation-list", "badges", "change-notice", "season-book",
         "approval-file", "driver-sheet", "caterer-sheet", "rooming-list")
#: kinds written for one audience whatever is asked: the delegation list carries
#: personal data; the badges show names only; the approval file is internal; the
#: driver's sheet and the rooming list name guests and needs; the caterer's sheet leaves
#: the house and names no one
FIXED_AUDIENCE = {"delegation-list": "internal", "badges": "guest", "approval-file": "internal",
                  "driver-sheet": "internal", "caterer-sheet": "guest",
                  "rooming-list": "internal"}
#: kinds whose action is not the audience's
KIND_ACTION = {"approval-file": p.APPROVAL_FILE_READ, "driver-sheet": p.NEEDS_READ,
               "rooming-list": p.NEEDS_READ, "caterer-sheet": p.LOGISTICS_READ}
#: the language a kind is written in when none is asked
DEFAULT_LANGUAGE = {"approval-file": "nl"}


class NeverIssued(Refused):
    """A change notice was asked of a programme never issued: nothing to compare with."""


@dataclass(frozen=True)
class WrittenDocument:
    """The file written (usable as a path: ``os.fspath``) and its page count.

    Badges count sheets (eight badges each), the others pages.
    """

    path: Path
    pages: int
    unit: str = "pages"

    def __fspath__(self) -> str:
        return os.fspath(self.path)


def action_for(kind: str, audience: str = "guest") -> str:
    """The permission action of writing ``kind`` for ``audience`` (for enabling buttons too)."""
    if kind in KIND_ACTION:
        return KIND_ACTION[kind]
    return p.document_action(FIXED_AUDIENCE.get(kind, audience))


def write_document(caller: Caller, mission_id: str | None, kind: str, audience: str,
                   language: str, path: str | Path, progress: Progress = no_progress, *,
                   date_from: date | None = None, date_to: date | None = None,
                   driver: str | None = None, day: date | None = None,
                   item: str | None = None) -> WrittenDocument:
    """Write the document ``kind`` of mission ``mission_id`` (its ref) to ``path``.

    ``season-book`` takes ``date_from``/``date_to`` instead of a mission. A
    change notice of a programme never issued is refused (there is nothing to
    compare with). The driver's sheet takes ``driver`` (a person ref) and ``day`` to
    print one driver or one day only; the caterer's sheet ``item`` for one meal only.
    ``progress`` may raise ``errors.Cancelled``.
    """
    if kind not in KINDS:
        raise InvalidInput(f"{kind!r} is not a document (one of {', '.join(KINDS)})",
                           field="kind")
    audience = FIXED_AUDIENCE.get(kind, audience)
    check_request(language, audience)
    if kind == "season-book":
        if date_from is None or date_to is None:
            raise InvalidInput("the season book needs a first and a last date", field="from")
    elif not mission_id:
        raise InvalidInput(f"the {kind} needs a mission", field="REF")
    path = Path(path)
    # The approval file re-runs a stale screening and keeps it, as approving would do.
    unit_of_work = caller.write if kind == "approval-file" else caller.read
    with unit_of_work() as uow:
        p.require(uow, action_for(kind, audience))
        progress(0, 1, kind)
        pages, unit = _render(uow, kind, mission_id, audience, language, path, progress,
                              date_from, date_to, {"driver": driver, "day": day, "item": item})
        if kind == "approval-file":
            uow.commit()
    progress(1, 1, kind)
    return WrittenDocument(path, pages, unit)


def _render(uow, kind, ref, audience, lang, path, progress, date_from, date_to, narrow):
    def layout(done: int, total: int) -> None:
        progress(done, total, kind)

    if kind == "driver-sheet":
        from almere_missions.documents.driver_sheet import driver_sheet

        return driver_sheet(uow, ref, path, lang, driver=narrow["driver"],
                            day=narrow["day"]), "pages"
    if kind == "caterer-sheet":
        from almere_missions.documents.caterer_sheet import caterer_sheet

        return caterer_sheet(uow, ref, path, lang, item=narrow["item"]), "pages"
    if kind == "rooming-list":
        from almere_missions.documents.rooming_list import rooming_list

        return rooming_list(uow, ref, path, lang), "pages"
    if kind == "programme":
        from almere_missions.documents.programme import render_programme

        return render_programme(uow, ref, path, lang, audience), "pages"
    if kind == "delegation-list":
        from almere_missions.documents.delegation import delegation_list

        return delegation_list(uow, ref, path, lang), "pages"
    if kind == "badges":
        from almere_missions.documents.badges import badges

        return badges(uow, ref, path, lang), "sheets"
    if kind == "season-book":
        from almere_missions.documents.season_book import season_book

        return season_book(uow, path, date_from, date_to, lang, audience=audience,
                           progress=layout), "pages"
    if kind == "change-notice":
        from almere_missions.documents.change_notice import change_notice_pdf
        from almere_missions.planning.issued import change_notice
        from almere_missions.services.missions import load_snapshot

        notice = change_notice(uow, ref)
        if notice is None:
            raise NeverIssued(f"the programme of {ref} has not been issued yet, so there is "
                          "nothing to compare with")
        return change_notice_pdf(notice, load_snapshot(uow, [ref]), path, lang,
                                 audience=audience), "pages"
    from almere_missions.documents.approval_file import render_approval_file

    return render_approval_file(uow, ref, path, lang, progress=layout), "pages"
