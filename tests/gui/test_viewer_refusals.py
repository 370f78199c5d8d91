"""A viewer cannot take internal documents out of the desktop program: the application
layer refuses, and the screen says so in words."""

from __future__ import annotations

import pytest

from almere_missions.services import users

REF = "FLO-2022-TPE"


@pytest.fixture
def viewer_editor(example_ctx, qtbot, idle):
    from ui.context import AppContext
    from ui.editor.window import MissionEditor

    with example_ctx.db.unit_of_work(example_ctx.user) as uow:
        users.add(uow, "vera", ["viewer"])
        uow.commit()
    ctx = AppContext(example_ctx.db, "vera", example_ctx.runner)
    ctx.roles = {"viewer"}
    ed = MissionEditor(ctx, REF)
    qtbot.addWidget(ed)
    ed.load()
    idle(ctx)
    assert ed.view is not None  # a viewer reads the mission
    return ed


@pytest.mark.parametrize("what", ["programme", "notice"])
def test_a_viewer_cannot_save_the_internal_programme_or_notice(viewer_editor, idle, qtbot,
                                                                tmp_path, what):
    tab = viewer_editor.page("outputs")
    tab.audience.setCurrentIndex(tab.audience.findData("internal"))
    out = tmp_path / "out"
    out.mkdir()
    tab.save(what, out / f"{what}.pdf")  # the call the button makes, whether or not it is enabled
    idle(viewer_editor.ctx)
    qtbot.waitUntil(lambda: "needs the role" in tab.status.text(), timeout=20_000)
    assert "vera" in tab.status.text() and "document.internal" in tab.status.text()
    assert list(out.iterdir()) == []


def test_a_viewer_may_save_the_guests_programme(viewer_editor, idle, qtbot, tmp_path):
    tab = viewer_editor.page("outputs")
    tab.audience.setCurrentIndex(tab.audience.findData("guest"))
    pages = []
    tab.save("programme", tmp_path / "p.pdf", pages.append)
    idle(viewer_editor.ctx)
    qtbot.waitUntil(lambda: bool(pages), timeout=20_000)
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_viewer_cannot_save_the_approval_file(viewer_editor, idle, qtbot, tmp_path):
    tab = viewer_editor.page("approval")
    out = tmp_path / "out"
    out.mkdir()
    tab.render_file(out / "file.pdf")
    idle(viewer_editor.ctx)
    qtbot.waitUntil(lambda: "needs the role" in tab.status.text(), timeout=20_000)
    assert "approval.file" in tab.status.text() and list(out.iterdir()) == []


def test_a_viewer_sees_no_security_findings(viewer_editor):
    tab = viewer_editor.page("security")
    assert tab.data.restricted and tab.hits_model.rowCount() == 0
    assert not tab.record_button.isEnabled() and not tab.screen_button.isEnabled()
