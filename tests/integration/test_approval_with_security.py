"""The approval workflow with the real security check (no stand-in), through the command line."""

from __future__ import annotations

import json

from tests.integration import approval_support
from tests.integration.approval_support import assessment_doc, outgoing_doc, write_json

team = approval_support.team
TPE = "FLO-2022-TPE"
CN = "OUT-2022-SZX"


def test_security_check_then_approval_chain(team, cli, tmp_path):
    run = team.cli
    ok = write_json(tmp_path, assessment_doc(), "a.json")
    incoming = write_json(tmp_path, {"checklist": {"building_access": True, "gifts": True},
                                     "residual_risk": "low", "advice": "Standard reception"},
                          "sec-in.json")
    assert run(cli, "off1", "assess", TPE, ok).code == 0
    r = run(cli, "off1", "approval", "submit", TPE)
    assert r.code == 3 and "security check" in r.err
    assert run(cli, "off1", "security", "assess", TPE, incoming).code == 3  # security role
    assert run(cli, "sec1", "security", "assess", TPE, incoming).code == 0
    assert run(cli, "off1", "approval", "submit", TPE).code == 0
    assert run(cli, "appr1", "approval", "approve", TPE).code == 0
    st = json.loads(run(cli, "view1", "approval", "status", TPE, "--json").out)
    assert st["state"] == "approved"

    # An outgoing trip to a country with a high state-actor risk, led by an alderman.
    doc = outgoing_doc(CN)
    m = doc["missions"][0]
    m.update(countries=["CN"], cities=["Shenzhen"], timezone="Asia/Shanghai")
    assert run(cli, "off1", "import", write_json(tmp_path, doc, "cn.json")).code == 0
    assert run(cli, "sec1", "risk", "set", "CN", "--level", "high",
               "--rationale", "espionage and undesired influence").code == 0
    outgoing = write_json(tmp_path, {
        "checklist": {"clean_devices": True, "no_foreign_usb": True, "vpn": True,
                      "briefing": True, "dual_nationality": True, "classification": True},
        "residual_risk": "medium", "mitigations": ["travel laptops only"]}, "sec-out.json")
    assert run(cli, "sec1", "security", "assess", CN, outgoing).code == 0
    assert run(cli, "off1", "assess", CN, ok).code == 0
    r = run(cli, "off1", "approval", "submit", CN, "--json")
    assert r.code == 0, r
    assert [s["role"] for s in json.loads(r.out)["steps"]] == ["security", "approver", "mayor"]
    assert run(cli, "appr1", "approval", "approve", CN).code == 3  # security signs off first
    assert run(cli, "sec1", "approval", "approve", CN).code == 0
    assert run(cli, "appr1", "approval", "approve", CN).code == 0
    r = run(cli, "mayor1", "approval", "approve", CN, "--json")
    assert r.code == 0, r
    assert json.loads(r.out)["state"] == "approved"
    r = run(cli, "appr2", "approval", "file", CN)
    f = json.loads(r.out)
    assert f["security"]["state_actor_risk"] == "high"
    assert "travel laptops only" in f["security"]["advice"]
    assert run(cli, "view1", "audit", "verify").code == 0
