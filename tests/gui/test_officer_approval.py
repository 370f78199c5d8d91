"""An officer's task through to approval, through the widgets: assess the mission, have
the security check recorded, submit; another user approves; then print the programme and
export the calendar."""

from __future__ import annotations

from pathlib import Path

import pytest

from almere_missions.approval import workflow
from almere_missions.services import users

REF = "FLO-2022-TPE"


def open_editor(ctx, qtbot, idle):
    from ui.editor.window import MissionEditor

    ed = MissionEditor(ctx, REF)
    qtbot.addWidget(ed)
    ed.show()
    ed.load()
    idle(ctx)
    return ed


@pytest.fixture
def team(example_ctx):
    """On SQLite the acting user is named (--user mode): an officer who is also the security
    advisor, and an approver."""
    ctx = example_ctx
    with ctx.db.unit_of_work(ctx.user) as uow:
        users.add(uow, ctx.user, ["officer", "security"])
        users.add(uow, "appr1", ["approver"])
        uow.commit()
    ctx.roles = {"admin", "officer", "security"}
    return ctx


def test_assess_check_submit_approve_print_and_export(team, qtbot, idle, tmp_path,
                                                      monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from ui import pdfpages
    from ui.context import AppContext

    ed = open_editor(team, qtbot, idle)
    # 1. the assessment, answered in the tab
    tab = ed.page("assessment")
    for row in tab.rows:
        row.answer.setCurrentIndex(row.answer.findData("complies"))
        if row.mandatory:
            row.justification.setText(f"Justified for {row.code}")
    tab.budget.setText("2500")
    tab.record_button.click()
    idle(team)
    assert "Every principle is answered" in tab.status.text()
    # 2. the security check
    sec = ed.page("security")
    for box in sec.checks.values():
        box.setChecked(True)
    sec.risk.setCurrentIndex(sec.risk.findData("low"))
    sec.advice_text.setPlainText("Standard reception")
    sec.record_button.click()
    idle(team)
    assert "Checked by" in sec.assessed.text()
    # 3. submit, from the approval tab
    appr = ed.page("approval")
    qtbot.waitUntil(lambda: appr.buttons["submit"].isEnabled(), timeout=10_000)
    appr.act("submit", "Ready for approval")
    idle(team)
    qtbot.waitUntil(lambda: appr.state_chip.text() == "submitted", timeout=10_000)
    assert not appr.buttons["approve"].isEnabled()  # not an approver: refused in words
    assert "approver" in appr.buttons["approve"].toolTip()
    # 4. another user approves, in a window of their own
    other = AppContext(team.db, "appr1")
    other.roles = {"approver"}
    ed2 = open_editor(other, qtbot, idle)
    appr2 = ed2.page("approval")
    qtbot.waitUntil(lambda: appr2.buttons["approve"].isEnabled(), timeout=10_000)
    appr2.act("approve", "Agreed")
    idle(other)
    qtbot.waitUntil(lambda: appr2.state_chip.text() == "approved", timeout=10_000)
    with team.db.unit_of_work(team.user, write=False) as uow:
        st = workflow.status(uow, REF)
    assert st.state == "approved" and [h.action for h in st.history] == ["submit", "approve"]
    other.runner.wait_idle()
    # the officer's window shows it after a reload
    ed.load()
    idle(team)
    qtbot.waitUntil(lambda: appr.state_chip.text() == "approved", timeout=10_000)
    assert appr.history_model.rowCount() == 2
    # 5. print the programme: the print dialog's printer writes a PDF here
    printed = tmp_path / "printed.pdf"

    def printer(_parent=None):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(pdfpages, "ask_printer", printer)
    out = ed.page("outputs")
    out.print_programme()
    idle(team)
    qtbot.waitUntil(lambda: "printer" in out.status.text(), timeout=20_000)
    assert printed.read_bytes()[:5] == b"%PDF-" and printed.stat().st_size > 10_000
    # 6. export the calendar for the guests
    ics: list = []
    out.export_ics(tmp_path / "guests.ics", ics.append)
    idle(team)
    text = Path(tmp_path / "guests.ics").read_text(encoding="utf-8")
    assert ics and "BEGIN:VEVENT" in text and "Internal briefing" not in text
    # 7. a material change after approval: the tab says what changed, approval is needed again
    from decimal import Decimal

    from almere_missions.services import editing, missions
    from almere_missions.views import CostView

    with team.db.unit_of_work(team.user) as uow:
        m = missions.get_mission(uow, REF)
        editing.set_costs(uow, REF, m.version, [*m.costs, CostView(
            "Extra dinner", Decimal("900.00"), "EUR", "Internationale Zaken")])
        uow.commit()
    ed.load()
    idle(team)
    qtbot.waitUntil(lambda: appr.changes.count() > 0, timeout=10_000)
    assert appr.state_chip.text() == "needs approval again"
    assert appr.changes.isVisibleTo(appr)
    assert appr.buttons["submit"].isEnabled()
