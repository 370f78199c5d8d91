"""Who may do what with partners, follow-up and gifts: every use case for every role.

The harness and what it checks: ``tests/integration/rolematrix.py``.
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from almere_missions import permissions
from almere_missions.app import followup as f
from almere_missions.app import gifts as g
from almere_missions.app import relations as r
from tests.integration import rolematrix
from tests.integration.rolematrix import Env, N, Row, Y, check, out

env = rolematrix.env  # the fixture: a caller and a login per role on the example season

REF = "FLO-2022-TPE"
#: use case                      officer approver mayor security viewer admin
TABLE = {
    "partner add":                (Y,     N,       N,    N,       N,     N),
    "partner agreement":          (Y,     N,       N,    N,       N,     N),
    "partner link":               (Y,     N,       N,    N,       N,     N),
    "partner list":               (Y,     Y,       Y,    Y,       Y,     Y),
    "partner reminders":          (Y,     Y,       Y,    Y,       Y,     Y),
    "relation history":           (Y,     Y,       Y,    Y,       N,     Y),
    "relation history pdf":       (Y,     Y,       Y,    Y,       N,     Y),
    "person history":             (Y,     Y,       Y,    Y,       N,     Y),
    "persons as partners":        (Y,     Y,       Y,    Y,       N,     Y),
    "followup add":               (Y,     N,       N,    N,       N,     N),
    "followup outcome":           (Y,     N,       N,    N,       N,     N),
    "followup status":            (Y,     N,       N,    N,       N,     N),
    "followup list":              (Y,     Y,       Y,    Y,       N,     Y),
    "followup overdue":           (Y,     Y,       Y,    Y,       N,     Y),
    "activity agenda":            (Y,     Y,       Y,    Y,       N,     Y),
    "activity agenda xlsx":       (Y,     Y,       Y,    Y,       N,     Y),
    "followup report":            (Y,     Y,       Y,    Y,       N,     Y),
    "gift add":                   (Y,     N,       N,    N,       N,     N),
    "gift decide":                (N,     Y,       Y,    N,       N,     N),
    "gift list":                  (Y,     Y,       Y,    Y,       N,     Y),
    "gift register (public)":     (Y,     Y,       Y,    Y,       Y,     Y),
    "gift register (full)":       (Y,     Y,       Y,    Y,       N,     Y),
    "gift register pdf":          (Y,     Y,       Y,    Y,       Y,     Y),
}


def _new() -> str:
    return uuid.uuid4().hex[:8]


def _base(env: Env) -> None:
    """A partner, an agreement, an action and an undecided gift, written by the boss."""
    boss = env.boss
    r.save_partner(boss, {"ref": "taipei", "kind": "city", "name": "Taipei"})
    r.save_partnership(boss, {"ref": "taipei-mou", "partner": "taipei", "kind": "mou",
                              "title": "MoU", "end": "2023-01-15"})
    f.save_action(boss, {"ref": "tpe-report", "mission": REF, "title": "Report",
                         "owner": "iz-officer-1", "due": "2022-05-01"})
    env.state["gift"] = gift = f"tea-{_new()}"
    g.save_gift(boss, {"ref": gift, "mission": REF, "direction": "received",
                       "description": "Tea", "date": "2022-04-20", "value_eur": "120.00",
                       "counterpart": "Taipei City Government"})


_CALLS = {
    "partner add": (lambda c, e: r.save_partner(c, {"ref": f"p-{_new()}", "kind": "network",
                                                    "name": "Net"}),
                    lambda e: ["partner", "add", f"p-{_new()}", "--kind", "network", "--name",
                               "Net"]),
    "partner agreement": (lambda c, e: r.save_partnership(c, {
        "ref": f"a-{_new()}", "partner": "taipei", "kind": "mou", "title": "MoU 2"}),
        lambda e: ["partner", "agreement", f"a-{_new()}", "--partner", "taipei", "--kind",
                   "mou", "--title", "MoU 2"]),
    "partner link": (lambda c, e: r.set_mission_partners(c, REF, ["taipei"]),
                     lambda e: ["partner", "link", REF, "taipei"]),
    "partner list": (lambda c, e: r.list_partners(c), lambda e: ["partner", "list", "--json"]),
    "partner reminders": (lambda c, e: r.lapsing_agreements(c, today=date(2022, 12, 1)),
                          lambda e: ["partner", "reminders", "--today", "2022-12-01"]),
    "relation history": (lambda c, e: r.relation_history(c, "taipei"),
                         lambda e: ["partner", "history", "taipei", "--json"]),
    "relation history pdf": (lambda c, e: r.relation_history_pdf(c, "taipei",
                                                                 out(e, "h.pdf")),
                             lambda e: ["partner", "history", "taipei", "--pdf",
                                        out(e, "h.pdf")]),
    "person history": (lambda c, e: r.person_history(c, "tpe-lead"),
                       lambda e: ["partner", "history", "tpe-lead", "--person", "--json"]),
    "persons as partners": (lambda c, e: r.person_partners(c), None),
    "followup add": (lambda c, e: f.save_action(c, {"ref": f"x-{_new()}", "mission": REF,
                                                    "title": "t", "owner_department": "IZ",
                                                    "due": "2022-06-01"}),
                     lambda e: ["followup", "add", REF, "--ref", f"x-{_new()}", "--title", "t",
                                "--department", "IZ", "--due", "2022-06-01"]),
    "followup outcome": (lambda c, e: f.save_outcome(c, {"ref": f"o-{_new()}", "mission": REF,
                                                         "text": "t"}),
                         lambda e: ["followup", "outcome", REF, "--ref", f"o-{_new()}",
                                    "--text", "t"]),
    "followup status": (lambda c, e: f.set_action_status(c, "tpe-report", "in_progress"),
                        lambda e: ["followup", "status", "tpe-report", "in_progress"]),
    "followup list": (lambda c, e: f.actions(c), lambda e: ["followup", "list", "--json"]),
    "followup overdue": (lambda c, e: f.overdue_actions(c),
                         lambda e: ["followup", "overdue", "--json"]),
    "activity agenda": (lambda c, e: f.agenda(c, first=date(2022, 1, 1)),
                        lambda e: ["followup", "agenda", "--from", "2022-01-01", "--json"]),
    "activity agenda xlsx": (lambda c, e: f.agenda_xlsx(c, out(e, "a.xlsx")),
                             lambda e: ["followup", "agenda", "--xlsx", out(e, "a.xlsx"),
                                        "--pdf", out(e, "a.pdf")]),
    "followup report": (lambda c, e: f.followup_report(c, year=2022), None),
    "gift add": (lambda c, e: g.save_gift(c, {"ref": f"g-{_new()}", "mission": REF,
                                              "direction": "given", "description": "Book",
                                              "date": "2022-04-20", "value_eur": "30.00",
                                              "counterpart": "TCG"}),
                 lambda e: ["gift", "add", REF, "--ref", f"g-{_new()}", "--direction", "given",
                            "--what", "Book", "--date", "2022-04-20", "--value", "30.00",
                            "--counterpart", "TCG"]),
    "gift decide": (lambda c, e: g.decide(c, e.state["gift"], "registered"),
                    lambda e: ["gift", "decide", e.state["gift"], "returned"]),
    "gift list": (lambda c, e: g.gifts(c), lambda e: ["gift", "list", "--json"]),
    "gift register (public)": (lambda c, e: g.register(c, 2022),
                               lambda e: ["gift", "register", "--year", "2022", "--json"]),
    "gift register (full)": (lambda c, e: g.register(c, 2022, public=False), None),
    "gift register pdf": (lambda c, e: g.register_pdf(c, 2022, out(e, "g.pdf")),
                          lambda e: ["gift", "register", "--year", "2022", "--pdf",
                                     out(e, "g.pdf"), "--csv", out(e, "g.csv")]),
}

#: every row prepares a partner, an agreement, an action and an undecided gift first
ROWS = {name: Row(app_call, cli_args, prepare=_base)
        for name, (app_call, cli_args) in _CALLS.items()}


def test_the_table_covers_every_relations_action():
    assert set(TABLE) == set(ROWS)
    actions = {permissions.PARTNER_READ, permissions.PARTNER_EDIT, permissions.RELATION_HISTORY,
               permissions.FOLLOWUP_READ, permissions.FOLLOWUP_EDIT, permissions.AGENDA_READ,
               permissions.GIFT_READ, permissions.GIFT_EDIT, permissions.GIFT_DECIDE,
               permissions.GIFT_REGISTER}
    assert actions <= set(permissions.RULES)


@pytest.mark.parametrize("use_case", list(TABLE))
def test_role_matrix(use_case, env):
    check(ROWS[use_case], TABLE[use_case], env)
