"""The editor's follow-up tab on the demo season (outcomes, actions, gifts with the flag of
an undecided gift above the threshold, edits with undo), and the overdue markers of the
register and the season board; what a viewer and an officer may not do."""

from __future__ import annotations

import pytest

from almere_missions.app import followup as followup_app
from almere_missions.app import gifts as gifts_app


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


def _late_mission(caller) -> tuple[str, int]:
    counts = followup_app.overdue_counts(caller)
    assert counts  # the demo's reports of 2022 still open
    return min(counts.items())


def _tab(window, ref, idle):
    editor = window.open_mission(ref)
    idle(window.ctx)
    tab = editor.page("followup")
    editor.tabs.setCurrentWidget(tab)
    return editor, tab


def test_the_tab_shows_outcomes_actions_and_flags_an_undecided_gift(window, idle):
    caller = window.ctx.caller
    flagged = next(g for g in gifts_app.gifts(caller) if g["needs_decision"])
    editor, tab = _tab(window, flagged["mission"], idle)
    assert tab.gifts.refs() == [g["ref"] for g in gifts_app.gifts(
        caller, mission_ref=flagged["mission"])]
    assert tab.flagged == [flagged["ref"]]
    assert tab.gift_flag.isVisible() and "€" in tab.gift_flag.text()
    row = tab.gifts.refs().index(flagged["ref"])
    assert "needs a decision" in tab.gifts.table.item(row, 5).text()
    assert tab.outcomes.refs() == [o["ref"] for o in followup_app.outcomes(
        caller, flagged["mission"])]
    # an officer records gifts but does not decide on them
    tab.gifts.select(flagged["ref"])
    assert not tab.decide_button.isEnabled()
    tab.decide(flagged["ref"], "registered")
    idle(window.ctx)
    assert "needs the role approver or mayor" in tab.status.text()
    assert gifts_app.gifts(caller, mission_ref=flagged["mission"])[row]["needs_decision"]


def test_an_action_added_with_the_form_then_undone_and_redone(window, idle):
    ref, _n = _late_mission(window.ctx.caller)
    editor, tab = _tab(window, ref, idle)
    before = tab.actions.refs()
    form = tab.open_form("followups")
    new = form.widgets["ref"].text()
    assert new.startswith(ref.lower() + "-action-")
    form.set_value("title", "Send the photos")
    form.set_value("due", "2022-12-01")
    form.submit()  # no owner and no department
    idle(window.ctx)
    assert form.isVisible() and "field owner" in form.error.text()
    assert form.marked() == ["owner"]
    form.set_value("owner_department", "Communicatie")
    form.submit()
    idle(window.ctx)
    idle(window.ctx)
    assert not form.isVisible()
    assert tab.actions.refs() == sorted([*before, new])
    row = tab.actions.refs().index(new)
    assert "overdue" in tab.actions.table.item(row, 5).text()
    assert editor.undo.count() == 1 and not editor.is_dirty()
    window.a_undo.trigger()
    idle(window.ctx)
    idle(window.ctx)
    assert tab.actions.refs() == before
    assert new not in {a["ref"] for a in followup_app.actions(window.ctx.caller, mission_ref=ref)}
    window.a_redo.trigger()
    idle(window.ctx)
    idle(window.ctx)
    assert new in tab.actions.refs()


def test_mark_done_clears_the_overdue_marker_everywhere_and_undo_brings_it_back(window, idle,
                                                                                 qtbot):
    caller = window.ctx.caller
    ref, n = _late_mission(caller)
    # the register shows the count in its own column
    model = window.register.model
    from ui.models.register import OVERDUE_COLUMN

    row = model.row_of(ref)
    assert model.data(model.index(row, OVERDUE_COLUMN)) == f"⚑ {n}"
    assert model.overdue_of(ref) == n
    others = [m.ref for m in model.rows if m.ref not in followup_app.overdue_counts(caller)]
    assert model.data(model.index(model.row_of(others[0]), OVERDUE_COLUMN)) == ""
    # and the board a marker on the mission's bar
    start = next(m.start for m in model.rows if m.ref == ref)
    window.show_tab(window.board)
    window.board.by_month = False
    window.board.go(start)
    idle(window.ctx)
    window.board.canvas.repaint()
    assert window.board.canvas.overdue_marks.get(ref) == n
    editor, tab = _tab(window, ref, idle)
    late = next(a for a in followup_app.actions(caller, mission_ref=ref) if a["overdue"])
    tab.actions.select(late["ref"])
    tab.mark_done()
    idle(window.ctx)
    idle(window.ctx)
    row_a = tab.actions.refs().index(late["ref"])
    assert tab.actions.table.item(row_a, 5).text() == ""
    assert model.overdue_of(ref) == n - 1  # the register read it again
    window.show_tab(window.board)
    idle(window.ctx)
    window.board.canvas.repaint()
    assert window.board.canvas.overdue_marks.get(ref, 0) == n - 1
    window.show_tab(editor)
    editor.undo.undo()
    idle(window.ctx)
    idle(window.ctx)
    assert next(a for a in followup_app.actions(caller, mission_ref=ref)
                if a["ref"] == late["ref"])["status"] == late["status"]
    qtbot.waitUntil(lambda: model.overdue_of(ref) == n)


def test_an_outcome_edit_keeps_its_tags_and_is_undone(window, idle):
    caller = window.ctx.caller
    outcome = next(o for o in followup_app.outcomes(caller) if o.get("goals"))
    editor, tab = _tab(window, outcome["mission"], idle)
    tab.outcomes.select(outcome["ref"])
    form = tab.open_form("outcomes", existing=True)
    assert form.widgets["ref"].isReadOnly()
    form.set_value("text", "Agreed on a joint food-policy programme.")
    form.submit()
    idle(window.ctx)
    idle(window.ctx)
    (got,) = [o for o in followup_app.outcomes(caller, outcome["mission"])
              if o["ref"] == outcome["ref"]]
    assert got["text"]["en"] == "Agreed on a joint food-policy programme."
    assert got["text"]["nl"] == outcome["text"]["nl"]  # the other language kept
    assert got["goals"] == outcome["goals"] and got["themes"] == outcome["themes"]
    editor.undo.undo()
    idle(window.ctx)
    (got,) = [o for o in followup_app.outcomes(caller, outcome["mission"])
              if o["ref"] == outcome["ref"]]
    assert got == outcome


def test_a_viewer_sees_no_follow_up_and_no_markers(demo_ctx, settings, qtbot, idle):
    from almere_missions.app import users as users_app
    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.models.register import OVERDUE_COLUMN

    users_app.add_user(demo_ctx.caller, "vera", ["viewer"])
    ref, _n = _late_mission(demo_ctx.caller)
    ctx = AppContext(demo_ctx.db, "vera", runner=demo_ctx.runner)
    ctx.roles = {"viewer"}
    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    w.show_workspace()
    idle(ctx)
    model = w.register.model
    assert model.data(model.index(model.row_of(ref), OVERDUE_COLUMN)) == ""
    editor, tab = _tab(w, ref, idle)
    assert "needs the role" in tab.status.text()
    assert tab.actions.table.rowCount() == 0 and tab.gifts.table.rowCount() == 0
    assert not tab.outcomes.add.isEnabled() and tab.open_form("outcomes") is None
