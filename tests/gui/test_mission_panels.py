"""The assessment, security, approval and outputs tabs on the contract example."""

from __future__ import annotations

from pathlib import Path

import pytest

from almere_missions.approval import workflow
from almere_missions.services import users

REF = "FLO-2022-TPE"
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
MANDATORY = set("aikl")


@pytest.fixture
def sec_ctx(example_ctx):
    """The example; the acting user is officer and security advisor, with the travel
    advice of Taiwan and the EU sanctions sample stored."""
    from datetime import date

    from sqlalchemy import select

    from almere_missions.db.models import Person
    from almere_missions.security.advice import import_advice
    from almere_missions.security.sanctions.store import import_lists

    ctx = example_ctx
    with ctx.db.unit_of_work(ctx.user) as uow:
        users.add(uow, ctx.user, ["security", "officer"])
        # one guest with the name and birth date of a listed person: a hit to decide
        p = uow.session.scalar(select(Person).where(Person.ref == "tpe-2"))
        p.name, p.latin_name = "Саддам Хусейн", "Saddam Husayn"
        p.birth_date, p.nationality = date(1937, 4, 28), ["IQ"]
        import_advice(uow, [DATA / "travel-advice" / "TWN.xml"])
        import_lists(uow, [DATA / "sanctions" / "eu_fsd_sample.xml"])
        uow.commit()
    ctx.roles = {"admin", "officer", "security"}
    return ctx


@pytest.fixture
def editor(sec_ctx, qtbot, idle):
    from ui.editor.window import MissionEditor

    ed = MissionEditor(sec_ctx, REF)
    qtbot.addWidget(ed)
    ed.resize(1280, 760)
    ed.show()
    ed.load()
    idle(sec_ctx)
    return ed


def answer_all(tab) -> None:
    for row in tab.rows:
        row.answer.setCurrentIndex(row.answer.findData("complies"))
        if row.mandatory:
            row.justification.setText(f"why {row.code}")


def test_assessment_tab_records_answers(editor, sec_ctx, idle):
    tab = editor.page("assessment")
    assert [r.code for r in tab.rows] == list("abcdefghijkl")
    assert "Coalitieakkoord leidend" in tab.rows[0].name.text()  # Dutch, with the gloss
    assert "Coalition agreement leading" in tab.rows[0].name.text()
    assert "justification required" in tab.rows[0].required.text()  # mandatory, shown
    assert "Not recorded" in tab.recorded.text()
    assert "coalitieakkoord" in tab.principle_text.text()  # the full text, Dutch first
    tab.rows[3].justification.setFocus()
    tab._focus(None, tab.rows[3].justification)
    assert tab.principle_text.text().startswith("<b>d</b>")
    # a concern without a justification: refused in words, nothing written
    answer_all(tab)
    tab.rows[1].answer.setCurrentIndex(tab.rows[1].answer.findData("concern"))
    assert "Concern" in tab.rows[1].required.text()
    tab.record_button.click()
    idle(sec_ctx)
    assert "principle b needs a justification" in tab.status.text()
    tab.rows[1].justification.setText("only partly green")
    tab.budget.setText("2.500,00")
    tab.record_button.click()
    idle(sec_ctx)
    with sec_ctx.db.unit_of_work(sec_ctx.user, write=False) as uow:
        from almere_missions.approval.assessment import get_assessment

        a = get_assessment(uow, REF)
    assert a.complete and a.budget_eur == 2500 and a.concerns == ("b",)
    assert "Recorded by" in tab.recorded.text()
    assert "Within budget" in tab.budget_state.text() or "Over budget" in tab.budget_state.text()
    assert "kg CO₂" in tab.co2.text()
    assert tab.costs.text().count("\n") >= 1  # one line per payer and the total


def test_security_tab_screens_decides_and_checks(editor, sec_ctx, idle, qtbot, qtmodeltester):
    tab = editor.page("security")
    chip = tab.findChild(object, "adviceChip_TW")
    assert chip is not None and chip.text()  # a colour with words
    assert tab.findChild(object, "riskChip_TW").text().startswith("State-actor risk")
    assert "Not screened yet" in tab.screen_state.text()
    tab.screen_button.click()
    idle(sec_ctx)
    qtbot.waitUntil(lambda: "Screened on" in tab.screen_state.text(), timeout=10_000)
    qtmodeltester.check(tab.hits_model, force_py=True)
    # a checklist per direction, then the residual risk with a mitigation
    assert tab.checks
    for box in tab.checks.values():
        box.setChecked(True)
    tab.risk.setCurrentIndex(tab.risk.findData("medium"))
    tab.mitigations.setPlainText("")
    tab.advice_text.setPlainText("")
    tab.record_button.click()
    idle(sec_ctx)
    assert "needs mitigations or advice" in tab.status.text()
    tab.mitigations.setPlainText("Briefing on state actors\nNo laptops")
    tab.advice_text.setPlainText("Go, with the briefing.")
    tab.record_button.click()
    idle(sec_ctx)
    from almere_missions.security.checklist import get_security_assessment

    with sec_ctx.db.unit_of_work(sec_ctx.user, write=False) as uow:
        sa = get_security_assessment(uow, REF)
    assert sa.residual_risk == "medium" and sa.mitigations == ("Briefing on state actors",
                                                                "No laptops")
    assert "Checked by" in tab.assessed.text()
    assert tab.hits_model.rowCount() >= 1
    hit = tab.hits_model.rows[0]
    assert hit.decision is None and 0 < hit.score <= 1 and hit.explanation
    assert "wait for a decision" in tab.screen_state.text()
    tab.hits.selectRow(0)
    assert tab.false_button.isEnabled()
    tab.decide("false_positive", "")
    assert "needs a reason" in tab.status.text()
    tab.decide("false_positive", "another person, other passport")
    idle(sec_ctx)
    qtbot.waitUntil(lambda: tab.hits_model.rows[0].decision == "false_positive", timeout=10_000)
    assert "other passport" in tab.hits_model.index(0, 4).data()


def test_approval_tab_shows_chain_refusals_and_history(editor, sec_ctx, idle, qtbot,
                                                     qtmodeltester, tmp_path):
    tab = editor.page("approval")
    qtmodeltester.check(tab.chain_model, force_py=True)
    qtmodeltester.check(tab.history_model, force_py=True)
    assert tab.state_chip.text() == "draft"
    assert tab.chain_model.rowCount() >= 1
    # nothing assessed yet: submitting is refused, in words, before anyone clicks
    assert not tab.buttons["submit"].isEnabled()
    assert "assessment" in tab.why_not.text().lower()
    tab.act("submit", "")  # the core refuses it too, shown in words
    idle(sec_ctx)
    assert tab.status.text()
    # the approval file, from the tab, in the background
    pages = []
    tab.render_file(tmp_path / "file.pdf", pages.append)
    idle(sec_ctx)
    assert pages and pages[0] >= 1 and (tmp_path / "file.pdf").read_bytes()[:5] == b"%PDF-"


def test_approval_file_goes_to_the_printer(editor, sec_ctx, idle, qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from ui import pdfpages

    printed = tmp_path / "printed.pdf"

    def printer(_parent=None):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(pdfpages, "ask_printer", printer)
    tab = editor.page("approval")
    tab.print_file()
    idle(sec_ctx)
    qtbot.waitUntil(lambda: "printer" in tab.status.text(), timeout=20_000)
    assert printed.read_bytes()[:5] == b"%PDF-" and tab.print_button.isEnabled()


def test_outputs_tab_previews_saves_issues_and_exports(editor, sec_ctx, idle, qtbot, tmp_path):
    tab = editor.page("outputs")
    tab.preview()
    idle(sec_ctx)
    qtbot.waitUntil(lambda: tab.pages_layout.count() >= 1, timeout=20_000)
    page = tab.findChild(object, "previewPage1")
    assert page is not None and page.pixmap().width() > 500
    assert not tab.notice_button.isEnabled()  # never issued
    done = []
    tab.save("programme", tmp_path / "p.pdf", done.append)
    idle(sec_ctx)
    assert done[0] >= 1 and (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"
    tab.save("notice", tmp_path / "n.pdf", done.append)
    idle(sec_ctx)
    assert done[-1] is None and "never issued" in tab.status.text()
    tab.issue(done.append)
    idle(sec_ctx)
    assert done[-1] == 1
    qtbot.waitUntil(lambda: tab.notice_button.isEnabled(), timeout=10_000)
    tab.audience.setCurrentIndex(tab.audience.findData("internal"))
    tab.export_ics(tmp_path / "m.ics", done.append)
    idle(sec_ctx)
    text = (tmp_path / "m.ics").read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "VEVENT" in text


def test_outputs_tab_cancel_writes_nothing(editor, sec_ctx, idle, qtbot):
    tab = editor.page("outputs")
    tab.preview()
    assert tab.cancel_button.isVisibleTo(tab) and not tab.preview_button.isEnabled()
    tab.cancel_button.click()
    idle(sec_ctx)
    assert tab.pages_layout.count() == 0 and tab.preview_button.isEnabled()
    assert "Cancelled" in tab.status.text() and not tab.cancel_button.isVisibleTo(tab)


def test_caldav_publish_needs_an_address(editor, sec_ctx):
    tab = editor.page("outputs")
    assert tab.publish() is None
    assert "server address" in tab.status.text()
    assert tab.password.echoMode() == tab.password.EchoMode.Password


def test_workflow_actions_match_the_buttons(editor, sec_ctx):
    tab = editor.page("approval")
    with sec_ctx.db.unit_of_work(sec_ctx.user, write=False) as uow:
        actions = workflow.available_actions(uow, REF)
    assert {a for a, b in tab.buttons.items() if b.isEnabled()} == set(actions)


def test_fetching_advice_offline_keeps_the_last_and_says_so(editor, sec_ctx, idle, qtbot):
    tab = editor.page("security")

    def offline(url, timeout):
        raise OSError("network unreachable")

    tab.fetch_advice(fetcher=offline)
    idle(sec_ctx)
    assert "could not reach" in tab.status.text() and "last snapshot" in tab.status.text()
    assert tab.findChild(object, "adviceChip_TW") is not None

    def online(url, timeout):
        return (DATA / "travel-advice" / "TWN.xml").read_bytes()

    tab.fetch_advice(fetcher=online)
    idle(sec_ctx)
    assert "advice unchanged" in tab.status.text() or "new advice" in tab.status.text()


def test_typed_answers_survive_a_background_reload(editor, sec_ctx, idle):
    tab = editor.page("assessment")
    row = tab.rows[1]
    row.answer.setCurrentIndex(row.answer.findData("concern"))
    row.answer.activated.emit(row.answer.currentIndex())
    row.justification.setText("typed, not recorded")
    row.justification.textEdited.emit("typed, not recorded")
    sec = editor.page("security")
    sec.mitigations.setPlainText("typed mitigation")
    sec_ctx.changed.emit({REF})  # another tab wrote: every panel reads again
    idle(sec_ctx)
    assert row.justification.text() == "typed, not recorded"
    assert row.answer.currentData() == "concern"
    assert "not recorded yet" in tab.status.text()
    assert sec.mitigations.toPlainText() == "typed mitigation"


def test_refusals_from_the_job_process_are_shown_in_words(editor, sec_ctx, idle, qtbot,
                                                           tmp_path):
    tab = editor.page("outputs")
    tab.language.addItem("??", "not a language")
    tab.language.setCurrentIndex(tab.language.count() - 1)
    tab.save("programme", tmp_path / "x.pdf")
    idle(sec_ctx)
    qtbot.waitUntil(lambda: "language tag" in tab.status.text(), timeout=20_000)
    assert not (tmp_path / "x.pdf").exists() and tab.progress.isHidden()


def test_without_the_security_role_the_check_is_read_only(example_ctx, qtbot, idle):
    from ui.editor.window import MissionEditor

    example_ctx.roles = {"officer"}
    ed = MissionEditor(example_ctx, REF)
    qtbot.addWidget(ed)
    ed.load()
    idle(example_ctx)
    tab = ed.page("security")
    assert not tab.record_button.isEnabled() and "security advisor" in tab.record_button.toolTip()
    assert not tab.false_button.isEnabled() and tab.screen_button.isEnabled()
    appr = ed.page("approval")
    assert "security" in appr.why_not.text().lower() or "assessment" in appr.why_not.text().lower()


def test_a_cancelled_save_leaves_no_file(editor, sec_ctx, idle, qtbot, tmp_path):
    from ui import jobs

    out = tmp_path / "out"
    out.mkdir()
    tab = editor.page("outputs")
    tab.save("badges", out / "badges.pdf")
    tab.cancel_button.click()
    idle(sec_ctx)
    assert "Cancelled" in tab.status.text()
    jobs.call(jobs.ping)  # the job process has finished the document
    qtbot.wait(50)
    assert list(out.iterdir()) == []
