"""Fixtures and builders shared by the approval and audit tests.

``team``: users with each role. On SQLite they act by name; on PostgreSQL
each is a real database login (the acting user is the login), made with
CREATE ROLE ... LOGIN for the test and dropped afterwards.
``security``: the security check's results, as the security part would give them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from almere_missions.db import Database
from almere_missions.services import users
from almere_missions.views import SecurityStatus
from tests.conftest import EXAMPLE

PRINCIPLES = "abcdefghijkl"
MANDATORY = set("aikl")
#: rules that do not depend on the backend run on SQLite only, to keep the suite quick;
#: PostgreSQL runs the tests of logins, four-eyes, triggers and the chain
sqlite_only = pytest.mark.parametrize("initialised_url", ["sqlite"], indirect=True)

TEAM = {"off1": ["officer"], "off2": ["officer"], "appr1": ["approver"], "appr2": ["approver"],
        "appr3": ["approver"], "mayor1": ["mayor"], "sec1": ["security"], "view1": ["viewer"]}


def assessment_doc(skip: str = "", concern: str = "", budget: str | None = "2500.00") -> dict:
    answers = []
    for code in PRINCIPLES:
        if code in skip:
            continue
        answer = "concern" if code in concern else "complies"
        just = f"why {code}" if code in MANDATORY or code in concern else ""
        answers.append({"code": code, "answer": answer, "justification": just})
    doc: dict = {"principles": answers}
    if budget is not None:
        doc["budget_eur"] = budget
    return doc


def checked(ref: str, **kw) -> SecurityStatus:
    base = SecurityStatus(mission_ref=ref, checked=True, residual_risk="low", advice="go",
                          assessed_by=None, open_hits=0, confirmed_hits=0,
                          travel_advice={}, state_actor_risk="none", checklist={})
    return replace(base, **kw)


class Security:
    """What ``security.status.security_status`` returns, per mission (unchecked unless set)."""

    def __init__(self):
        self.by_ref: dict[str, SecurityStatus] = {}

    def set(self, ref: str, **kw) -> SecurityStatus:
        self.by_ref[ref] = checked(ref, **kw)
        return self.by_ref[ref]

    def __call__(self, uow, ref):
        return self.by_ref.get(ref) or checked(ref, checked=False, residual_risk=None,
                                                advice=None, state_actor_risk=None)


@pytest.fixture
def security(monkeypatch):
    sec = Security()
    monkeypatch.setattr("almere_missions.security.status.security_status", sec)
    return sec


class Team:
    def __init__(self, db: Database):
        self.db = db
        self.prefix = "" if db.is_sqlite else f"t{uuid.uuid4().hex[:8]}_"
        self.names = {k: self.prefix + k for k in TEAM}
        self.names["admin"] = db.test_admin
        self._dbs: dict[str, Database] = {}
        self.urls: dict[str, str] = {}
        if not db.is_sqlite:
            self._make_logins()
        with db.unit_of_work(db.test_admin) as uow:
            for key, roles in TEAM.items():
                users.add(uow, self.names[key], roles)
            uow.commit()

    def _make_logins(self) -> None:
        admin = create_engine(self.db.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for key in TEAM:
                name = self.names[key]
                conn.execute(text(f'CREATE ROLE "{name}" LOGIN PASSWORD \'pw-{name}\''))
                conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES '
                                  f'IN SCHEMA public TO "{name}"'))
                conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public '
                                  f'TO "{name}"'))
                self.urls[key] = (make_url(self.db.url).set(username=name,
                                                            password=f"pw-{name}")
                                  .render_as_string(hide_password=False))
        admin.dispose()

    def __getitem__(self, key: str) -> str:
        return self.names[key]

    def database(self, key: str) -> Database:
        if self.db.is_sqlite or key == "admin":
            return self.db
        if key not in self._dbs:
            self._dbs[key] = Database(self.urls[key])
        return self._dbs[key]

    def uow(self, key: str, *, write: bool = True):
        db = self.database(key)
        return db.unit_of_work(self.names[key] if db.is_sqlite else None, write=write)

    def cli(self, cli, key: str, *args):
        """Run the command line as that team member."""
        if self.db.is_sqlite:
            return cli(self.db, *args, user=self.names[key])
        url = self.db.url if key == "admin" else self.urls[key]
        return cli(url, *args)

    def close(self) -> None:
        for db in self._dbs.values():
            db.dispose()
        if self.db.is_sqlite:
            return
        admin = create_engine(self.db.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for key in TEAM:
                name = self.names[key]
                conn.execute(text(f'DROP OWNED BY "{name}"'))
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def team(example_db):
    t = Team(example_db)
    yield t
    t.close()


def example_doc() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def outgoing_doc(ref: str = "OUT-2022-BCN", *, leader_function: str = "wethouder",
                 costs: tuple[str, ...] = ("1800.00",), flight: bool = True,
                 start: str = "2022-06-13", extra_persons: list[dict] | None = None,
                 participants: list[dict] | None = None) -> dict:
    """An outgoing mission to Barcelona led by an alderman, flying from Schiphol."""
    persons = [
        {"ref": "alderman-1", "name": "Anna Jansen", "function": leader_function,
         "organisation": "Gemeente Almere", "staff": True},
        {"ref": "iz-officer-2", "name": "Pieter Smit", "function": "adviseur",
         "organisation": "Gemeente Almere", "staff": True},
    ] + (extra_persons or [])
    venues = [
        {"ref": "ams", "name": "Amsterdam Airport Schiphol", "country": "NL",
         "timezone": "Europe/Amsterdam", "lat": 52.3105, "lon": 4.7683},
        {"ref": "bcn", "name": "Barcelona Airport", "country": "ES",
         "timezone": "Europe/Madrid", "lat": 41.2974, "lon": 2.0833},
        {"ref": "bcn-ajuntament", "name": "Ajuntament de Barcelona", "country": "ES",
         "timezone": "Europe/Madrid", "lat": 41.3826, "lon": 2.1771},
    ]
    day = start
    programme = [
        {"ref": f"{ref}-out", "kind": "travel",
         "title": "Flight KL1675" if flight else "Train journey",
         "start": f"{day}T07:00", "end": f"{day}T09:15", "venue": "ams", "to_venue": "bcn",
         "timezone": "Europe/Amsterdam", "end_timezone": "Europe/Madrid"},
        {"ref": f"{ref}-meet", "kind": "meeting", "title": "Meeting on urban greening",
         "description": "With the deputy mayor for ecology", "start": f"{day}T11:00",
         "end": f"{day}T12:30", "venue": "bcn-ajuntament", "notes": "bring gift"},
    ]
    return {
        "format": "almere-missions/1", "persons": persons, "venues": venues,
        "missions": [{
            "ref": ref, "direction": "outgoing", "title": "Mission to Barcelona",
            "purpose": "Growing Green Cities", "start": start, "end": start,
            "timezone": "Europe/Madrid", "countries": ["ES"], "cities": ["Barcelona"],
            "themes": ["urban"], "goals": ["knowledge"],
            "participants": participants or [
                {"person": "alderman-1", "role": "delegation_leader"},
                {"person": "iz-officer-2", "role": "staff"}],
            "programme": programme,
            "costs": [{"description": f"cost {i}", "amount": a, "currency": "EUR",
                       "paid_by": "Internationale Zaken"} for i, a in enumerate(costs)],
        }],
    }


def import_doc(team_or_db, doc: dict, key: str = "admin") -> None:
    from almere_missions.exchange.importer import import_document

    if isinstance(team_or_db, Team):
        ctx = team_or_db.uow(key)
    else:
        ctx = team_or_db.unit_of_work(team_or_db.test_admin)
    with ctx as uow:
        import_document(uow, doc, "test.json")
        uow.commit()


def write_json(tmp_path, doc, name: str) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)
