"""The printed lists of people follow the order of precedence: the head of delegation
first, then the ranked by rank, then the rest as entered; never the alphabet, never
simply the order entered. Checked in the PDFs themselves (poppler), on both backends."""

from __future__ import annotations

import subprocess

import pytest

from almere_missions import app
from almere_missions.app import Caller
from almere_missions.app import logistics as lg
from almere_missions.app.documents import write_document
from almere_missions.exchange.importer import import_document
from tests.pdfcheck import check_pdf, squeezed

REF = "PRC-2022-ORD"
#: (ref, name, role, rank) in the order entered
ENTERED = [
    ("zeeman", "Zora Zeeman", "delegation_member", None),
    ("mol", "Mila Mol", "delegation_member", 2),
    ("anders", "Aart Anders", "delegation_member", None),
    ("chen", "Chen Wei", "delegation_leader", None),
    ("berg", "Bram Berg", "delegation_member", 1),
    ("hoek", "Hanna Hoek", "host", None),
    ("xu", "Xander Xu", "host", 3),
]
EVERYONE = ["Chen Wei", "Bram Berg", "Mila Mol", "Xander Xu", "Zora Zeeman", "Aart Anders",
            "Hanna Hoek"]
DELEGATION = ["Chen Wei", "Bram Berg", "Mila Mol", "Zora Zeeman", "Aart Anders"]
HOSTS = ["Xander Xu", "Hanna Hoek"]


@pytest.fixture(autouse=True)
def _close():
    yield
    app.close_databases()


@pytest.fixture
def ranked(db):
    doc = {
        "format": "almere-missions/1",
        "persons": [{"ref": r, "name": n, "organisation": "Org"} for r, n, _, _ in ENTERED],
        "venues": [{"ref": "hall", "name": {"en": "City Hall"}, "country": "NL",
                    "timezone": "Europe/Amsterdam"}],
        "missions": [{
            "ref": REF, "direction": "incoming", "title": {"en": "Order of precedence"},
            "start": "2022-06-01", "end": "2022-06-01", "timezone": "Europe/Amsterdam",
            "countries": ["DE"],
            "participants": [{"person": r, "role": role} for r, _, role, _ in ENTERED],
            "programme": [{"ref": "prc-welcome", "kind": "reception",
                           "title": {"en": "Welcome"}, "start": "2022-06-01T10:00",
                           "end": "2022-06-01T11:00", "venue": "hall",
                           "status": "confirmed"}],
            "costs": []}],
    }
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, doc, "ranked.json")
        u.commit()
    caller = Caller(db.url, db.test_admin)
    for ref, _, _, rank in ENTERED:
        if rank is not None:
            lg.set_protocol(caller, ref, precedence=rank)
    return caller


def _raw(path) -> str:
    """The text in the order it is drawn (badges are drawn one after the other)."""
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _layout(path) -> str:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def _order(text: str, names: list[str]) -> list[str]:
    flat = squeezed(text)
    at = {n: flat.find(squeezed(n)) for n in names}
    assert -1 not in at.values(), at
    return sorted(names, key=at.get)


def test_the_order_is_neither_alphabetical_nor_as_entered():
    assert EVERYONE != sorted(EVERYONE)
    assert EVERYONE != [n for _, n, _, _ in ENTERED]


def test_delegation_list_badges_and_who_is_who_by_precedence(ranked, tmp_path):
    lst, badges, prog = tmp_path / "list.pdf", tmp_path / "badges.pdf", tmp_path / "prog.pdf"
    write_document(ranked, REF, "delegation-list", "internal", "en", lst)
    assert _order(check_pdf(lst, tmp_path, EVERYONE), EVERYONE) == EVERYONE
    assert _order(_layout(lst), EVERYONE) == EVERYONE

    write_document(ranked, REF, "badges", "guest", "en", badges)
    check_pdf(badges, tmp_path, EVERYONE + ["HEAD OF DELEGATION"])
    assert _order(_raw(badges), EVERYONE) == EVERYONE

    for audience in ("guest", "internal"):
        write_document(ranked, REF, "programme", audience, "en", prog)
        text = _layout(prog)
        check_pdf(prog, tmp_path, EVERYONE)
        delegation, hosts = text.split("Hosts", 1)
        assert _order(delegation.split("Delegation", 1)[1], DELEGATION) == DELEGATION
        assert _order(hosts, HOSTS) == HOSTS


def test_a_new_rank_reorders_the_lists(ranked, tmp_path):
    lg.set_protocol(ranked, "anders", precedence=1)
    lg.set_protocol(ranked, "berg", precedence=None)
    lst = tmp_path / "list.pdf"
    write_document(ranked, REF, "delegation-list", "internal", "nl", lst)
    expected = ["Chen Wei", "Aart Anders", "Mila Mol", "Xander Xu", "Zora Zeeman",
                "Bram Berg", "Hanna Hoek"]
    assert _order(_layout(lst), expected) == expected
