"""Approval workflows driven through the command line, as each user (exit 0, 2, 3)."""

from __future__ import annotations

import json
from datetime import date

from tests.integration import approval_support
from tests.integration.approval_support import (
    assessment_doc,
    example_doc,
    outgoing_doc,
    sqlite_only,
    write_json,
)

# fixtures of the approval tests
security = approval_support.security
team = approval_support.team

TPE = "FLO-2022-TPE"
BCN = "OUT-2022-BCN"


def status(team, cli, ref=TPE, who="view1"):
    r = team.cli(cli, who, "approval", "status", ref, "--json")
    assert r.code == 0, r
    return json.loads(r.out)


@sqlite_only
def test_assess_from_a_file_and_show_it(team, cli, tmp_path):
    path = write_json(tmp_path, assessment_doc(concern="b"), "a.json")
    r = team.cli(cli, "off1", "assess", TPE, path, "--json")
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert doc["complete"] is True and doc["framework"] == "almere-2020-2023"
    assert [p["answer"] for p in doc["principles"]][:2] == ["complies", "concern"]
    assert doc["costs"]["total_eur"] == "630.00" and doc["costs"]["budget_eur"] == "2500.00"
    assert doc["costs"]["over_budget"] is False
    assert {c["payer"] for c in doc["costs"]["by_payer"]} == {"Floriade Almere 2022 B.V.",
                                                                "Internationale Zaken"}
    assert doc["themes"] == ["floriade", "food"] and doc["goals"] == ["knowledge"]
    r = team.cli(cli, "view1", "assess", TPE)
    assert r.code == 0 and "concern" in r.out and "CO2" in r.out


@sqlite_only
def test_assess_refuses_bad_input_naming_file_and_field(team, cli, tmp_path):
    cases = [
        (assessment_doc() | {"budget_eur": 2500.0}, "field budget_eur"),
        ({"principles": [{"code": "z", "answer": "complies"}]}, "field principles[0].code"),
        ({"principles": [{"code": "b", "answer": "maybe"}]}, "field principles[0].answer"),
        ({"principles": [{"code": "b", "answer": "concern"}]},
         "field principles[0].justification"),
        ({"principles": [{"code": "k", "answer": "complies"}]}, "mandatory"),
    ]
    for i, (doc, expected) in enumerate(cases):
        path = write_json(tmp_path, doc, f"bad{i}.json")
        r = team.cli(cli, "off1", "assess", TPE, path)
        assert r.code == 2, (doc, r)
        assert path in r.err and expected in r.err and "mission FLO-2022-TPE" in r.err
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    r = team.cli(cli, "off1", "assess", TPE, broken)
    assert r.code == 2 and "not valid JSON" in r.err
    assert team.cli(cli, "off1", "assess", "NOPE", write_json(tmp_path, assessment_doc(),
                                                                "ok.json")).code == 2
    assert json.loads(team.cli(cli, "view1", "assess", TPE, "--json").out)["recorded"] is False


def test_a_whole_workflow_through_the_command_line(team, cli, security, tmp_path):
    path = write_json(tmp_path, assessment_doc(), "a.json")
    assert team.cli(cli, "off1", "approval", "submit", TPE).code == 3  # no assessment
    assert team.cli(cli, "off1", "assess", TPE, path).code == 0
    r = team.cli(cli, "off1", "approval", "submit", TPE)
    assert r.code == 3 and "security check" in r.err  # no security check
    security.set(TPE, assessed_by=team["sec1"])
    assert team.cli(cli, "view1", "approval", "submit", TPE).code == 3  # role
    r = team.cli(cli, "off1", "approval", "submit", TPE, "--comment", "ready", "--json")
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert doc["mission"] == TPE and doc["state"] == "submitted"
    assert doc["steps"] == [{"role": "approver", "state": "pending", "by": None, "at": None,
                             "step": "approver", "on_behalf_of": None, "comment": None}]
    assert len(doc["content_hash"]) == 64
    assert team.cli(cli, "off1", "approval", "submit", TPE).code == 3  # already submitted
    r = team.cli(cli, "appr1", "approval", "reject", TPE)
    assert r.code == 2  # --comment is required
    r = team.cli(cli, "appr1", "approval", "send-back", TPE, "--comment", "budget?")
    assert r.code == 0 and "sent_back" in r.out
    assert team.cli(cli, "off1", "approval", "submit", TPE).code == 0
    r = team.cli(cli, "appr1", "approval", "approve", TPE, "--content-hash", "f" * 64)
    assert r.code == 3 and "changed since you read it" in r.err
    r = team.cli(cli, "appr1", "approval", "approve", TPE, "--comment", "good",
                 "--content-hash", doc["content_hash"], "--json")
    assert r.code == 0, r
    st = status(team, cli)
    assert st["state"] == "approved"
    assert st["steps"][0]["by"] == team["appr1"] and st["steps"][0]["at"]
    assert [h["action"] for h in st["history"]] == ["submit", "send_back", "submit", "approve"]
    r = team.cli(cli, "view1", "list", "--json")
    assert json.loads(r.out)["missions"][0]["status"] == "approved"
    assert team.cli(cli, "view1", "audit", "verify").code == 0


def test_four_eyes_refusals_exit_3(team, cli, security, tmp_path):
    r = team.cli(cli, "admin", "user", "add", team["off1"], "--role", "approver")
    assert r.code == 0, r
    team.cli(cli, "off1", "assess", TPE, write_json(tmp_path, assessment_doc(), "a.json"))
    security.set(TPE, assessed_by=team["appr2"])
    assert team.cli(cli, "off1", "approval", "submit", TPE).code == 0
    r = team.cli(cli, "off1", "approval", "approve", TPE)
    assert r.code == 3 and "four-eyes" in r.err
    r = team.cli(cli, "appr2", "approval", "approve", TPE)
    assert r.code == 3 and "final approver" in r.err
    r = team.cli(cli, "mayor1", "approval", "approve", TPE)
    assert r.code == 3 and "needs the role approver" in r.err
    assert status(team, cli)["state"] == "submitted"
    assert team.cli(cli, "appr1", "approval", "approve", TPE).code == 0


def test_reapproval_after_a_material_change_by_import(team, cli, security, tmp_path):
    team.cli(cli, "off1", "assess", TPE, write_json(tmp_path, assessment_doc(), "a.json"))
    security.set(TPE, assessed_by=team["sec1"])
    team.cli(cli, "off1", "approval", "submit", TPE)
    assert team.cli(cli, "appr1", "approval", "approve", TPE).code == 0
    approved_hash = status(team, cli)["content_hash"]
    # A typo in an item's description and a note: not material.
    doc = example_doc()
    doc["missions"][0]["programme"][2]["description"] = "Guided tour (corrected)"
    doc["missions"][0]["programme"][1]["notes"] = "Gift: a book."
    assert team.cli(cli, "off1", "import", write_json(tmp_path, doc, "e1.json")).code == 0
    st = status(team, cli)
    assert st["state"] == "approved" and st["content_hash"] == approved_hash
    # The welcome moves an hour later: material.
    doc["missions"][0]["programme"][1]["start"] = "2022-04-20T10:30"
    doc["missions"][0]["programme"][1]["end"] = "2022-04-20T11:30"
    assert team.cli(cli, "off1", "import", write_json(tmp_path, doc, "e2.json")).code == 0
    st = status(team, cli)
    assert st["state"] == "reapproval_needed" and st["content_hash"] != approved_hash
    assert st["changes_since_approval"] == ["programme item tpe-welcome: end, start changed"]
    r = team.cli(cli, "view1", "approval", "changes", TPE, "--json")
    changes = json.loads(r.out)["changes"]
    assert changes[0]["ref"] == "tpe-welcome" and changes[0]["part"] == "programme"
    assert team.cli(cli, "appr1", "approval", "approve", TPE).code == 3
    assert team.cli(cli, "off1", "approval", "submit", TPE).code == 0
    assert team.cli(cli, "appr2", "approval", "approve", TPE).code == 0
    assert status(team, cli)["state"] == "approved"


@sqlite_only
def test_delegation_and_cancel_and_complete_commands(team, cli, security, tmp_path):
    doc = outgoing_doc()
    assert team.cli(cli, "off1", "import", write_json(tmp_path, doc, "o.json")).code == 0
    team.cli(cli, "off1", "assess", BCN, write_json(tmp_path, assessment_doc(), "a.json"))
    security.set(BCN, assessed_by=team["sec1"])
    assert team.cli(cli, "off1", "approval", "submit", BCN).code == 0
    assert team.cli(cli, "appr1", "approval", "approve", BCN).code == 0
    today = date.today().isoformat()
    r = team.cli(cli, "mayor1", "approval", "delegate", team["appr3"], "--role", "mayor",
                 "--from", today, "--until", today, "--reason", "on leave")
    assert r.code == 0, r
    r = team.cli(cli, "view1", "approval", "delegations", "--json")
    assert json.loads(r.out)["delegations"][0]["substitute"] == team["appr3"]
    r = team.cli(cli, "appr3", "approval", "approve", BCN, "--json")
    assert r.code == 0, r
    last = json.loads(r.out)["steps"][-1]
    assert last["by"] == team["appr3"] and last["on_behalf_of"] == team["mayor1"]
    r = team.cli(cli, "mayor1", "approval", "delegate", team["appr3"], "--role", "mayor",
                 "--from", "2022-13-01", "--until", today)
    assert r.code == 2
    assert team.cli(cli, "off1", "approval", "complete", BCN).code == 0
    assert team.cli(cli, "off1", "approval", "cancel", TPE).code == 2  # --comment required
    assert team.cli(cli, "off1", "approval", "cancel", TPE, "--comment", "off").code == 0
    assert status(team, cli, BCN)["state"] == "completed"
    assert status(team, cli, TPE)["state"] == "cancelled"


@sqlite_only
def test_approval_file_as_json(team, cli, security, tmp_path):
    team.cli(cli, "off1", "import", write_json(tmp_path, outgoing_doc(), "o.json"))
    other = outgoing_doc("OUT-2022-PAR", start="2022-09-01")
    team.cli(cli, "off1", "import", write_json(tmp_path, other, "p.json"))
    security.set(BCN, assessed_by=team["sec1"], advice="Travel laptops only")
    r = team.cli(cli, "appr1", "approval", "file", BCN)
    assert r.code == 0, r
    f = json.loads(r.out)
    assert f["mission"]["ref"] == BCN and f["mission"]["purpose"] == "Growing Green Cities"
    assert [d["role"] for d in f["delegation"]] == ["delegation_leader", "staff"]
    assert f["programme"][0]["start"] == "07:00" and f["programme"][0]["zone"] == "CEST"
    assert f["security"]["advice"] == "Travel laptops only"
    assert [t["mission_ref"] for t in f["other_trips"]] == ["OUT-2022-PAR"]
    assert f["assessment"]["co2"]["total_kg"] != "0.0"
    assert f["assessment"]["co2"]["legs"][0]["mode"] == "flight"
    assert f["approval"]["state"] == "draft"


def test_export_carries_the_approval_record(team, cli, security, tmp_path):
    team.cli(cli, "off1", "assess", TPE, write_json(tmp_path, assessment_doc(), "a.json"))
    security.set(TPE, assessed_by=team["sec1"])
    team.cli(cli, "off1", "approval", "submit", TPE)
    team.cli(cli, "appr1", "approval", "approve", TPE)
    out = tmp_path / "out.json"
    assert team.cli(cli, "off1", "export", out).code == 0
    mission = json.loads(out.read_text(encoding="utf-8"))["missions"][0]
    assert mission["status"] == "approved"
    record = mission["record"]
    assert [d["action"] for d in record["decisions"]] == ["submit", "approve"]
    assert record["approvals"][0]["steps"][0]["by"] == team["appr1"]
    # Importing the export does not import the record: the mission keeps its state.
    assert team.cli(cli, "off1", "import", out).code == 0
    assert status(team, cli)["state"] == "approved"


@sqlite_only
def test_audit_head_and_verify_commands(team, cli):
    r = team.cli(cli, "view1", "audit", "head")
    assert r.code == 0 and len(r.out.strip()) == 64
    r = team.cli(cli, "view1", "audit", "verify")
    assert r.code == 0 and "verified" in r.out
    r = team.cli(cli, "view1", "audit", "log", "--mission", TPE, "--json")
    assert [e["action"] for e in json.loads(r.out)["entries"]] == ["mission.create"]
