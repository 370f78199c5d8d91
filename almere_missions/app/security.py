"""The security check: travel advice, sanctions screening and hits, the security
assessment and status, and the state-actor risk register.

The results are the security services' own frozen dataclasses (plain values).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress, require, run_read, run_write
from almere_missions.errors import InvalidInput
from almere_missions.fileio import read_json
from almere_missions.security import advice, checklist, risk, screening
from almere_missions.security.advice import CountryAdvice, FetchResult, MissionAdvice
from almere_missions.security.advice_reader import AdviceDocument
from almere_missions.security.checklist import AssessmentView, ChecklistItem
from almere_missions.security.risk import RiskEntry
from almere_missions.security.sanctions import store as sanctions
from almere_missions.security.sanctions.store import ListVersion
from almere_missions.security.screening import HitView, ScreeningReport, ScreeningState
from almere_missions.security.status import security_status as _security_status
from almere_missions.views import SecurityStatus

# --- travel advice -------------------------------------------------------------------------


def import_advice(caller: Caller, paths: Iterable[str | Path],
                  progress: Progress = no_progress) -> list[tuple[AdviceDocument, bool]]:
    """Store travel-advice files (all or none); each with whether it was new."""
    return run_write(caller, p.ADVICE_IMPORT, advice.import_advice, paths, progress=progress)


def fetch_advice(caller: Caller, countries: Iterable[str], *, timeout: float =
                 advice.FETCH_TIMEOUT_S, fetcher: advice.Fetcher | None = None,
                 progress: Progress = no_progress) -> list[FetchResult]:
    """Fetch the current advice of ``countries`` from the public service, then keep it.

    The downloads run with no transaction open; what came back is stored in one
    short write. Offline, each result carries the last snapshot and says so.
    """
    require(caller, p.ADVICE_IMPORT)
    codes = list(dict.fromkeys(advice.normalise_country(c) for c in countries))
    got = []
    for n, code in enumerate(codes):
        progress(n, len(codes), code)
        got.append(advice.download(code, fetcher=fetcher, timeout=timeout))
    with caller.write() as uow:
        p.require(uow, p.ADVICE_IMPORT)
        results = [advice.keep_download(uow, d) for d in got]
        uow.commit()
    progress(len(codes), len(codes), "")
    return results


def current_advice(caller: Caller, countries: Iterable[str] | None = None, *,
                   stale_days: int | None = None) -> list[CountryAdvice]:
    return run_read(caller, p.ADVICE_READ, advice.current_advice, countries, stale_days=stale_days)


def advice_for_mission(caller: Caller, ref: str, *,
                       stale_days: int | None = None) -> list[MissionAdvice]:
    return run_read(caller, p.ADVICE_READ, advice.advice_for_mission, ref, stale_days=stale_days)


def advice_history(caller: Caller, country: str) -> list[CountryAdvice]:
    """Every stored snapshot of a country's advice, newest first."""
    return run_read(caller, p.ADVICE_READ, advice.snapshots, country)


# --- sanctions lists and screening --------------------------------------------------------


def import_sanctions(caller: Caller, paths: Iterable[str | Path],
                     progress: Progress = no_progress) -> list[tuple[ListVersion, bool]]:
    """Store sanctions list files (all or none) without screening."""
    return run_write(caller, p.SANCTIONS_IMPORT, sanctions.import_lists, paths, progress=progress)


def sanctions_lists(caller: Caller) -> list[ListVersion]:
    """Every stored list version, newest first per source."""
    return run_read(caller, p.SANCTIONS_READ, sanctions.list_versions)


def screen_mission(caller: Caller, ref: str, list_files: Iterable[str | Path] = (), *,
                   threshold: float | None = None,
                   progress: Progress = no_progress) -> ScreeningReport:
    """Screen the mission against ``list_files`` (stored first), or the newest stored lists.

    Cancelled from ``progress``: nothing is stored, not even the list files.
    """
    return run_write(caller, p.SCREENING_RUN, screening.screen_mission, ref, list(list_files),
                     threshold=threshold, progress=progress)


@dataclass(frozen=True)
class MissionHits:
    mission: str
    hits: tuple[HitView, ...]  # of the current screening, best first
    state: ScreeningState


def mission_hits(caller: Caller, ref: str) -> MissionHits:
    with caller.read() as uow:
        p.require(uow, p.SCREENING_READ)
        return MissionHits(ref, tuple(screening.hits(uow, ref)),
                           screening.screening_state(uow, ref))


def decide_hit(caller: Caller, ref: str, hit_id: int, decision: str,
               reason: str | None = None) -> HitView:
    """Record the security advisor's decision (``false_positive`` or ``confirmed``)."""
    with caller.write() as uow:
        p.require(uow, p.SCREENING_DECIDE)
        if hit_id not in {h.id for h in screening.hits(uow, ref)}:
            raise InvalidInput(f"hit {hit_id} is not a current hit of mission {ref}",
                               field="hit")
        view = screening.decide_hit(uow, hit_id, decision, reason)
        uow.commit()
    return view


# --- the security assessment and status ------------------------------------------------


def record_assessment(caller: Caller, ref: str, data: dict[str, Any], *,
                      expected_version: int | None = None,
                      source: str | None = None) -> AssessmentView:
    """Record (or replace) the security check: checklist, residual risk, mitigations, advice."""
    return run_write(caller, p.SECURITY_ASSESS, checklist.record_security_assessment, ref, data,
                     expected_version=expected_version, source=source)


def record_assessment_file(caller: Caller, ref: str, path: str | Path) -> AssessmentView:
    """``security assess REF FILE.json``: the file is read before anything is opened."""
    require(caller, p.SECURITY_ASSESS)
    return record_assessment(caller, ref, read_json(Path(path)), source=str(path))


def assessment(caller: Caller, ref: str) -> AssessmentView | None:
    return run_read(caller, p.SECURITY_READ, checklist.get_security_assessment, ref)


def checklist_items(caller: Caller, ref: str, lang: str = "en") -> list[ChecklistItem]:
    return run_read(caller, p.SECURITY_READ, checklist.checklist, ref, lang)


def security_status(caller: Caller, ref: str,
                    progress: Progress = no_progress) -> SecurityStatus:
    """The security status; a stale screening is re-run (with ``progress``) and kept first."""
    with caller.write() as uow:
        p.require(uow, p.SECURITY_READ)
        screening.refresh(uow, ref, progress=progress)
        status = _security_status(uow, ref)
        uow.commit()
    return status


@dataclass(frozen=True)
class SecurityPanel:
    """What the mission's security tab shows, read at once.

    ``restricted``: the caller may see the travel advice only (the ``viewer``
    role): hits, screening state, checklist answers and assessment stay empty.
    """

    advice: tuple[MissionAdvice, ...]
    risks: dict[str, RiskEntry | None]  # destination -> its entry in the register
    hits: tuple[HitView, ...]
    state: ScreeningState | None
    lists: tuple[tuple[str, Any], ...]  # (source, generated) of the newest stored lists
    checklist: tuple[ChecklistItem, ...]
    assessment: AssessmentView | None
    restricted: bool


def security_panel(caller: Caller, ref: str, lang: str = "en") -> SecurityPanel:
    with caller.read() as uow:
        held = p.require(uow, p.ADVICE_READ)
        adv = tuple(advice.advice_for_mission(uow, ref))
        lists = tuple((v.source, v.generated) for v in sanctions.latest_versions(uow).values())
        if not (p.allowed(held, p.SECURITY_READ) and p.allowed(held, p.SCREENING_READ)
                and p.allowed(held, p.RISK_READ)):
            return SecurityPanel(adv, {}, (), None, lists, (), None, True)
        return SecurityPanel(
            adv, {a.country: risk.get_risk(uow, a.country) for a in adv},
            tuple(screening.hits(uow, ref)), screening.screening_state(uow, ref), lists,
            tuple(checklist.checklist(uow, ref, lang)),
            checklist.get_security_assessment(uow, ref), False)


# --- the state-actor risk register ----------------------------------------------------


def risks(caller: Caller) -> list[RiskEntry]:
    return run_read(caller, p.RISK_READ, risk.list_risks)


def risk_of(caller: Caller, country: str) -> RiskEntry | None:
    return run_read(caller, p.RISK_READ, risk.get_risk, country)


def set_risk(caller: Caller, country: str, level: str, rationale: str,
             assessed_on: date | None = None, *,
             expected_version: int | None = None) -> RiskEntry:
    return run_write(caller, p.RISK_EDIT, risk.set_risk, country, level, rationale, assessed_on,
                     expected_version)


def clear_risk(caller: Caller, country: str) -> None:
    run_write(caller, p.RISK_EDIT, risk.clear_risk, country)
