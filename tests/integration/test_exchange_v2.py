"""Exchange format version 2: the relations records travel with the missions; a version 1
file is read unchanged; every record is checked before anything is written."""

from __future__ import annotations

import copy
import json

from sqlalchemy import func, select

from almere_missions.db.models import AuditEntry, Mission
from almere_missions.db.models_relations import Gift, MissionPartner, Partner
from tests.conftest import EXAMPLE

TPE = "FLO-2022-TPE"


def v2_doc() -> dict:
    doc = json.loads(EXAMPLE.read_text("utf-8"))
    doc["format"] = "almere-missions/2"
    doc["missions"][0]["partners"] = ["taipei"]
    doc["partners"] = [{"ref": "taipei", "kind": "city", "name": "Taipei", "country": "TW"}]
    doc["partnerships"] = [{"ref": "taipei-mou", "partner": "taipei", "kind": "mou",
                            "title": "MoU", "start": "2019-05-01", "alderman": "host-mayor",
                            "contacts": ["tpe-lead"]}]
    doc["outcomes"] = [{"ref": "tpe-result", "mission": TPE, "text": "Food pact",
                        "goals": ["knowledge"], "partnership": "taipei-mou"}]
    doc["followups"] = [{"ref": "tpe-report", "mission": TPE, "title": "Report",
                         "owner": "iz-officer-1", "due": "2022-05-01"}]
    doc["gifts"] = [{"ref": "tpe-tea", "mission": TPE, "direction": "received",
                     "description": "Tea set", "date": "2022-04-20", "value_eur": "120.00",
                     "official": "host-mayor", "partner": "taipei"}]
    return doc


def write(tmp_path, doc, name="in.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def count(db, model) -> int:
    with db.unit_of_work(db.test_admin, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_version_1_file_is_read_unchanged_and_exported_as_version_2(db, cli, tmp_path):
    assert json.loads(EXAMPLE.read_text("utf-8"))["format"] == "almere-missions/1"
    r = cli(db, "import", EXAMPLE)
    assert r.code == 0, r
    cli(db, "export", tmp_path / "out.json")
    out = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert out["format"] == "almere-missions/2"
    assert all(out[k] == [] for k in ("partners", "partnerships", "outcomes", "followups",
                                      "gifts"))
    assert "partners" not in out["missions"][0]
    # the version 1 content is exported as before
    v1 = json.loads(EXAMPLE.read_text("utf-8"))
    assert [p["ref"] for p in out["persons"]] == sorted(p["ref"] for p in v1["persons"])
    # a version 1 file read again leaves the links that version 2 made alone
    assert cli(db, "import", write(tmp_path, v2_doc())).code == 0
    assert cli(db, "import", EXAMPLE).code == 0
    assert count(db, MissionPartner) == 1 and count(db, Gift) == 1


def test_version_2_round_trip_is_identical(db, cli, tmp_path):
    r = cli(db, "import", write(tmp_path, v2_doc()))
    assert r.code == 0, r
    assert "gifts: 1 new" in r.out and "partners: 1 new" in r.out
    again = cli(db, "import", write(tmp_path, v2_doc()))
    assert "gifts: 0 new, 0 changed, 1 unchanged" in again.out
    cli(db, "export", tmp_path / "a.json")
    first = (tmp_path / "a.json").read_text("utf-8")
    doc = json.loads(first)
    assert doc["missions"][0]["partners"] == ["taipei"]
    assert doc["partnerships"][0]["contacts"] == ["tpe-lead"]
    assert cli(db, "import", tmp_path / "a.json").code == 0
    cli(db, "export", tmp_path / "b.json")
    assert (tmp_path / "b.json").read_text("utf-8") == first
    if db.is_sqlite:
        from tests.conftest import _init

        other = _init(db.url.replace("missions.sqlite", "other.sqlite"))
        assert cli(other, "import", tmp_path / "a.json").code == 0
        assert cli(other, "export", tmp_path / "c.json").code == 0
        assert (tmp_path / "c.json").read_text("utf-8") == first
        other.dispose()


def test_a_partial_export_carries_what_its_records_name(db, cli, tmp_path):
    doc = v2_doc()
    doc["persons"].append({"ref": "contact-x", "name": "Contact X"})
    doc["partnerships"][0]["contacts"] = ["contact-x"]
    assert cli(db, "import", write(tmp_path, doc)).code == 0
    assert cli(db, "export", tmp_path / "one.json", "--mission", TPE).code == 0
    one = json.loads((tmp_path / "one.json").read_text("utf-8"))
    assert "contact-x" in {p["ref"] for p in one["persons"]}
    assert [p["ref"] for p in one["partnerships"]] == ["taipei-mou"]
    if db.is_sqlite:
        from tests.conftest import _init

        other = _init(db.url.replace("missions.sqlite", "partial.sqlite"))
        r = cli(other, "import", tmp_path / "one.json")
        assert r.code == 0, r
        other.dispose()


def test_bad_version_2_records_are_all_named_and_nothing_is_written(db, cli, tmp_path):
    doc = v2_doc()
    doc["gifts"][0]["value_eur"] = 120
    doc["followups"][0]["owner"] = "nobody"
    doc["partnerships"][0]["partner"] = "atlantis"
    doc["missions"][0]["partners"] = ["taipei", "atlantis"]
    doc["outcomes"].append(copy.deepcopy(doc["outcomes"][0]))
    before = count(db, AuditEntry)
    r = cli(db, "import", write(tmp_path, doc))
    assert r.code == 2
    for said in ("gifts[0] ref=tpe-tea: field value_eur",
                 "followups[0] ref=tpe-report: field owner: no person with ref 'nobody'",
                 "partnerships[0] ref=taipei-mou: field partner: no partner with ref",
                 f"missions[0] ref={TPE}: field partners: no partner with ref 'atlantis'",
                 "outcomes[1] ref=tpe-result: field ref: duplicate ref"):
        assert said in r.err, (said, r.err)
    assert count(db, Mission) == 0 and count(db, Partner) == 0
    assert count(db, AuditEntry) == before


def test_version_2_records_in_a_version_1_file_are_refused(db, cli, tmp_path):
    doc = v2_doc()
    doc["format"] = "almere-missions/1"
    r = cli(db, "import", write(tmp_path, doc))
    assert r.code == 2 and "field gifts: belongs to format 'almere-missions/2'" in r.err
    assert count(db, Mission) == 0
