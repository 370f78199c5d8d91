"""Roles checked in the services; optimistic locking on SQLite and PostgreSQL."""

import pytest

from almere_missions.errors import EditConflict, PermissionDenied
from almere_missions.services.editing import update_mission
from almere_missions.services.missions import get_mission
from tests.conftest import EXAMPLE


def test_user_add_is_for_admins_only(db, cli):
    if not db.is_sqlite:
        pytest.skip("acting users by --user are a single-user SQLite thing")
    assert cli(db, "user", "add", "anna", "--role", "officer", "approver").code == 0
    r = cli(db, "user", "add", "eve", "--role", "admin", user="anna")
    assert r.code == 3 and "needs the role admin" in r.err
    r = cli(db, "user", "add", "eve", "--role", "emperor")
    assert r.code == 2
    r = cli(db, "import", EXAMPLE, user="stranger")
    assert r.code == 3 and "not registered" in r.err
    listing = cli(db, "user", "list")
    assert "anna\tapprover, officer" in listing.out


def test_user_flag_is_refused_on_postgresql(db):
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    from almere_missions.cli import main

    assert main(["--db", db.url, "--user", "someone", "list"]) == 3


def test_second_save_of_the_same_version_is_an_edit_conflict(example_db, uow):
    with uow() as a:
        seen = get_mission(a, "FLO-2022-TPE").version
    with uow() as first:
        update_mission(first, "FLO-2022-TPE", seen, counterpart="Taipei City")
        first.commit()
    with uow() as second, pytest.raises(EditConflict):
        update_mission(second, "FLO-2022-TPE", seen, counterpart="Overwritten")
    with uow(write=False) as check:
        m = get_mission(check, "FLO-2022-TPE")
    assert m.counterpart == "Taipei City" and m.version == seen + 1


def test_concurrent_sessions_cannot_both_save(example_db, uow):
    """Two open transactions read the same version; only the first commit wins."""
    if example_db.is_sqlite:
        pytest.skip("SQLite serialises writers at BEGIN IMMEDIATE; covered above")
    a, b = uow(), uow()
    with a, b:
        va = get_mission(a, "FLO-2022-TPE").version
        vb = get_mission(b, "FLO-2022-TPE").version
        update_mission(a, "FLO-2022-TPE", va, counterpart="A")
        a.commit()
        with pytest.raises(EditConflict):
            update_mission(b, "FLO-2022-TPE", vb, counterpart="B")
            b.commit()


def test_edit_conflict_exits_3(monkeypatch, db, cli):
    from almere_missions.exchange import importer

    def boom(*a, **k):
        raise EditConflict("changed by someone else")
    monkeypatch.setattr(importer, "import_file", boom)  # as the import use case calls it
    assert cli(db, "import", EXAMPLE).code == 3


def test_viewer_cannot_edit(example_db, uow, cli):
    if not example_db.is_sqlite:
        pytest.skip("SQLite users")
    assert cli(example_db, "user", "add", "vera", "--role", "viewer").code == 0
    with uow("vera") as u, pytest.raises(PermissionDenied):
        update_mission(u, "FLO-2022-TPE", None, counterpart="x")
