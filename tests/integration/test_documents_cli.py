"""The document commands against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from almere_missions.documents.programme import render_programme
from almere_missions.errors import NotFound, PermissionDenied
from tests.pdfcheck import check_pdf, squeezed, text_of

REF = "FLO-2022-TPE"
NAMES = ["林美玲", "Lin Mei-ling", "陳建宏", "Chen Chien-hung", "Sophie Ødegaard-Müller",
         "Marieke de Vries", "Jeroen Bakker"]


def test_programme_for_guests(example_db, cli, tmp_path):
    out = tmp_path / "programme.pdf"
    r = cli(example_db, "programme", REF, "-o", out)
    assert r.code == 0, r
    text = check_pdf(out, tmp_path, NAMES + [
        "Taipei delegation visit to Floriade", "台北市代表團參訪花卉博覽會", "Welcome by the mayor",
        "Pick-up at Schiphol", "Amsterdam Airport Schiphol → Almere City Hall",
        "Stadhuisplein 1, 1315 HR", "Guided tour of Floriade Expo", "Expo visit, day 2",
        "all day", "Taipei City Government", "Responsible officer", "j.bakker@example.org",
        "112", "page 1 of 3"])
    flat = squeezed(text)
    assert squeezed("Internal briefing") not in flat
    assert squeezed("Gift: book on Almere Principles") not in flat
    assert "vegetarian" not in text  # personal needs are for hosts only
    assert "07:45–08:45" in text and "09:30–10:30" in text


def test_programme_internal_in_dutch(example_db, cli, tmp_path):
    out = tmp_path / "intern.pdf"
    r = cli(example_db, "programme", REF, "-o", out, "--lang", "nl", "--audience", "internal")
    assert r.code == 0, r
    check_pdf(out, tmp_path, NAMES + [
        "Bezoek delegatie Taipei aan de Floriade", "Internal briefing", "Ontvangst door de burgemeester",
        "Gift: book on Almere Principles", "INTERN", "Woensdag 20 april 2022", "pagina 1 van",
        "Dieet: vegetarian"])


def test_programme_in_the_missions_own_language(example_db, cli, tmp_path):
    out = tmp_path / "zh.pdf"
    r = cli(example_db, "programme", REF, "-o", out, "--lang", "zh-Hant")
    assert r.code == 0, r
    text = check_pdf(out, tmp_path, ["台北市代表團參訪花卉博覽會", "Welcome by the mayor"])
    assert "2022年4月20日" in text


def test_delegation_list_and_badges(example_db, cli, tmp_path):
    lst, badges = tmp_path / "list.pdf", tmp_path / "badges.pdf"
    r = cli(example_db, "delegation-list", REF, "-o", lst, "--lang", "nl")
    assert r.code == 0, r
    check_pdf(lst, tmp_path, NAMES + ["Delegatielijst", "Delegatieleider", "Taiwan"])
    r = cli(example_db, "badges", REF, "-o", badges)
    assert r.code == 0 and "1 sheets" in r.out, r
    check_pdf(badges, tmp_path, NAMES + ["HEAD OF DELEGATION"])


def test_season_book(example_db, cli, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "book.pdf"
    r = cli(example_db, "season-book", "--from", "2022-04-14", "--to", "2022-10-09", "-o", out)
    assert r.code == 0, r
    check_pdf(out, tmp_path, NAMES + ["Season book", "Contents",
                                      "Taipei delegation visit to Floriade"])
    outline = PdfReader(str(out)).outline
    titles = [o.title for o in outline if not isinstance(o, list)]
    assert titles == ["Contents", "Taipei delegation visit to Floriade"]
    days = [o.title for o in outline[2] if not isinstance(o, list)]
    assert "Programme" in days and "Contact" in days


def test_season_book_of_an_empty_period(example_db, cli, tmp_path):
    out = tmp_path / "empty.pdf"
    r = cli(example_db, "season-book", "--from", "2023-01-01", "--to", "2023-01-31", "-o", out)
    assert r.code == 0, r
    assert "There are no missions in this period." in check_pdf(out, tmp_path)


@pytest.mark.parametrize("args,word", [
    (("programme", "NOPE-1"), "NOPE-1"),
    (("programme", REF, "--audience", "press"), "audience"),
    (("programme", REF, "--lang", "not a tag"), "lang"),
    (("season-book", "--from", "2022-05-01", "--to", "2022-04-01"), "to"),
    (("season-book", "--from", "1 May", "--to", "2022-04-01"), "date"),
])
def test_bad_input_writes_nothing(example_db, cli, tmp_path, args, word):
    out = tmp_path / "x.pdf"
    r = cli(example_db, *args, "-o", out)
    assert r.code == 2, r
    assert word in r.err
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_change_notice_after_the_programme_was_issued(example_db, cli, tmp_path):
    from datetime import UTC, datetime

    from almere_missions.planning.issued import issue_programme
    from almere_missions.planning.programme import cancel_item, move_item

    out = tmp_path / "notice.pdf"
    r = cli(example_db, "change-notice", REF, "-o", out)
    assert r.code == 3 and "not been issued" in r.err and not out.exists()
    with example_db.unit_of_work(example_db.test_admin) as uow:
        issue_programme(uow, REF)
        uow.commit()
    # "The Deputy Mayor lands two hours later": the pick-up moves, the tour is called off.
    with example_db.unit_of_work(example_db.test_admin) as uow:
        move_item(uow, REF, None, "tpe-arrival", datetime(2022, 4, 20, 7, 45, tzinfo=UTC))
        cancel_item(uow, REF, None, "tpe-expo")
        cancel_item(uow, REF, None, "tpe-briefing")
        uow.commit()
    r = cli(example_db, "change-notice", REF, "-o", out, "--lang", "nl")
    assert r.code == 0, r
    text = check_pdf(out, tmp_path, [
        "Wijzigingsbericht", "Bezoek delegatie Taipei aan de Floriade", "verplaatst",
        "Ophalen op Schiphol", "07:45–08:45", "09:45–10:45", "Rondleiding Floriade",
        "vervallen", "versie 1", "Jeroen Bakker"])
    assert squeezed("Internal briefing") not in squeezed(text)
    r = cli(example_db, "change-notice", REF, "-o", out, "--audience", "internal")
    assert r.code == 0, r
    check_pdf(out, tmp_path, ["Change notice", "Internal briefing", "INTERNAL"])


def test_service_checks_roles_and_refs(example_db, tmp_path):
    with example_db.unit_of_work(example_db.test_admin, write=False) as uow:
        with pytest.raises(NotFound):
            render_programme(uow, "NOPE-2", tmp_path / "a.pdf")
        assert render_programme(uow, REF, tmp_path / "b.pdf", "en", "internal") >= 2
    with example_db.unit_of_work("stranger", write=False) as uow:
        with pytest.raises(PermissionDenied):
            render_programme(uow, REF, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
    assert "Internal briefing" in text_of(tmp_path / "b.pdf")
