"""The editor's Logistics tab: rooms, rides, interpreters and needs edited and undone, the
check in the background with the demo season's planted problems, the roles that may not
edit or see the needs, and invitations sent to a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import socket
from datetime import date

import pytest
from sqlalchemy import select

from almere_missions.services import users
from tests.integration.logistics.support import REF, build

#: ms to wait for background work: the first job starts the job process, on a busy machine
SLOW = 90_000


def _editor(ctx, ref, qtbot, idle):
    from ui.editor.window import MissionEditor

    ed = MissionEditor(ctx, ref)
    qtbot.addWidget(ed)
    ed.resize(1280, 760)
    ed.show()
    ed.load()
    idle(ctx, SLOW)
    tab = ed.page("logistics")
    ed.tabs.setCurrentWidget(tab)
    idle(ctx, SLOW)
    return ed, tab


@pytest.fixture
def visit(ctx):
    build(ctx.db, interpreter=False)
    return ctx


def test_edits_write_through_the_application_layer_and_undo(visit, qtbot, idle):
    ed, tab = _editor(visit, REF, qtbot, idle)
    rooms = {(r.person, r.room, r.nights) for r in tab.rooms.rooms_model.rows}
    assert rooms == {("log-lead", "101", 2), ("log-member", "102", 2)}
    assert tab.rooms.blocks_model.rows[0].used == 2

    # a vehicle added, undone, redone
    tab.transport.add_vehicle({"ref": "van-2", "name": "Minibus", "seats": 12})
    idle(visit, SLOW)
    assert "van-2" in {v.ref for v in tab.transport.vehicles_model.rows}
    assert ed.undo.canUndo() and "van-2" in ed.undo.undoText()
    ed.undo.undo()
    idle(visit, SLOW)
    assert "van-2" not in {v.ref for v in tab.transport.vehicles_model.rows}
    ed.undo.redo()
    idle(visit, SLOW)
    assert "van-2" in {v.ref for v in tab.transport.vehicles_model.rows}

    # a ride removed and put back with the same computed pick-up time
    tab.transport.trips.selectRow(0)
    before = tab.transport.trips_model.rows[0]
    assert before.pickup < before.arrive
    tab.transport.remove_trip()
    idle(visit, SLOW)
    assert before.ref not in {t.ref for t in tab.transport.trips_model.rows}
    ed.undo.undo()
    idle(visit, SLOW)
    again = next(t for t in tab.transport.trips_model.rows if t.ref == before.ref)
    assert (again.pickup, again.passengers, again.driver) == (
        before.pickup, before.passengers, before.driver)

    # a room changed (room and nights), then undone
    tab.rooms.rooms.selectRow(next(n for n, r in enumerate(tab.rooms.rooms_model.rows)
                                   if r.person == "log-member"))
    tab.rooms.change_room({"room": "210", "check_in": date(2022, 5, 11),
                           "check_out": date(2022, 5, 12)})
    idle(visit, SLOW)
    member = next(r for r in tab.rooms.rooms_model.rows if r.person == "log-member")
    assert (member.room, member.nights) == ("210", 1)
    ed.undo.undo()
    idle(visit, SLOW)
    member = next(r for r in tab.rooms.rooms_model.rows if r.person == "log-member")
    assert (member.room, member.nights) == ("102", 2)

    # needs: the lead's allergy recorded, then undone
    tab.needs.table.selectRow(next(n for n, r in enumerate(tab.needs.model.rows)
                                   if r.person == "log-lead"))
    tab.needs.edit({"allergies": "shellfish"})
    idle(visit, SLOW)
    lead = next(r for r in tab.needs.model.rows if r.person == "log-lead")
    assert (lead.allergies, lead.dietary, lead.step_free) == ("shellfish", "vegetarian", True)
    ed.undo.undo()
    idle(visit, SLOW)
    assert next(r for r in tab.needs.model.rows if r.person == "log-lead").allergies == ""

    # interpreters: the check marks the items that need one; booking one clears the mark
    assert "log-meeting" in tab.interpreters.needed
    marked = {tab.interpreters.model.rows[n].ref for n in tab.interpreters.model.marked}
    assert marked == tab.interpreters.needed
    tab.interpreters.items.selectRow(next(n for n, i in enumerate(tab.interpreters.model.rows)
                                          if i.ref == "log-meeting"))
    tab.interpreters.book("log-interpreter")
    idle(visit, SLOW)
    assert "log-meeting" not in tab.interpreters.needed
    meeting = next(i for i in tab.interpreters.model.rows if i.ref == "log-meeting")
    assert meeting.interpreters == ("log-interpreter",)

    # a refused edit is shown in words and pushes nothing to undo
    count = ed.undo.count()
    tab.transport.add_vehicle({"ref": "van-2", "name": "Again", "seats": 3})
    idle(visit, SLOW)
    assert "already in use" in tab.status.text() and ed.undo.count() == count
    assert not ed.is_dirty()  # logistics write at once; the draft is untouched


def test_the_check_runs_in_the_background_and_finds_the_demo_seasons_planted_problems(
        ctx, qtbot, idle):
    from almere_missions.demo import logistics as dl
    from almere_missions.demo.generator import demo_season
    from almere_missions.exchange.importer import import_document
    from ui.tasks import JOBS

    with ctx.db.unit_of_work(ctx.user) as u:
        import_document(u, demo_season(), "demo.json")
        dl.add_logistics(u)
        u.commit()
    planted: dict[str, set[str]] = {}
    for kind, refs in dl.PLANTED.items():
        for ref in refs:
            planted.setdefault(ref, set()).add(kind)
    ref = max(planted, key=lambda r: (len(planted[r]), r))  # the mission with most plants
    started = []
    ctx.runner.started.connect(lambda h: started.append(h.job))
    ed, tab = _editor(ctx, ref, qtbot, idle)
    checks = [j for j in started if j.fn.__name__ == "check"]
    assert checks and all(j.lane == JOBS for j in checks)  # on the job process
    found = {p.kind for p in tab.findings.problems if ref in p.missions}
    assert found == planted[ref]
    assert tab.findings.list.count() == len(tab.findings.problems)
    assert "double-click" in tab.findings.state.text()
    # double-click a finding: its section shows, with its row selected
    for n, p in enumerate(tab.findings.problems):
        entry = tab.findings.list.item(n)
        tab.findings.list.itemDoubleClicked.emit(entry)
        part = tab.sections.currentWidget()
        assert part.key == {"no_room": "rooms", "too_many_passengers": "transport",
                            "interpreter_needed": "interpreters",
                            "step_free_access": "needs"}.get(p.kind, part.key)
        if p.kind == "interpreter_needed":
            assert tab.interpreters.items.currentIndex().isValid()
            assert tab.interpreters.model.row_at(
                tab.interpreters.items.currentIndex()).ref in p.items
        if p.kind == "too_many_passengers":
            trip = tab.transport.trips_model.row_at(tab.transport.trips.currentIndex())
            assert trip is not None and trip.to_item in p.items


def _as(ctx, name, *roles):
    from ui.context import AppContext

    with ctx.db.unit_of_work(ctx.user) as u:
        users.add(u, name, list(roles))
        u.commit()
    other = AppContext(ctx.db, name)
    other.roles = set(roles)
    return other


def test_a_viewer_sees_no_logistics_and_an_approver_cannot_edit_nor_see_the_needs(
        visit, qtbot, idle):
    viewer = _as(visit, "v-only", "viewer")
    _ed, tab = _editor(viewer, REF, qtbot, idle)
    assert tab.restricted.isVisible() and not tab.body.isVisible()
    assert tab.panel.blocks == () and tab.panel.needs is None
    viewer.runner.wait_idle()

    approver = _as(visit, "appr", "approver")
    _ed, tab = _editor(approver, REF, qtbot, idle)
    assert tab.body.isVisible() and tab.rooms.rooms_model.rows
    assert not tab.sections.isTabVisible(tab.parts.index(tab.needs))  # personal data
    for b in (tab.rooms.add_block_button, tab.rooms.assign_button,
              tab.transport.add_vehicle_button, tab.transport.add_trip_button,
              tab.invitations.send_button):
        assert not b.isEnabled()
    tab.rooms.rooms.selectRow(0)
    assert not tab.rooms.change_button.isEnabled()
    # the use case refuses too, whatever the buttons say
    tab.transport.add_vehicle({"ref": "van-9", "name": "Van", "seats": 4})
    approver.runner.wait_idle()
    qtbot.waitUntil(lambda: "logistics.edit" in tab.status.text(), timeout=10_000)


class _Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    inbox = _Inbox()
    with socket.socket() as probe:  # a free port (the controller checks it by connecting)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def test_invitations_go_to_a_local_mail_server_and_replies_are_recorded(
        visit, qtbot, idle, smtp_server, tmp_path):
    from almere_missions.db.models import Person

    inbox, port = smtp_server
    with visit.db.unit_of_work(visit.user) as u:
        for ref in ("log-host", "log-officer"):
            u.session.scalar(select(Person).where(Person.ref == ref)).email = \
                f"{ref}@almere.example"
        u.commit()
    ed, tab = _editor(visit, REF, qtbot, idle)
    tab.sections.setCurrentWidget(tab.invitations)
    section = tab.invitations
    assert [(p.item_ref, p.what) for p in section.pending_model.rows] == [
        ("log-meeting", "new"), ("log-lunch", "new"), ("log-visit", "new"),
        ("log-farewell", "new")]
    assert section.send_button.isEnabled()
    section.host.setText("127.0.0.1")
    section.port.setValue(port)
    section.starttls.setChecked(False)
    section.organizer_name.setText("Internationale Zaken")
    section.organizer_email.setText("iz@almere.example")
    started = []
    visit.runner.started.connect(lambda h: started.append(h.job))
    handle = section.send()
    assert handle.job.lane == "process" and tab.progress.busy
    idle(visit, SLOW)
    assert len(inbox.messages) == 4
    assert sorted(inbox.messages[0][0]) == ["log-host@almere.example",
                                            "log-officer@almere.example"]
    assert "METHOD:REQUEST" in inbox.messages[0][1].decode()
    assert "Sent: 4" in section.state.text()
    assert section.pending_model.rows == [] and not section.send_button.isEnabled()
    replies = {(r.item_ref, r.person): r.reply for r in section.replies_model.rows}
    assert len(replies) == 8 and set(replies.values()) == {"needs-action"}

    # by hand
    row = next(n for n, r in enumerate(section.replies_model.rows)
               if (r.item_ref, r.person) == ("log-lunch", "log-officer"))
    section.replies.selectRow(row)
    section.set_reply("tentative")
    idle(visit, SLOW)
    # from a REPLY file
    path = tmp_path / "reply.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\n"
         b"BEGIN:VEVENT\r\nUID:log-lunch@invite.missions.almere.nl\r\nSEQUENCE:0\r\n"
         b"DTSTAMP:20220501T120000Z\r\n"
         b"ATTENDEE;PARTSTAT=ACCEPTED:mailto:log-host@almere.example\r\n"
         b"ORGANIZER:mailto:iz@almere.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    section.import_reply(path)
    idle(visit, SLOW)
    replies = {(r.item_ref, r.person): r.reply for r in section.replies_model.rows}
    assert replies[("log-lunch", "log-officer")] == "tentative"
    assert replies[("log-lunch", "log-host")] == "accepted"
    assert "1 replies recorded" in section.state.text()

    # the meeting is cancelled: Send now sends a cancellation for it alone
    from almere_missions.db.models import Item

    with visit.db.unit_of_work(visit.user) as u:
        item = u.session.scalar(select(Item).where(Item.ref == "log-meeting"))
        item.status, item.revision = "cancelled", item.revision + 1
        u.commit()
    ed.draft_reload()
    idle(visit, SLOW)
    assert [(p.item_ref, p.what) for p in section.pending_model.rows] == [
        ("log-meeting", "cancel")]
    section.send()
    idle(visit, SLOW)
    assert len(inbox.messages) == 5 and "METHOD:CANCEL" in inbox.messages[4][1].decode()


def test_the_outputs_tab_writes_the_logistics_sheets_for_those_who_may(visit, qtbot, idle,
                                                                       tmp_path):
    from tests.pdfcheck import text_of

    visit.roles = {"officer"}
    ed, _tab = _editor(visit, REF, qtbot, idle)
    outputs = ed.page("outputs")
    ed.tabs.setCurrentWidget(outputs)
    buttons = outputs.documents.sheet_buttons
    assert all(b.isEnabled() for b in buttons.values())
    written = {}
    for what in ("drivers", "caterer", "rooming"):
        path = tmp_path / f"{what}.pdf"
        outputs.documents.save(what, path, on_done=lambda pages, w=what: written.update({w: pages}))
        idle(visit, SLOW)
        assert path.is_file() and written[what] >= 1, outputs.status.text()
    assert "Member" in text_of(tmp_path / "rooming.pdf")
    assert "Member" not in text_of(tmp_path / "caterer.pdf")  # counts, no people
    with visit.db.unit_of_work(visit.db.test_admin) as uow:
        users.add(uow, "an-approver", ["approver"])
        uow.commit()
    visit.roles = {"approver"}
    outputs.show_data(outputs.data)
    assert buttons["caterer"].isEnabled()
    assert not buttons["drivers"].isEnabled() and not buttons["rooming"].isEnabled()
