"""``approval-file``: the approval file as a PDF, checked with poppler and qpdf."""

from __future__ import annotations

from almere_missions.errors import InvalidInput
from tests.integration import approval_support
from tests.integration.approval_support import assessment_doc, write_json
from tests.pdfcheck import check_pdf, page_count, squeezed, text_of

team = approval_support.team
TPE = "FLO-2022-TPE"
NAMES = ["林美玲", "Lin Mei-ling", "Sophie Ødegaard-Müller", "Marieke de Vries"]


def _approved(team, cli, tmp_path) -> None:
    run = team.cli
    assert run(cli, "off1", "assess", TPE,
               write_json(tmp_path, assessment_doc(concern="c"), "a.json")).code == 0
    sec = write_json(tmp_path, {"checklist": {"building_access": True, "gifts": True},
                                "residual_risk": "medium", "mitigations": ["escort at all times"],
                                "advice": "Standard reception with an escort"}, "s.json")
    assert run(cli, "sec1", "security", "assess", TPE, sec).code == 0
    assert run(cli, "off1", "approval", "submit", TPE, "--comment", "ready").code == 0
    assert run(cli, "appr1", "approval", "approve", TPE, "--comment", "fine by me").code == 0


def test_approval_file_in_dutch_and_english(team, cli, tmp_path):
    _approved(team, cli, tmp_path)
    out = tmp_path / "dossier.pdf"
    r = team.cli(cli, "appr2", "approval-file", TPE, "-o", out)
    assert r.code == 0, r
    assert f"wrote {out}" in r.out
    text = check_pdf(out, tmp_path, NAMES + [
        "Goedkeuringsdossier", "INTERN", "Bezoek delegatie Taipei aan de Floriade",
        "Coalitieakkoord leidend", "bezwaar", "why c", "Veiligheid", "Restrisico", "middel",
        "escort at all times", "Standard reception with an escort", "Besluitgeschiedenis",
        "goedgekeurd", "fine by me", "ready", "Kosten en CO₂", "Budget (EUR)",
        "Andere reizen van de reizigers in 2022", "pagina 1 van"])
    assert "Taipei City Government" in text
    en = tmp_path / "file-en.pdf"
    # screening hits, state-actor risk and other trips: not for the viewer
    r = team.cli(cli, "view1", "approval-file", TPE, "-o", en, "--lang", "en")
    assert r.code == 3 and "needs the role" in r.err and not en.exists()
    assert team.cli(cli, "mayor1", "approval-file", TPE, "-o", en, "--lang", "en").code == 0
    check_pdf(en, tmp_path, ["Approval file", "INTERNAL", "Coalitieakkoord leidend",
                             "(Coalition agreement leading)", "concern", "Decision history",
                             "approved", "Residual risk", "medium", "page 1 of"])
    assert page_count(en) >= 2


def test_approval_file_of_a_draft_says_what_is_missing(team, cli, tmp_path):
    out = tmp_path / "draft.pdf"
    assert team.cli(cli, "off1", "approval-file", TPE, "-o", out, "--lang", "en").code == 0
    flat = squeezed(text_of(out))
    for words in ("not recorded yet", "not answered", "No decisions yet.", "draft"):
        assert squeezed(words) in flat, words


def test_approval_file_refuses_bad_input_and_writes_nothing(team, cli, tmp_path):
    out = tmp_path / "x.pdf"
    r = team.cli(cli, "off1", "approval-file", "NOPE-1", "-o", out)
    assert r.code == 2 and "NOPE-1" in r.err and not out.exists()
    r = team.cli(cli, "off1", "approval-file", TPE, "-o", out, "--lang", "not a tag")
    assert r.code == 2 and "lang" in r.err and not out.exists()


def test_render_service_reports_progress(example_db, tmp_path):
    from almere_missions.documents.approval_file import render_approval_file

    seen = []
    with example_db.unit_of_work(example_db.test_admin, write=False) as uow:
        pages = render_approval_file(uow, TPE, tmp_path / "f.pdf", "en",
                                     progress=lambda d, t: seen.append((d, t)))
    assert pages >= 1 and seen and seen[-1][0] == seen[-1][1]
    try:
        with example_db.unit_of_work(example_db.test_admin, write=False) as uow:
            render_approval_file(uow, TPE, tmp_path / "g.pdf", "??")
    except InvalidInput as exc:
        assert exc.field == "lang"
    assert not (tmp_path / "g.pdf").exists()
