"""The partnerships view on the demo season: partners by kind, agreements with the lapsing
ones marked, Shenzhen's relation history, the dossier written in the background, forms
that name the field in error, undo, and what a viewer may not do."""

from __future__ import annotations

import subprocess

import pytest

from almere_missions.app import relations as relations_app
from almere_missions.demo.generator import PARTNERS


@pytest.fixture
def window(demo_ctx, settings, qtbot, idle):
    from ui.mainwindow import MainWindow

    w = MainWindow(demo_ctx, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_workspace()
    idle(demo_ctx)
    return w


def _open(window, qtbot, idle):
    view = window.show_relations()
    idle(window.ctx)
    qtbot.waitUntil(lambda: view.partners.rowCount() > 0)
    return view


def test_the_view_lists_the_demo_partners_and_filters_by_kind(window, qtbot, idle):
    view = _open(window, qtbot, idle)
    assert window.tabs.currentWidget() is view
    assert set(view.partner_refs()) == {p[0] for p in PARTNERS}
    view.kind.setCurrentIndex(view.kind.findData("network"))
    idle(window.ctx)
    assert set(view.partner_refs()) == {p[0] for p in PARTNERS if p[1] == "network"}
    view.kind.setCurrentIndex(view.kind.findData("company"))
    idle(window.ctx)
    assert view.partner_refs() == ["horizon"]


def test_shenzhen_agreement_contacts_and_history_in_time_order(window, qtbot, idle):
    view = _open(window, qtbot, idle)
    with qtbot.waitSignal(view.historyLoaded, timeout=20_000):
        assert view.select_partner("shenzhen")
    assert view.heading.text() == "Shenzhen"
    assert view.agreements.rowCount() == 1
    assert view.agreements.item(0, 0).data(256) == "shenzhen-mou"
    details = view.details.text()
    assert "Economische Zaken" in details and "Contacts:" in details
    assert "P:/IZ/Partners/shenzhen/shenzhen-mou.pdf" in details
    h = view.history
    assert h["partner"]["ref"] == "shenzhen" and h["events"]
    dates = [e["date"] for e in h["events"]]
    assert dates == sorted(dates)
    shown = [view.history_table.item(r, 0).data(256)
             for r in range(view.history_table.rowCount())]
    assert shown == [e["ref"] for e in h["events"]]
    assert {"agreement", "mission", "gift"} <= {e["kind"] for e in h["events"]}
    assert h == relations_app.relation_history(window.ctx.caller, "shenzhen", "en")
    # a double click on a mission's row opens it
    row = next(r for r in range(view.history_table.rowCount())
               if view.history_table.item(r, 1).data(256) == "mission")
    mission = view.history_table.item(row, 4).text()
    view._open_history_row(view.history_table.item(row, 0))
    idle(window.ctx)
    assert window.current_editor() is not None and window.current_editor().ref == mission


def test_lapsing_agreements_are_marked(window, qtbot, idle):
    view = _open(window, qtbot, idle)
    lapsing = {r["partnership"]: r for r in relations_app.lapsing_agreements(window.ctx.caller)}
    assert lapsing  # the demo's Aeres alliance ended in 2024 but is still active
    ref = next(iter(lapsing))
    partner = relations_app.get_partnership(window.ctx.caller, ref)["partner"]
    view.select_partner(partner)
    assert ref in view.lapsing_rows()
    for partner in ("shenzhen", "aalborg"):
        view.select_partner(partner)
        assert view.lapsing_rows() == [s for s in (f"{partner}-mou", f"{partner}-twinning")
                                       if s in lapsing]


def test_the_dossier_pdf_is_written_in_the_background(window, qtbot, idle, tmp_path):
    view = _open(window, qtbot, idle)
    view.select_partner("shenzhen")
    path = tmp_path / "dossier-shenzhen.pdf"
    pages = []
    handle = view.save_dossier("shenzhen", path, on_done=pages.append)
    assert handle.job.lane == "jobs"  # the job process, not the window's thread
    assert view.progress.busy and not view.dossier_button.isEnabled()
    idle(window.ctx, 60_000)
    assert pages and pages[0] >= 1
    assert view.dossier_button.isEnabled()
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Shenzhen" in text and "MoU" in text


def test_partner_form_names_the_field_and_undo_removes_it(window, qtbot, idle):
    view = _open(window, qtbot, idle)
    form = view.add_partner()
    form.set_value("ref", "almere-partner-x")
    form.set_value("kind", "company")
    form.submit()  # no name
    idle(window.ctx)
    assert form.isVisible()
    assert "field name" in form.error.text() and form.marked() == ["name"]
    form.set_value("name", "Flevo Campus")
    form.set_value("country", "NL")
    form.submit()
    idle(window.ctx)
    assert not form.isVisible()
    idle(window.ctx)
    assert "almere-partner-x" in view.partner_refs()
    assert relations_app.get_partner(window.ctx.caller, "almere-partner-x")["country"] == "NL"
    # undo deletes the new partner, redo brings it back
    assert window.undo_group.activeStack() is view.undo
    window.a_undo.trigger()
    idle(window.ctx)
    idle(window.ctx)
    assert "almere-partner-x" not in view.partner_refs()
    window.a_redo.trigger()
    idle(window.ctx)
    idle(window.ctx)
    assert "almere-partner-x" in view.partner_refs()


def test_agreement_edit_with_bad_dates_then_undo(window, qtbot, idle):
    view = _open(window, qtbot, idle)
    view.select_partner("shenzhen")
    form = view.edit_agreement()
    form.set_value("end", "2010-01-01")  # before its start
    form.submit()
    idle(window.ctx)
    assert form.isVisible() and "field end" in form.error.text()
    assert form.marked() == ["end"]
    form.set_value("end", "2030-06-30")
    form.set_value("status", "dormant")
    form.submit()
    idle(window.ctx)
    idle(window.ctx)
    got = relations_app.get_partnership(window.ctx.caller, "shenzhen-mou")
    assert got["end"] == "2030-06-30" and got["status"] == "dormant"
    assert got["contacts"] and got["documents"]  # what the form did not show is kept
    view.undo.undo()
    idle(window.ctx)
    got = relations_app.get_partnership(window.ctx.caller, "shenzhen-mou")
    assert got["end"] == "2027-01-31" and got["status"] == "active"


def test_a_partner_with_agreements_is_not_deleted(window, qtbot, idle):
    view = _open(window, qtbot, idle)
    view.select_partner("shenzhen")
    view.delete_partner(confirm=False)
    idle(window.ctx)
    assert "agreement" in view.status.text() and "shenzhen" in view.partner_refs()
    assert view.undo.count() == 0


def test_a_viewer_reads_partners_but_no_history_and_edits_nothing(demo_ctx, settings, qtbot,
                                                                   idle):
    from almere_missions.app import users as users_app
    from ui.context import AppContext
    from ui.relations import RelationsView

    users_app.add_user(demo_ctx.caller, "vera", ["viewer"])
    ctx = AppContext(demo_ctx.db, "vera", runner=demo_ctx.runner)
    ctx.roles = {"viewer"}
    view = RelationsView(ctx)
    qtbot.addWidget(view)
    view.reload()
    idle(ctx)
    assert set(view.partner_refs()) == {p[0] for p in PARTNERS}
    view.select_partner("shenzhen")
    idle(ctx)
    assert "internal" in view.history_note.text() and view.history_table.rowCount() == 0
    assert not view.dossier_button.isEnabled()
    assert not any(b.isEnabled() for b in (view.add_partner_button, view.edit_partner_button,
                                           view.delete_partner_button,
                                           view.add_agreement_button))
    assert "Contacts:" not in view.details.text()  # a viewer gets no personal data
    # and the core refuses even if asked
    view.delete_partner(confirm=False)
    idle(ctx)
    assert "needs the role officer" in view.status.text()


def test_a_person_as_partner_has_a_history_and_a_dossier(window, qtbot, idle, tmp_path):
    view = _open(window, qtbot, idle)
    (contact, *_) = relations_app.get_partnership(window.ctx.caller, "shenzhen-mou")["contacts"]
    view.kind.setCurrentIndex(view.kind.findData("person"))
    idle(window.ctx)
    assert contact in view.partner_refs()
    with qtbot.waitSignal(view.historyLoaded, timeout=20_000):
        view.select_partner(contact)
    assert view.history["partner"]["kind"] == "person"
    assert "shenzhen-mou" in {e["ref"] for e in view.history["events"]}
    assert view.history == relations_app.person_history(window.ctx.caller, contact, "en")
    assert not view.edit_partner_button.isEnabled()  # persons are changed in their dialog
    assert not view.add_agreement_button.isEnabled()
    path = tmp_path / "dossier-person.pdf"
    pages = []
    view.save_dossier(contact, path, on_done=pages.append)
    idle(window.ctx, 60_000)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert pages and "Shenzhen" in text


def test_the_tab_is_one_of_its_kind_and_closes_with_its_undo_stack(window, qtbot, idle):
    view = _open(window, qtbot, idle)
    assert window.show_relations() is view  # a second open brings the same tab forward
    assert view.undo in window.undo_group.stacks()
    window.tabs.tabCloseRequested.emit(window.tabs.indexOf(view))
    assert window.relations_view is None
    assert window.tabs.indexOf(view) < 0
    assert view.undo not in window.undo_group.stacks()
    again = _open(window, qtbot, idle)
    assert again is not view and window.tabs.currentWidget() is again
