"""Benchmarks: large scaled databases, built once per session and copied per benchmark."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import _init

SCALED_MISSIONS = 10_000


@pytest.fixture(scope="session")
def scaled_file(tmp_path_factory):
    """The 10,000-mission exchange file (about 150,000 programme items)."""
    from almere_missions.demo.generator import scaled_document

    path = tmp_path_factory.mktemp("scaled") / "scaled.json"
    path.write_text(json.dumps(scaled_document(SCALED_MISSIONS), ensure_ascii=False), "utf-8")
    return path


@pytest.fixture(scope="session")
def scaled_db_file(tmp_path_factory, scaled_file):
    """A SQLite file holding the scaled season (import once, copy per benchmark)."""
    from almere_missions.exchange.importer import import_file

    path = tmp_path_factory.mktemp("scaled-db") / "scaled.sqlite"
    db = _init(f"sqlite:///{path}")
    with db.unit_of_work(db.test_admin) as u:
        import_file(u, scaled_file)
        u.commit()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def scaled_db(scaled_db_file, tmp_path):
    from almere_missions.db import Database

    target = tmp_path / "scaled.sqlite"
    shutil.copy(scaled_db_file, target)
    db = Database(f"sqlite:///{target}")
    db.test_admin = "iz-admin"
    yield db
    db.dispose()
