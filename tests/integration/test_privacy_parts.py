"""Subject access and erasure across the parts: busy times (planning), screening hits (security)."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select

from almere_missions import privacy
from almere_missions.db.models import Person
from almere_missions.db.models_planning import BusyBlock
from almere_missions.db.models_security import ScreeningHit
from almere_missions.services import users
from tests.conftest import ROOT
from tests.fuzz.targets import UN_LIST

REF = "FLO-2022-TPE"


def test_export_and_erase_reach_every_part(example_db, cli, tmp_path, uow):
    db = example_db
    with uow() as u:
        users.add(u, db.test_admin, ["security"])
        u.commit()
    ics = ROOT / "tests" / "data" / "planning" / "google.ics"
    assert cli(db, "busy", "import", "--person", "tpe-lead", ics).code == 0
    un = tmp_path / "un.xml"
    un.write_text(UN_LIST, encoding="utf-8")
    r = cli(db, "screen", REF, "--list", un, "--json")
    assert r.code == 0, r
    assert "tpe-lead" in {h["subject"] for h in json.loads(r.out)["hits"]}

    out = tmp_path / "sar.json"
    assert cli(db, "privacy", "export", "tpe-lead", "-o", out).code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["other_records"]["busy_block"]) >= 3
    assert {h["subject"] for h in doc["other_records"]["security_screening_hit"]} == {"tpe-lead"}

    with uow() as u:
        result = privacy.erase(u, "tpe-lead", today=date(2023, 1, 1))
        u.commit()
    assert result.removed["busy_block"] >= 3
    with uow(write=False) as u:
        pid = u.session.scalar(select(Person.id).where(Person.ref == "tpe-lead"))
        assert u.session.scalar(select(func.count()).select_from(BusyBlock)
                                .where(BusyBlock.person_id == pid)) == 0
        # the screening decision stays on record, by ref: the security part's own rule
        assert u.session.scalar(select(func.count()).select_from(ScreeningHit)
                                .where(ScreeningHit.subject == "tpe-lead")) >= 1
