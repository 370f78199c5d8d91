"""The audit trail: entries for every write, the hash chain, the triggers, tamper detection."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from almere_missions import audit
from almere_missions.approval import assessment, workflow
from almere_missions.errors import Refused
from almere_missions.services import editing, missions
from tests.integration import approval_support
from tests.integration.approval_support import (
    assessment_doc,
    sqlite_only,
)

# fixtures of the approval tests
security = approval_support.security
team = approval_support.team

TPE = "FLO-2022-TPE"


def entries(db, mission_ref=None):
    with db.unit_of_work(db.test_admin, write=False) as uow:
        return list(reversed(audit.entries(uow.session, mission_ref=mission_ref)))


def verify(db, **kw):
    with db.unit_of_work(db.test_admin, write=False) as uow:
        return audit.verify(uow.session, **kw)


def test_every_write_leaves_an_entry_with_who_when_what(example_db):
    db = example_db
    found = entries(db)
    actions = [e.action for e in found]
    assert actions[0] == "user.create"
    assert actions.count("person.import") == 1 and actions.count("venue.create") == 3
    assert actions[-1] == "mission.create"
    mission = found[-1]
    assert mission.actor == db.test_admin and mission.mission_ref == TPE
    assert mission.before is None and mission.after["ref"] == TPE
    assert [e.seq for e in found] == list(range(1, len(found) + 1))
    with db.unit_of_work(db.test_admin) as uow:
        m = missions.get_mission(uow, TPE)
        editing.update_mission(uow, TPE, m.version, title="New title")
        uow.commit()
    last = entries(db)[-1]
    assert last.action == "mission.update"
    assert last.before == {"title": m.title} and last.after == {"title": "New title"}


@sqlite_only
def test_person_data_never_enters_the_trail(example_db):
    text_of_trail = json.dumps([(e.before, e.after) for e in entries(example_db)],
                               ensure_ascii=False)
    for secret in ("林美玲", "Lin Mei-ling", "vegetarian", "j.bakker@example.org",
                   "Marieke de Vries"):
        assert secret not in text_of_trail
    person = next(e for e in entries(example_db) if e.action == "person.import")
    assert person.after == {"created": 5}  # a count, no names


@sqlite_only
def test_person_values_recorded_by_mistake_are_reduced_to_field_names(example_db):
    db = example_db
    with db.unit_of_work(db.test_admin) as uow:
        uow.record("person.update", "person", "tpe-lead", before={"dietary": "vegetarian"},
                   after={"dietary": "vegan", "email": "x@example.org", "blocks": 3})
        uow.record("person.note", "person", "tpe-lead", after="Lin Mei-ling")
        uow.commit()
    changed, note = entries(db)[-2:]
    assert changed.before == {"dietary": "(set)"}
    assert changed.after == {"dietary": "(set)", "email": "(set)", "blocks": 3}
    assert note.after == "(set)"


def test_workflow_and_assessment_writes_are_audited(team, security):
    with team.uow("off1") as uow:
        assessment.record_assessment(uow, TPE, assessment_doc())
        uow.commit()
    security.set(TPE, assessed_by=team["sec1"])
    with team.uow("off1") as uow:
        workflow.submit(uow, TPE)
        uow.commit()
    with team.uow("appr1") as uow:
        workflow.approve(uow, TPE, "ok")
        uow.commit()
    trail = entries(team.db, TPE)
    got = [(e.action, e.actor) for e in trail if not e.action.startswith("mission.create")]
    assert got == [("assessment.record", team["off1"]), ("mission.status", team["off1"]),
                   ("approval.submit", team["off1"]), ("mission.status", team["appr1"]),
                   ("approval.approve", team["appr1"])]
    status_change = trail[-2]
    assert (status_change.before, status_change.after) == ("submitted", "approved")
    assert verify(team.db).ok


@sqlite_only
def test_a_refused_command_writes_no_entry(team, security):
    before = entries(team.db)
    with pytest.raises(Refused), team.uow("off1") as uow:
        workflow.submit(uow, TPE)  # no assessment: refused
        uow.commit()
    assert entries(team.db) == before


def test_the_database_refuses_update_and_delete(example_db):
    db = example_db
    for statement in ("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2",
                      "DELETE FROM audit_entry WHERE seq = 2",
                      "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="audit entries cannot be"):
            with db.engine.begin() as conn:
                conn.execute(text(statement))
    if not db.is_sqlite:
        with pytest.raises(DBAPIError, match="audit entries cannot be"):
            with db.engine.begin() as conn:
                conn.execute(text("TRUNCATE audit_entry"))
    assert verify(db).ok


def _tamper(db, *statements):
    """Change the trail behind the program's back: triggers off, as an attacker with the file."""
    if db.is_sqlite:
        path = db.url.removeprefix("sqlite:///")
        db.dispose()
        conn = sqlite3.connect(path)
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        for s in statements:
            conn.execute(s)
        conn.commit()
        conn.close()
        return
    engine = create_engine(db.url)
    with engine.begin() as conn:  # the test role is a superuser
        conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
        for s in statements:
            conn.execute(text(s))
        conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))
    engine.dispose()


def test_verify_names_an_altered_entry(example_db, cli):
    db = example_db
    assert cli(db, "audit", "verify").code == 0
    _tamper(db, "UPDATE audit_entry SET after = '{\"ref\":\"forged\"}' WHERE seq = 4")
    result = verify(db)
    assert not result.ok and result.first_bad == 4
    assert "altered" in result.problem
    r = cli(db, "audit", "verify")
    assert r.code == 1 and "entry 4" in r.err and "altered" in r.err


def test_verify_names_a_removed_entry(example_db, cli):
    db = example_db
    _tamper(db, "DELETE FROM audit_entry WHERE seq = 3")
    result = verify(db)
    assert not result.ok and result.first_bad == 3
    assert "entry 3 is missing" in result.problem
    r = cli(db, "audit", "verify")
    assert r.code == 1 and "entry 3" in r.err


def test_verify_catches_a_rewritten_chain_after_the_head_was_kept(example_db, cli):
    db = example_db
    r = cli(db, "audit", "head")
    kept = r.out.strip()
    assert r.code == 0 and len(kept) == 64 and kept == verify(db).head
    last = entries(db)[-1].seq
    _tamper(db, f"DELETE FROM audit_entry WHERE seq = {last}")
    # The rest of the chain is consistent; only the kept head shows the loss.
    assert verify(db).ok
    r = cli(db, "audit", "verify", "--head", kept)
    assert r.code == 1 and "not in the chain" in r.err
    assert cli(db, "audit", "verify", "--head", entries(db)[2].hash).code == 0


@sqlite_only
def test_verify_names_a_relinked_entry(example_db):
    db = example_db
    # An attacker recomputes nothing but swaps two entries' contents: the first one breaks.
    with db.unit_of_work(db.test_admin, write=False) as uow:
        rows = {e.seq: e for e in audit.entries(uow.session)}
    a, b = rows[5], rows[6]
    _tamper(db, f"UPDATE audit_entry SET ref = '{b.ref}' WHERE seq = 5")
    result = verify(db)
    assert result.first_bad == 5 and a.ref != b.ref


@sqlite_only
def test_head_of_an_empty_chain_and_the_chain_links(db):
    with db.unit_of_work(db.test_admin, write=False) as uow:
        h = audit.head(uow.session)
        trail = audit.entries(uow.session)
    assert [e.action for e in trail] == ["user.create"]
    assert h == trail[0].hash
    rows = audit.build_rows([], "x", trail[0].at, 1, h)
    assert rows == []


def test_concurrent_writers_keep_one_chain(team):
    """A second writer waits for the first one's entries and appends after them."""
    first = team.uow("off1")
    first.__enter__()
    try:
        first.record("note.test", "note", "one")
        audit.write_entries(first)  # holds the head (advisory lock / write lock) until commit
        first.changes.clear()
        done = threading.Event()

        def second():
            with team.uow("off2") as uow:
                uow.record("note.test", "note", "two")
                uow.commit()
            done.set()

        worker = threading.Thread(target=second)
        worker.start()
        assert not done.wait(0.5)  # blocked behind the first writer
        first.commit()
    finally:
        first.__exit__(None, None, None)
    worker.join(30)
    assert done.is_set()
    trail = entries(team.db)
    assert [e.ref for e in trail[-2:]] == ["one", "two"]
    assert trail[-1].actor == team["off2"]
    assert verify(team.db).ok


def test_the_migration_goes_down_and_up_again(db):
    from alembic import command
    from sqlalchemy import inspect

    from almere_missions.db import schema

    cfg = schema.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0600_approval-1")
    tables = set(inspect(db.engine).get_table_names())
    assert "audit_entry" not in tables and "approval_round" not in tables
    assert "mission" in tables
    schema.upgrade(db)
    with pytest.raises(DBAPIError, match="audit entries cannot be"):
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO audit_entry (seq, at, actor, action, entity, "
                              "before, after, prev_hash, hash) VALUES (1, CURRENT_TIMESTAMP, "
                              "'a', 'x', 'x', 'null', 'null', 'p', 'h')"))
            conn.execute(text("DELETE FROM audit_entry"))
