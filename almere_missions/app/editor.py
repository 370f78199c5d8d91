"""A mission for the desktop's editor: everything its tabs show, read in one job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from almere_missions import permissions as p
from almere_missions import policy
from almere_missions.app import Caller, Progress, no_progress
from almere_missions.app import followup as followup_app
from almere_missions.app import logistics as logistics_app
from almere_missions.app import security as security_app
from almere_missions.approval import assessment, workflow
from almere_missions.planning import issued
from almere_missions.planning.clashes import Clashes, clashes
from almere_missions.services.missions import load_snapshot


@dataclass(frozen=True)
class ApprovalData:
    status: workflow.ApprovalStatus
    actions: tuple[str, ...]  # what the acting user may do now
    refusals: dict[str, str]  # action -> why not, in words


@dataclass(frozen=True)
class MissionBundle:
    """The mission with its people and venues, its clashes and the policy framework in
    force, and per tab of the editor the data it shows (``panels[tab key]``)."""

    snapshot: Any  # views.Snapshot, with every venue (the programme chooses among them)
    clashes: Clashes
    framework: Any  # policy.Framework | None
    panels: dict[str, Any]

    @property
    def mission(self):
        return self.snapshot.missions[0]


def approval_data(uow, ref: str) -> ApprovalData:
    actions = tuple(workflow.available_actions(uow, ref))
    return ApprovalData(workflow.status(uow, ref), actions,
                        {a: workflow.action_refusal(uow, ref, a) for a in workflow.ACTIONS
                         if a not in actions})


def mission_bundle(caller: Caller, ref: str, lang: str = "en", *,
                   progress: Progress = no_progress) -> MissionBundle:
    with caller.read() as uow:
        p.require(uow, p.MISSION_READ)
        progress(0, 3, "")
        snap = load_snapshot(uow, [ref], all_venues=True)
        fw = policy.framework_in_force(uow.session, snap.missions[0].start)
        progress(1, 3, "")
        found = clashes(uow, ref)
        progress(2, 3, "")
        panels = {"assessment": assessment.get_assessment(uow, ref),
                  "approval": approval_data(uow, ref),
                  "outputs": tuple(issued.list_issued(uow, ref))}
    panels["security"] = security_app.security_panel(caller, ref, lang)
    panels["logistics"] = logistics_app.logistics_panel(caller, ref, lang)
    panels["followup"] = followup_app.mission_followup(caller, ref, lang=lang)
    progress(3, 3, "")
    return MissionBundle(snap, found, fw, panels)
