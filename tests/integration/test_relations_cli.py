"""``partner``, ``followup`` and ``gift`` on the command line, and their documents: the
activity agenda (PDF, XLSX, CSV), the public gift register (PDF, CSV), the relation-history
dossier and the transparency list with payers and results, checked with poppler."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from almere_missions.paths import RESOURCES
from tests.pdfcheck import assert_contains_all, assert_fonts_embedded, need_tools, text_of

DEMO = RESOURCES / "demo" / "floriade-2022.json"
TPE = "FLO-2022-TPE"


@pytest.fixture
def demo_db(db, cli):
    r = cli(db, "import", DEMO)
    assert r.code == 0, r
    return db


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_commands_and_their_exit_statuses(example_db, cli):
    db = example_db
    ok = [("partner", "add", "taipei", "--kind", "city", "--name", "Taipei", "--country", "TW"),
          ("partner", "agreement", "taipei-mou", "--partner", "taipei", "--kind", "mou",
           "--title", "MoU Taipei", "--start", "2019-05-01", "--end", "2023-01-15",
           "--alderman", "host-mayor", "--theme", "food", "--goal", "knowledge",
           "--contact", "tpe-lead", "--document", "MoU", "P:/IZ/mou.pdf"),
          ("partner", "link", TPE, "taipei"),
          ("followup", "outcome", TPE, "--ref", "tpe-result", "--text", "Food pact",
           "--goal", "knowledge", "--theme", "food", "--partnership", "taipei-mou"),
          ("followup", "add", TPE, "--ref", "tpe-report", "--title", "Send the report",
           "--owner", "iz-officer-1", "--due", "2022-05-01", "--partnership", "taipei-mou"),
          ("gift", "add", TPE, "--ref", "tpe-tea", "--direction", "received", "--what",
           "Tea set", "--date", "2022-04-20", "--value", "120.00", "--official", "host-mayor",
           "--counterpart-person", "tpe-lead", "--partner", "taipei")]
    for args in ok:
        r = cli(db, *args)
        assert r.code == 0, (args, r)
    r = cli(db, "gift", "list", "--json")
    (g,) = json.loads(r.out)["gifts"]
    assert g["needs_decision"] is True
    r = cli(db, "followup", "overdue", "--today", "2022-06-01", "--json")
    assert [a["ref"] for a in json.loads(r.out)["actions"]] == ["tpe-report"]
    r = cli(db, "partner", "reminders", "--today", "2022-12-01", "--days", "60", "--json")
    assert [a["partnership"] for a in json.loads(r.out)["agreements"]] == ["taipei-mou"]
    r = cli(db, "partner", "history", "taipei", "--json")
    assert json.loads(r.out)["events"][0]["kind"] == "agreement"
    r = cli(db, "followup", "status", "tpe-report", "done", "--done-on", "2022-05-03")
    assert r.code == 0 and "updated" in r.err
    # invalid input: exit 2, naming the record and the field
    bad = [(("followup", "add", TPE, "--ref", "x", "--title", "t", "--owner", "nobody",
             "--due", "2022-05-01"), "followup ref=x: field owner: no person"),
           (("gift", "add", TPE, "--ref", "y", "--direction", "received", "--what", "Vase",
             "--date", "2022-04-20", "--value", "12,50", "--counterpart", "TCG"),
            "gift ref=y: field value_eur"),
           (("followup", "add", TPE, "--ref", "z", "--title", "t", "--owner", "iz-officer-1",
             "--due", "2022-02-30"), "field --due"),
           (("partner", "history", "atlantis"), "no partner with ref 'atlantis'")]
    for args, said in bad:
        r = cli(db, *args)
        assert r.code == 2 and said in r.err, (args, r)
    if db.is_sqlite:  # a refusal by role: exit 3, nothing written
        cli(db, "user", "add", "v1", "--role", "viewer")
        r = cli(db, "gift", "decide", "tpe-tea", "returned", user="v1")
        assert r.code == 3 and "gift.decide" in r.err
        r = cli(db, "followup", "agenda", user="v1")
        assert r.code == 3
        r = cli(db, "gift", "register", "--year", "2022", "--json", user="v1")
        assert r.code == 0 and json.loads(r.out)["gifts"][0]["decision"] == ""
    r = cli(db, "approval", "status", TPE, "--json")
    assert r.code == 0


def test_the_demo_seasons_documents(demo_db, cli, tmp_path):
    need_tools()
    db = demo_db
    out = {n: tmp_path / n for n in ("agenda.pdf", "agenda.xlsx", "agenda.csv", "gifts.pdf",
                                      "gifts.csv", "shenzhen.pdf", "transparency.pdf",
                                      "transparency.csv")}
    r = cli(db, "followup", "agenda", "--from", "2022-01-01", "--to", "2027-06-30",
            "--today", "2023-01-01", "--pdf", out["agenda.pdf"], "--xlsx", out["agenda.xlsx"],
            "--csv", out["agenda.csv"])
    assert r.code == 0, r
    text = assert_contains_all(out["agenda.pdf"], [
        "Activiteitenagenda van het college", "Marieke de Vries — burgemeester",
        "Hans Bakker — wethouder Economie en Floriade", "Missie naar Shenzhen",
        "Geplande missies", "Openstaande vervolgacties", "dagen over tijd"])
    assert "FLO-2022-001" in text or "FLO-2022-002" in text
    assert_fonts_embedded(out["agenda.pdf"])
    wb = load_workbook(out["agenda.xlsx"])
    assert wb.sheetnames == ["agenda_missions", "agenda_followups"]
    refs = {row[1] for row in wb["agenda_missions"].iter_rows(min_row=4, values_only=True)}
    assert {"OUT-2022-01", "OUT-2022-05"} <= refs
    followups = _csv(tmp_path / "agenda-agenda_followups.csv")
    assert followups[0][:3] == ["Portefeuille", "Actie", "Titel"]
    assert any(row[7].endswith("dagen over tijd") for row in followups[1:])

    r = cli(db, "gift", "register", "--year", "2022", "--pdf", out["gifts.pdf"], "--csv",
            out["gifts.csv"])
    assert r.code == 0, r
    rows = _csv(out["gifts.csv"])
    assert rows[0][:3] == ["Datum", "Ontvangen / gegeven", "Geschenk"]
    received = [row for row in rows[1:] if row[1] == "ontvangen"]
    assert any(float(row[5]) > 50 and row[6] == "nog geen besluit" for row in received)
    assert any(float(row[5]) <= 50 for row in received)
    assert any(row[6] in ("eigendom van de gemeente", "geregistreerd") for row in received)
    season = json.loads(DEMO.read_text("utf-8"))
    def public(p):
        return p.get("staff") or any(w in (p.get("function") or "").lower()
                                     for w in ("mayor", "governor", "minister", "consul"))

    # the generator gives some private persons the same name as a holder of public office
    named = {p["name"] for p in season["persons"] if public(p)}
    private = [p["name"] for p in season["persons"] if not public(p) and p["name"] not in named]
    gift_text = text_of(out["gifts.pdf"]) + out["gifts.csv"].read_text("utf-8-sig")
    assert "Register van geschenken, 2022" in gift_text
    assert len(private) > 100
    assert not [n for n in private if n in gift_text]  # no names of private persons
    assert_fonts_embedded(out["gifts.pdf"])

    r = cli(db, "partner", "history", "shenzhen", "--pdf", out["shenzhen.pdf"])
    assert r.code == 0, r
    assert_contains_all(out["shenzhen.pdf"], [
        "Relatiegeschiedenis: Shenzhen", "MoU Almere–Shenzhen over duurzame stedelijke "
        "ontwikkeling", "Missie naar Shenzhen", "Hans Bakker (wethouder Economie en Floriade)",
        "P:/IZ/Partners/shenzhen/shenzhen-mou.pdf", "afspraak loopt af", "geschenk"])
    fonts = assert_fonts_embedded(out["shenzhen.pdf"])
    assert any("Droid" in f or "Noto" in f for f in fonts) or fonts

    cli(db, "followup", "outcome", "OUT-2022-01", "--ref", "out-2022-01-pavilion", "--text",
        "Paviljoen Shenzhen op de Floriade bevestigd", "--goal", "positioning")
    r = cli(db, "report", "transparency", "--year", "2022", "--lang", "nl", "--pdf",
            out["transparency.pdf"], "--csv", out["transparency.csv"])
    assert r.code == 0, r
    rows = {row[-1]: row for row in _csv(out["transparency.csv"])[1:-1]}
    assert "Internationale Zaken: EUR" in rows["OUT-2022-01"][7]
    assert "Paviljoen Shenzhen op de Floriade bevestigd" in rows["OUT-2022-01"][8]
    assert_contains_all(out["transparency.pdf"], ["Resultaat:", "Paviljoen Shenzhen",
                                                  "Internationale Zaken:"])


def test_a_viewer_gets_the_public_register_but_not_the_dossier(demo_db, cli, tmp_path):
    if not demo_db.is_sqlite:
        pytest.skip("roles by --user: the role matrix runs on PostgreSQL logins elsewhere")
    cli(demo_db, "user", "add", "pub", "--role", "viewer")
    r = cli(demo_db, "gift", "register", "--year", "2022", "--csv", tmp_path / "g.csv",
            user="pub")
    assert r.code == 0, r
    r = cli(demo_db, "partner", "history", "shenzhen", "--pdf", tmp_path / "h.pdf", user="pub")
    assert r.code == 3 and not (tmp_path / "h.pdf").exists()
    r = cli(demo_db, "partner", "list", "--json", user="pub")
    partners = json.loads(r.out)["partners"]
    assert len(partners) == 16 and all("contacts" not in s for p in partners
                                       for s in p["partnerships"])
