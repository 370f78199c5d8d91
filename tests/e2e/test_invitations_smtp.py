"""Invitations through a real SMTP server on 127.0.0.1 (aiosmtpd, with a login): a REQUEST,
an update and a CANCEL, each parsed back with ``email`` and read by ical.js for its
instants, SEQUENCE and METHOD; then a REPLY file recorded."""

from __future__ import annotations

import email
import socket
from datetime import timedelta
from email import policy

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from keyring.backend import KeyringBackend
from sqlalchemy import select

from almere_missions import app
from almere_missions.app import invitations as inv
from almere_missions.db.models import Item, Person
from almere_missions.errors import EnvironmentProblem
from almere_missions.logistics.smtp import SmtpSettings, store_password
from tests.e2e import icaljs
from tests.integration.logistics.support import REF, build

USER, PASSWORD = "iz-mail", "s3cret-for-the-test"


class _MemoryKeyring(KeyringBackend):
    """A keyring held in memory: the real ``keyring`` API, no desktop service needed."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


class _Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _auth(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok)


@pytest.fixture
def smtp_server():
    inbox = _Inbox()
    with socket.socket() as probe:  # a free port (the controller checks it by connecting)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=_auth,
                            auth_require_tls=False)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = _MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)
    app.close_databases()


def _with_emails(db):
    with db.unit_of_work(db.test_admin) as u:
        for ref in ("log-host", "log-officer"):
            person = u.session.scalar(select(Person).where(Person.ref == ref))
            person.email = f"{ref}@almere.example"
        u.commit()


def _calendar_part(raw: bytes, tmp_path, name: str):
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    parts = {p.get_content_type(): p for p in msg.iter_parts()}
    cal = parts["text/calendar"]
    path = tmp_path / f"{name}.ics"
    path.write_bytes(cal.get_payload(decode=True))
    return msg, cal, icaljs.parse(path)


def test_request_update_and_cancel_reach_the_server_and_read_right(db, tmp_path, smtp_server,
                                                                   memory_keyring):
    icaljs.require_icaljs()
    inbox, port = smtp_server
    caller = build(db)
    _with_emails(db)
    settings = SmtpSettings("127.0.0.1", port, starttls=False, user=USER)
    with pytest.raises(EnvironmentProblem, match="no password"):
        inv.send_invitations(caller, REF, settings, organizer_name="IZ",
                             organizer_email="iz@almere.example")
    assert inbox.messages == []
    store_password(settings, PASSWORD)
    assert memory_keyring.store  # kept in the keyring, nowhere else
    args = dict(organizer_name="Internationale Zaken", organizer_email="iz@almere.example")

    sent = inv.send_invitations(caller, REF, settings, **args)
    # five items; the side talk has nobody invited, every other has the host and the officer
    assert [(s.item_ref, s.method, s.sequence, s.attendees) for s in sent] == [
        ("log-meeting", "REQUEST", 0, 2), ("log-lunch", "REQUEST", 0, 2),
        ("log-visit", "REQUEST", 0, 2), ("log-farewell", "REQUEST", 0, 2)]
    assert len(inbox.messages) == 4
    rcpt, raw = inbox.messages[0]
    assert sorted(rcpt) == ["log-host@almere.example", "log-officer@almere.example"]
    msg, cal, parsed = _calendar_part(raw, tmp_path, "request")
    assert cal.get_param("method") == "REQUEST"
    assert msg["Subject"] == "Invitation: Meeting"
    assert parsed["calendar"]["method"] == "REQUEST"
    (ev,) = parsed["events"]
    assert (ev["uid"], ev["start"], ev["end"], ev["sequence"]) == (
        "log-meeting@invite.missions.almere.nl", "2022-05-10T08:00:00Z", "2022-05-10T09:00:00Z", 0)
    assert ev["start_zone"] == "Europe/Amsterdam"
    text = cal.get_payload(decode=True).decode()
    assert "ORGANIZER;CN=" in text and "mailto:iz@almere.example" in text
    assert text.count("ATTENDEE;") == 2 and "PARTSTAT=NEEDS-ACTION" in text

    # Unchanged: nothing to send.
    assert inv.send_invitations(caller, REF, settings, **args) == []
    assert len(inbox.messages) == 4

    # The meeting moves by an hour: a REQUEST with SEQUENCE 1 for it alone.
    with db.unit_of_work(db.test_admin) as u:
        item = u.session.scalar(select(Item).where(Item.ref == "log-meeting"))
        item.start_utc += timedelta(hours=-1)
        item.end_utc += timedelta(hours=-1)
        item.revision += 1
        u.commit()
    sent = inv.send_invitations(caller, REF, settings, **args)
    assert [(s.item_ref, s.method, s.sequence) for s in sent] == [("log-meeting", "REQUEST", 1)]
    msg, cal, parsed = _calendar_part(inbox.messages[4][1], tmp_path, "update")
    assert msg["Subject"] == "Updated invitation: Meeting"
    (ev,) = parsed["events"]
    assert parsed["calendar"]["method"] == "REQUEST"
    assert (ev["start"], ev["end"], ev["sequence"]) == (
        "2022-05-10T07:00:00Z", "2022-05-10T08:00:00Z", 1)

    # Cancelled: a CANCEL with SEQUENCE 2, same UID.
    with db.unit_of_work(db.test_admin) as u:
        item = u.session.scalar(select(Item).where(Item.ref == "log-meeting"))
        item.status = "cancelled"
        item.revision += 1
        u.commit()
    sent = inv.send_invitations(caller, REF, settings, **args)
    assert [(s.item_ref, s.method, s.sequence) for s in sent] == [("log-meeting", "CANCEL", 2)]
    msg, cal, parsed = _calendar_part(inbox.messages[5][1], tmp_path, "cancel")
    assert cal.get_param("method") == "CANCEL" and msg["Subject"] == "Cancelled: Meeting"
    (ev,) = parsed["events"]
    assert parsed["calendar"]["method"] == "CANCEL"
    assert (ev["uid"], ev["sequence"], ev["status"]) == (
        "log-meeting@invite.missions.almere.nl", 2, "CANCELLED")
    assert (ev["start"], ev["end"]) == ("2022-05-10T07:00:00Z", "2022-05-10T08:00:00Z")


def _reply(uid: str, who: str, partstat: str, sequence: int = 0) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nSEQUENCE:{sequence}\r\nDTSTAMP:20220501T120000Z\r\n"
            f"ATTENDEE;PARTSTAT={partstat}:mailto:{who}\r\n"
            "ORGANIZER:mailto:iz@almere.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


def test_replies_by_file_and_by_hand(db, tmp_path, smtp_server, memory_keyring):
    from almere_missions.errors import InvalidInput

    inbox, port = smtp_server
    caller = build(db)
    _with_emails(db)
    settings = SmtpSettings("127.0.0.1", port, starttls=False, user=USER)
    store_password(settings, PASSWORD)
    inv.send_invitations(caller, REF, settings, organizer_name="IZ",
                         organizer_email="iz@almere.example")
    path = tmp_path / "reply.ics"
    path.write_bytes(_reply("log-lunch@invite.missions.almere.nl",
                            "LOG-HOST@almere.example", "ACCEPTED"))
    got = inv.import_reply(caller, path)
    assert [(r.item_ref, r.person, r.reply) for r in got] == [
        ("log-lunch", "log-host", "accepted")]
    inv.record_reply(caller, "log-lunch", "log-officer", "tentative")
    states = {(r.item_ref, r.person): r.reply for r in inv.replies(caller, REF)}
    assert states[("log-lunch", "log-host")] == "accepted"
    assert states[("log-lunch", "log-officer")] == "tentative"
    assert states[("log-meeting", "log-host")] == "needs-action"
    bad = tmp_path / "bad.ics"
    bad.write_bytes(_reply("log-lunch@invite.missions.almere.nl", "x@y.example", "MAYBE"))
    with pytest.raises(InvalidInput, match="PARTSTAT"):
        inv.import_reply(caller, bad)
    stranger = tmp_path / "stranger.ics"
    stranger.write_bytes(_reply("log-lunch@invite.missions.almere.nl", "x@y.example",
                                "DECLINED"))
    with pytest.raises(InvalidInput, match="was not invited"):
        inv.import_reply(caller, stranger)
    with pytest.raises(InvalidInput, match="field reply"):
        inv.record_reply(caller, "log-lunch", "log-host", "maybe")
