"""Overdue actions per mission (the register's and the board's marker) and the follow-up
report per partnership, theme and goal, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from almere_missions import app
from almere_missions.app import board as board_app
from almere_missions.app import followup as fapp
from almere_missions.app import register as register_app
from almere_missions.app import relations as rapp
from almere_missions.app import reports as reports_app
from almere_missions.errors import PermissionDenied
from tests.integration.test_relations import MOU, PARTNER, TPE, as_, team  # noqa: F401

LATE = date(2022, 6, 1)


@pytest.fixture
def rel(team):  # noqa: F811
    off = as_(team, "off1")
    rapp.save_partner(off, PARTNER)
    rapp.save_partnership(off, MOU)
    rapp.set_mission_partners(off, TPE, ["taipei"])
    fapp.save_outcome(off, {"ref": "tpe-result", "mission": TPE, "text": "Food pact",
                            "goals": ["knowledge"], "themes": ["food", "food"],
                            "partnership": "taipei-mou"})
    fapp.save_outcome(off, {"ref": "tpe-result-2", "mission": TPE, "text": "Floriade",
                            "themes": ["floriade"]})
    fapp.save_action(off, {"ref": "tpe-report", "mission": TPE, "title": "Send the report",
                           "owner": "iz-officer-1", "due": "2022-05-01",
                           "partnership": "taipei-mou"})
    fapp.save_action(off, {"ref": "tpe-visit", "mission": TPE, "title": "Return visit",
                           "owner_department": "Internationale Zaken", "due": "2022-09-01"})
    fapp.save_action(off, {"ref": "tpe-done", "mission": TPE, "title": "Thank-you letter",
                           "owner": "iz-officer-1", "due": "2022-04-30", "status": "done",
                           "done_on": "2022-04-29", "partnership": "taipei-mou"})
    yield team
    app.close_databases()


def test_overdue_counts_per_mission_for_internal_roles_only(rel):
    off = as_(rel, "off1")
    assert fapp.overdue_counts(off, today=LATE) == {TPE: 1}
    assert fapp.overdue_counts(off, today=date(2022, 10, 1)) == {TPE: 2}
    assert fapp.overdue_counts(off, today=date(2022, 4, 1)) == {}
    fapp.set_action_status(off, "tpe-report", "cancelled")
    assert fapp.overdue_counts(off, today=LATE) == {}
    # a viewer reads the register but not the follow-ups: no marker, no refusal
    viewer = as_(rel, "view1")
    assert fapp.overdue_counts(viewer, today=date(2022, 10, 1)) == {}


def test_the_register_and_the_board_carry_the_overdue_count(rel):
    off = as_(rel, "off1")
    reg = register_app.register(off, today=LATE)
    assert reg.overdue == {TPE: 1}
    data = board_app.board(off, date(2022, 4, 1), date(2022, 4, 30), today=LATE)
    assert data.overdue == {TPE: 1}
    # a month without the mission: no marker for a mission not shown
    assert board_app.board(off, date(2022, 8, 1), date(2022, 8, 31), today=LATE).overdue == {}
    viewer = as_(rel, "view1")
    assert register_app.register(viewer, today=LATE).overdue == {}
    assert board_app.board(viewer, date(2022, 4, 1), date(2022, 4, 30), today=LATE).overdue == {}


def test_followup_report_per_partnership_theme_and_goal(rel):
    off = as_(rel, "off1")
    ships, themes, goals = fapp.followup_report(off, today=LATE)
    assert [t.key for t in (ships, themes, goals)] == [
        "followup_partnerships", "followup_themes", "followup_goals"]
    (row,) = ships.rows
    assert row[0] == "taipei-mou" and row[2] == "Taipei" and row[3] == "active"
    # one mission, one outcome; report open and overdue; the done one counts for neither
    assert row[4:] == (1, 1, 1, 1)
    by_theme = {r[0]: r[2:] for r in themes.rows}
    # the example mission's themes: both open actions count for each of them
    with rel.uow("admin", write=False) as uow:
        from almere_missions.db.models import Mission

        mission = uow.session.query(Mission).filter_by(ref=TPE).one()
        m_themes, m_goals = list(mission.themes), list(mission.goals)
    for t in m_themes:
        assert by_theme[t][0] == 1 and by_theme[t][2:] == (2, 1)
    assert by_theme["food"][1] == 1  # tagged twice, counted once
    assert by_theme["floriade"][1] == 1
    assert all(v == (0, 0, 0, 0) for k, v in by_theme.items()
               if k not in {*m_themes, "food", "floriade"})
    by_goal = {r[0]: r[2:] for r in goals.rows}
    assert by_goal["knowledge"][1] == 1
    for g in m_goals:
        assert by_goal[g][0] == 1 and by_goal[g][2:] == (2, 1)
    # names from the framework, in the reader's language
    names_nl = {r[0]: r[1] for r in fapp.followup_report(off, today=LATE, lang="nl")[1].rows}
    names_en = {r[0]: r[1] for r in themes.rows}
    assert names_nl["food"] != "food" and names_nl["food"] != names_en["food"]
    assert fapp.followup_report(off, today=LATE, lang="nl")[0].columns[5] == "Resultaten"
    # another year has none of it
    (empty, *_rest) = fapp.followup_report(off, year=2023, today=LATE)
    assert empty.rows[0][4:] == (0, 0, 0, 0)
    assert empty.meta["year"] == "2023"


def test_followup_report_is_internal_and_exports(rel, tmp_path):
    with pytest.raises(PermissionDenied):
        fapp.followup_report(as_(rel, "view1"))
    off = as_(rel, "off1")
    path = tmp_path / "followup.xlsx"
    n = fapp.followup_report_xlsx(off, path, today=LATE, lang="en")
    wb = load_workbook(path)
    assert len(wb.sheetnames) == 3
    assert n == sum(len(t.rows) for t in fapp.followup_report(off, today=LATE))
    sheet = wb[wb.sheetnames[0]]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert any("taipei-mou" in [str(v) for v in r] for r in values)
    # the reports view gets the follow-up tables only where follow-ups may be read
    keys = [t.key for t in reports_app.report_tables(off, None, "en")["tables"]]
    assert keys[-3:] == ["followup_partnerships", "followup_themes", "followup_goals"]
    viewer_keys = [t.key for t in reports_app.report_tables(as_(rel, "view1"), None,
                                                            "en")["tables"]]
    assert not any(k.startswith("followup") for k in viewer_keys)
