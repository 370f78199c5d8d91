"""Who may do what with missions, documents, calendars and visit logistics: every use case
for every role (the harness and what it checks: ``tests/integration/rolematrix.py``; the logistics sheets,
lists and commands: ``test_role_matrix_logistics``).

Invitations go to a real SMTP server on 127.0.0.1 (aiosmtpd). Publishing to a CalDAV
server talks to the network after the role check: its row points at a closed port, so an
allowed call gets as far as the connection (which fails) and a refused one never opens it.
"""

from __future__ import annotations

import socket
import uuid
from datetime import date

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from almere_missions import permissions
from almere_missions.app import calendars as cal
from almere_missions.app import documents as doc
from almere_missions.app import editor as ed
from almere_missions.app import invitations as inv
from almere_missions.app import logistics as lg
from almere_missions.app import missions as ms
from almere_missions.app import register as reg
from almere_missions.app.board import board
from almere_missions.db.models import Person
from almere_missions.errors import MissionsError, PermissionDenied
from almere_missions.logistics.smtp import SmtpSettings
from almere_missions.services.editing import MissionInput, PersonInput, VenueInput
from tests.integration import rolematrix
from tests.integration.rolematrix import COLUMNS, Env, N, Row, Y, check, out

env = rolematrix.env  # the fixture: a caller and a login per role on the example season

REF = "FLO-2022-TPE"
CLOSED = "127.0.0.1:9"  # the discard port: nothing listens there on the test machine

#: use case                      officer approver mayor security viewer admin
TABLE = {
    "mission list":               (Y,     Y,       Y,    Y,       Y,     Y),
    "mission read":               (Y,     Y,       Y,    Y,       Y,     Y),
    "mission bundle (editor)":    (Y,     Y,       Y,    Y,       Y,     Y),
    "register":                   (Y,     Y,       Y,    Y,       Y,     Y),
    "season clashes":             (Y,     Y,       Y,    Y,       Y,     Y),
    "season board":               (Y,     Y,       Y,    Y,       Y,     Y),
    "persons search":             (Y,     Y,       Y,    Y,       Y,     Y),
    "venues list":                (Y,     Y,       Y,    Y,       Y,     Y),
    "mission create":             (Y,     N,       N,    N,       N,     N),
    "mission save draft":         (Y,     N,       N,    N,       N,     N),
    "mission delete":             (Y,     N,       N,    N,       N,     N),
    "person save":                (Y,     N,       N,    N,       N,     N),
    "venue save":                 (Y,     N,       N,    N,       N,     N),
    "programme (guests)":         (Y,     Y,       Y,    Y,       Y,     Y),
    "programme (internal)":       (Y,     Y,       Y,    Y,       N,     Y),
    "delegation list":            (Y,     Y,       Y,    Y,       N,     Y),
    "badges":                     (Y,     Y,       Y,    Y,       Y,     Y),
    "season book":                (Y,     Y,       Y,    Y,       Y,     Y),
    "approval file":              (Y,     Y,       Y,    Y,       N,     N),
    "calendar (guests)":          (Y,     Y,       Y,    Y,       Y,     Y),
    "calendar (internal)":        (Y,     Y,       Y,    Y,       N,     Y),
    "calendar publish":           (Y,     Y,       Y,    Y,       N,     Y),
    "protocol":                   (Y,     N,       N,    N,       N,     N),
    "room block":                 (Y,     N,       N,    N,       N,     N),
    "room":                       (Y,     N,       N,    N,       N,     N),
    "trip":                       (Y,     N,       N,    N,       N,     N),
    "interpreter":                (Y,     N,       N,    N,       N,     N),
    "invitations send":           (Y,     N,       N,    N,       N,     N),
    "reply set":                  (Y,     N,       N,    N,       N,     N),
    "replies":                    (Y,     Y,       Y,    Y,       N,     Y),
}


def _new() -> str:
    return uuid.uuid4().hex[:8]


def _network(call):
    """Run a use case that talks to a server: a failure after the role check (the closed
    port) counts as allowed; a refusal is passed on."""
    try:
        call()
    except PermissionDenied:
        raise
    except (OSError, MissionsError):
        pass


def _mission(env: Env) -> None:
    view = ms.create_mission(env.boss, MissionInput(
        "incoming", {"en": "Short visit"}, date(2022, 6, 1), date(2022, 6, 2), countries=("NL",),
        ref=f"T-{_new()}"))
    env.state["mission"], env.state["version"] = view.ref, view.version


class _Inbox:
    def __init__(self):
        self.messages = 0

    async def handle_DATA(self, server, session, envelope):
        self.messages += 1
        return "250 OK"


@pytest.fixture(scope="module")
def smtp():
    """A local SMTP server taking mail without a login; its settings."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(_Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpSettings("127.0.0.1", port, starttls=False)
    finally:
        controller.stop()


def _addresses(env: Env) -> None:
    with env.db.unit_of_work(env.db.test_admin) as uow:
        for ref in ("host-mayor", "iz-officer-1"):
            uow.session.scalar(select(Person).where(Person.ref == ref)).email = \
                f"{ref}@almere.example"
        uow.commit()


def _invited(env: Env) -> None:
    _addresses(env)
    inv.send_invitations(env.boss, REF, env.state["smtp"], organizer_name="IZ",
                         organizer_email="iz@almere.example")


def _hotel(env: Env) -> None:
    env.state["hotel"] = ref = f"hotel-{_new()}"
    ms.save_venue(env.boss, VenueInput("Hotel", "NL", "Europe/Amsterdam", ref=ref), None)
    lg.set_venue_profile(env.boss, ref, kind="hotel", step_free=True)


def _block(env: Env) -> None:
    _hotel(env)
    env.state["block"] = ref = f"rb-{_new()}"
    lg.add_room_block(env.boss, REF, ref, hotel=env.state["hotel"],
                      check_in=date(2022, 4, 19), check_out=date(2022, 4, 22), rooms=3,
                      cost_per_night="120.00", payer="Almere")


def _interpreter(env: Env) -> None:
    env.state["interpreter"] = ms.save_person(env.boss, PersonInput(
        f"Interpreter {_new()}", languages=("nl", "zh")), None).ref


def _vehicle(env: Env) -> None:
    env.state["vehicle"] = ref = f"car-{_new()}"
    lg.add_vehicle(env.boss, ref, name="Van", seats=8)


ROWS: dict[str, Row] = {
    "mission list": Row(lambda c, e: ms.list_missions(c), lambda e: ["list", "--json"]),
    "mission read": Row(lambda c, e: ms.get_mission(c, REF)),
    "mission bundle (editor)": Row(lambda c, e: ed.mission_bundle(c, REF)),
    "register": Row(lambda c, e: reg.register(c)),
    "season clashes": Row(lambda c, e: reg.season_clashes(c), lambda e: ["check"]),
    "season board": Row(lambda c, e: board(c, date(2022, 4, 1), date(2022, 5, 31))),
    "persons search": Row(lambda c, e: ms.search_persons(c, "tpe")),
    "venues list": Row(lambda c, e: ms.list_venues(c)),
    "mission create": Row(lambda c, e: ms.create_mission(c, MissionInput(
        "outgoing", {"en": "Trip"}, date(2022, 9, 1), date(2022, 9, 3), countries=("DE",),
        ref=f"T-{_new()}"))),
    "mission save draft": Row(lambda c, e: ms.save_draft(
        c, e.state["mission"], e.state["version"], fields={"title": {"en": "Renamed"}}),
        prepare=_mission),
    "mission delete": Row(lambda c, e: ms.delete_mission(c, e.state["mission"],
                                                         e.state["version"]),
                          prepare=_mission),
    "person save": Row(lambda c, e: ms.save_person(c, PersonInput(f"Guest {_new()}"), None)),
    "venue save": Row(lambda c, e: ms.save_venue(c, VenueInput(f"Hall {_new()}", "NL",
                                                                   "Europe/Amsterdam"), None)),
    "programme (guests)": Row(
        lambda c, e: doc.write_document(c, REF, "programme", "guest", "en", out(e, "p.pdf")),
        lambda e: ["programme", REF, "-o", out(e, "p.pdf")]),
    "programme (internal)": Row(
        lambda c, e: doc.write_document(c, REF, "programme", "internal", "nl", out(e, "p.pdf")),
        lambda e: ["programme", REF, "--audience", "internal", "-o", out(e, "p.pdf")]),
    "delegation list": Row(
        lambda c, e: doc.write_document(c, REF, "delegation-list", "internal", "en",
                                        out(e, "d.pdf")),
        lambda e: ["delegation-list", REF, "-o", out(e, "d.pdf")]),
    "badges": Row(lambda c, e: doc.write_document(c, REF, "badges", "guest", "en",
                                                  out(e, "b.pdf")),
                  lambda e: ["badges", REF, "-o", out(e, "b.pdf")]),
    "season book": Row(
        lambda c, e: doc.write_document(c, None, "season-book", "guest", "en", out(e, "s.pdf"),
                                        date_from=date(2022, 4, 1), date_to=date(2022, 4, 30)),
        lambda e: ["season-book", "--from", "2022-04-01", "--to", "2022-04-30", "-o",
                   out(e, "s.pdf")]),
    "approval file": Row(
        lambda c, e: doc.write_document(c, REF, "approval-file", "internal", "nl",
                                        out(e, "a.pdf")),
        lambda e: ["approval-file", REF, "-o", out(e, "a.pdf")]),
    "calendar (guests)": Row(lambda c, e: cal.write_calendar(c, out(e, "g.ics"), mission=REF),
                             lambda e: ["ics", REF, "-o", out(e, "g.ics")]),
    "calendar (internal)": Row(
        lambda c, e: cal.write_calendar(c, out(e, "i.ics"), mission=REF, audience="internal"),
        lambda e: ["ics", REF, "--audience", "internal", "-o", out(e, "i.ics")]),
    "calendar publish": Row(lambda c, e: _network(
        lambda: cal.publish(c, REF, f"http://{CLOSED}/dav/", "iz"))),
    "protocol": Row(lambda c, e: lg.set_protocol(c, "tpe-lead", precedence=1)),
    "room block": Row(lambda c, e: lg.add_room_block(
        c, REF, f"rb-{_new()}", hotel=e.state["hotel"], check_in=date(2022, 4, 19),
        check_out=date(2022, 4, 21), rooms=2, cost_per_night="99.00", payer="Almere"),
        prepare=_hotel),
    "room": Row(lambda c, e: lg.assign_room(c, e.state["block"], "tpe-3", room=_new(),
                                            check_in=date(2022, 4, 19),
                                            check_out=date(2022, 4, 21)),
                prepare=_block),
    "trip": Row(lambda c, e: lg.add_trip(c, REF, f"trip-{_new()}", vehicle=e.state["vehicle"],
                                         to_item="tpe-expo", from_item="tpe-welcome",
                                         passengers=["tpe-lead"]),
                prepare=_vehicle),
    "interpreter": Row(lambda c, e: lg.book_interpreter(c, "tpe-welcome",
                                                        e.state["interpreter"]),
                       prepare=_interpreter),
    "invitations send": Row(
        lambda c, e: inv.send_invitations(c, REF, e.state["smtp"], organizer_name="IZ",
                                          organizer_email="iz@almere.example"),
        lambda e: ["invite", REF, "--smtp-host", "127.0.0.1", "--smtp-port",
                   e.state["smtp"].port, "--no-starttls", "--organizer", "iz@almere.example"],
        prepare=_addresses),
    "reply set": Row(lambda c, e: inv.record_reply(c, "tpe-welcome", "host-mayor",
                                                   "accepted"),
                     lambda e: ["reply", "set", "tpe-welcome", "host-mayor", "accepted"],
                     prepare=_invited),
    "replies": Row(lambda c, e: inv.replies(c, REF), lambda e: ["reply", "list", REF],
                   prepare=_invited),
}

#: the actions of this part of the table, each taken by at least one row above
CORE_ACTIONS = {
    permissions.MISSION_READ, permissions.MISSION_EDIT, permissions.DOCUMENT_GUEST,
    permissions.DOCUMENT_INTERNAL, permissions.APPROVAL_FILE_READ, permissions.CALENDAR_GUEST,
    permissions.CALENDAR_INTERNAL, permissions.CALENDAR_PUBLISH, permissions.LOGISTICS_READ,
    permissions.LOGISTICS_EDIT, permissions.INVITATION_SEND,
    permissions.INVITATION_REPLY,
}


def test_the_table_has_a_column_per_role_and_a_row_per_use_case():
    assert COLUMNS == permissions.ROLES
    assert set(TABLE) == set(ROWS)
    assert CORE_ACTIONS <= set(permissions.RULES)


@pytest.mark.parametrize("use_case", list(TABLE))
def test_role_matrix(use_case, env, smtp):
    env.state["smtp"] = smtp
    check(ROWS[use_case], TABLE[use_case], env)
