"""Fixtures of the security tests: the contract example with a security advisor."""

from __future__ import annotations

from pathlib import Path

import pytest

from almere_missions.services import users

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
ADVICE = DATA / "travel-advice"
EU_XML = DATA / "sanctions" / "eu_fsd_sample.xml"
REF = "FLO-2022-TPE"


@pytest.fixture
def sec_db(example_db):
    """The example imported; the administrator is also the security advisor, and
    ``officer-x`` is an officer without the security role."""
    db = example_db
    with db.unit_of_work(db.test_admin) as uow:
        users.add(uow, db.test_admin, ["security"])
        users.add(uow, "officer-x", ["officer"])
        uow.commit()
    return db
