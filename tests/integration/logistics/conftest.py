"""Fixtures of the logistics tests."""

from __future__ import annotations

import pytest

from tests.conftest import _fresh_pg_database, _init


@pytest.fixture
def empty_db(db, request, tmp_path):
    """A second initialised database on the same backend as ``db``."""
    if db.is_sqlite:
        other = _init(f"sqlite:///{tmp_path / 'empty.sqlite'}")
        yield other
        other.dispose()
        return
    url, drop = _fresh_pg_database(request.getfixturevalue("pg_server"),
                                   template=request.getfixturevalue("pg_template"))
    other = _init(url)
    yield other
    other.dispose()
    drop()
