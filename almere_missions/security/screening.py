"""Screening a mission's people and counterpart against sanctions lists, and the
decisions on its hits.

Every person of the mission is screened under each of their names (own script
and Latin form) with birth date and nationality; the counterpart organisation
under its name. A screening keeps which list versions it used and a
fingerprint of each subject's data. It is *stale* when a newer version of one
of its lists has been imported, or when a subject was added, removed or
changed (names, birth date, nationality). A stale screening is re-run against
the newest versions of the same lists on the next check
(:func:`refresh`, called by :func:`almere_missions.security.status.security_status`);
a mission never screened is screened then against the newest stored lists.

Each hit needs a decision by a user with the security role: ``false_positive``
(with a reason) or ``confirmed``. A decision carries over to the same hit of a
later screening as long as the subject's data did not change. Open and
confirmed hits block submission and approval.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from almere_missions.db.models import Mission, Participant, Person
from almere_missions.db.models_security import Screening, ScreeningHit
from almere_missions.errors import InvalidInput, NotFound, Refused
from almere_missions.security.matching import Match, Subject, default_threshold
from almere_missions.security.names import ORGANISATION, PERSON
from almere_missions.security.sanctions.store import (
    ListVersion,
    import_lists,
    latest_versions,
    matcher_for,
    versions_by_id,
)
from almere_missions.services import users
from almere_missions.services.missions import mission_row
from almere_missions.timeutil import now_utc
from almere_missions.uow import UnitOfWork

Progress = Callable[[int, int, str], None]
DECISIONS = ("false_positive", "confirmed")
COUNTERPART = "counterpart"


@dataclass(frozen=True)
class HitView:
    id: int | None
    subject: str
    subject_name: str
    source: str
    list_id: int
    entity_id: str
    matched_name: str
    score: float
    explanation: str
    decision: str | None = None
    reason: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.decision is None

    def as_json(self) -> dict:
        return {"id": self.id, "subject": self.subject, "name": self.subject_name,
                "list": self.source, "entity": self.entity_id,
                "matched_name": self.matched_name, "score": self.score,
                "explanation": self.explanation, "decision": self.decision}


@dataclass(frozen=True)
class ScreeningReport:
    mission: str
    lists: tuple[ListVersion, ...]
    hits: tuple[HitView, ...]
    screened_at: datetime | None
    stored: bool  # False: computed for a read-only check, not kept

    def as_json(self) -> dict:
        return {"mission": self.mission, "lists": [v.as_json() for v in self.lists],
                "hits": [h.as_json() for h in self.hits]}

    @property
    def open_hits(self) -> int:
        return sum(1 for h in self.hits if h.decision is None)

    @property
    def confirmed_hits(self) -> int:
        return sum(1 for h in self.hits if h.decision == "confirmed")


# --- subjects ----------------------------------------------------------------------

def _fingerprint(names: Iterable[str], born: date | None, nats: Iterable[str]) -> str:
    doc = json.dumps([sorted(n for n in names if n), born.isoformat() if born else None,
                      sorted(nats)], ensure_ascii=False)
    return hashlib.sha256(doc.encode()).hexdigest()


@dataclass(frozen=True)
class _SubjectData:
    subject: Subject
    fields: dict[str, str]  # name -> which field it came from
    fingerprint: str


def subjects_of(uow: UnitOfWork, mission: Mission) -> list[_SubjectData]:
    """Everyone in the mission (each once) and the counterpart organisation."""
    rows = uow.session.execute(
        select(Person).join(Participant, Participant.person_id == Person.id)
        .where(Participant.mission_id == mission.id)
        .order_by(Participant.position, Participant.id)).scalars().all()
    out = []
    for person in dict.fromkeys(rows):
        fields = {}
        for field in ("name", "latin_name"):
            value = getattr(person, field)
            if value and value.strip() and value not in fields:
                fields[value] = field
        nats = tuple(person.nationality or ())
        subject = Subject(person.ref, PERSON, tuple(fields), person.birth_date, nats)
        out.append(_SubjectData(subject, fields, _fingerprint(fields, person.birth_date, nats)))
    if mission.counterpart and mission.counterpart.strip():
        name = mission.counterpart.strip()
        out.append(_SubjectData(Subject(COUNTERPART, ORGANISATION, (name,)), {name: COUNTERPART},
                                _fingerprint([name], None, ())))
    return out


# --- running a screening -------------------------------------------------------------------

def _run(uow: UnitOfWork, mission: Mission, versions: list[ListVersion], threshold: float,
         progress: Progress | None) -> tuple[list[_SubjectData], list[tuple[_SubjectData, Match]]]:
    subjects = subjects_of(uow, mission)
    matcher = matcher_for(uow, versions, threshold)
    found = []
    for n, data in enumerate(subjects, 1):
        for match in matcher.screen(data.subject):
            found.append((data, match))
        if progress:
            progress(n, len(subjects), data.subject.key)
    return subjects, found


def _earlier_decisions(uow: UnitOfWork, mission: Mission) -> dict[tuple, ScreeningHit]:
    rows = uow.session.scalars(
        select(ScreeningHit).where(ScreeningHit.mission_id == mission.id,
                                   ScreeningHit.decision.is_not(None))
        .order_by(ScreeningHit.decided_at)).all()
    return {(h.subject, h.subject_fingerprint, h.source, h.entity_id): h for h in rows}


def _store(uow: UnitOfWork, mission: Mission, versions: list[ListVersion], threshold: float,
           subjects: list[_SubjectData], found: list[tuple[_SubjectData, Match]],
           action: str) -> ScreeningReport:
    s = uow.session
    for old in s.scalars(select(Screening).where(Screening.mission_id == mission.id,
                                                 Screening.current.is_(True))):
        old.current = False
    for old in s.scalars(select(ScreeningHit).where(ScreeningHit.mission_id == mission.id,
                                                    ScreeningHit.current.is_(True))):
        old.current = False
    decided = _earlier_decisions(uow, mission)
    screening = Screening(mission_id=mission.id, screened_by=uow.user, threshold=threshold,
                          list_ids=[v.id for v in versions],
                          subjects={d.subject.key: d.fingerprint for d in subjects})
    s.add(screening)
    uow.flush()
    views = []
    carried = 0
    for data, match in found:
        hit = ScreeningHit(
            mission_id=mission.id, screening_id=screening.id, subject=data.subject.key,
            subject_field=data.fields.get(match.subject_name, "name"),
            subject_fingerprint=data.fingerprint, list_id=match.entity.list_id,
            source=match.entity.source, entity_id=match.entity.entity_id,
            matched_name=match.matched_name, score=match.score, explanation=match.explanation)
        earlier = decided.get((hit.subject, hit.subject_fingerprint, hit.source, hit.entity_id))
        if earlier is not None:
            hit.decision, hit.reason = earlier.decision, earlier.reason
            hit.decided_by, hit.decided_at = earlier.decided_by, earlier.decided_at
            carried += 1
        s.add(hit)
        views.append((hit, match.subject_name))
    uow.flush()
    uow.record(action, "screening", str(screening.id), mission_ref=mission.ref,
               after={"lists": [f"{v.source}:{v.sha256[:12]}" for v in versions],
                      "subjects": len(subjects), "hits": len(found),
                      "decisions_carried_over": carried, "threshold": threshold})
    hits = tuple(_hit_view(h, name) for h, name in views)
    return ScreeningReport(mission.ref, tuple(versions), hits, screening.screened_at, True)


def _hit_view(h: ScreeningHit, subject_name: str) -> HitView:
    return HitView(h.id, h.subject, subject_name, h.source, h.list_id, h.entity_id,
                   h.matched_name, h.score, h.explanation, h.decision, h.reason, h.decided_by,
                   h.decided_at)


def screen_mission(uow: UnitOfWork, ref: str, list_files: Iterable[str | Path] = (), *,
                   threshold: float | None = None,
                   progress: Progress | None = None) -> ScreeningReport:
    """Screen a mission against the given list files (stored as versions first), or
    against the newest stored version of each list when no file is given."""
    users.require(uow, "security", "officer")
    threshold = default_threshold() if threshold is None else threshold
    if not 0 < threshold <= 1:
        raise InvalidInput("the threshold lies between 0 and 1", field="threshold")
    mission = mission_row(uow, ref)
    files = list(list_files)
    if files:
        # Every file is kept as a version; of several versions of one list (say an EU
        # XML and an older EU CSV) the newest is screened, the first given on a tie.
        newest: dict[str, ListVersion] = {}
        for version, _ in import_lists(uow, files):
            if version.source not in newest or version.generated > newest[version.source].generated:
                newest[version.source] = version
        versions = list(newest.values())
    else:
        versions = list(latest_versions(uow).values())
    if not versions:
        raise Refused("no sanctions list is stored yet; screen with --list FILE")
    subjects, found = _run(uow, mission, versions, threshold, progress)
    return _store(uow, mission, versions, threshold, subjects, found, "screening.run")


# --- staleness and re-screening -----------------------------------------------------------

@dataclass(frozen=True)
class ScreeningState:
    screened: bool
    stale: bool
    reasons: tuple[str, ...]
    screened_at: datetime | None


def _current_screening(uow: UnitOfWork, mission: Mission) -> Screening | None:
    return uow.session.scalar(
        select(Screening).where(Screening.mission_id == mission.id, Screening.current.is_(True))
        .order_by(Screening.id.desc()).limit(1))


def _state(uow: UnitOfWork, mission: Mission, screening: Screening | None
           ) -> tuple[ScreeningState, list[ListVersion]]:
    if screening is None:
        return ScreeningState(False, False, (), None), []
    reasons = []
    used = versions_by_id(uow, screening.list_ids or [])
    newest = latest_versions(uow)
    target = []
    for v in used:
        latest = newest.get(v.source, v)
        if latest.id != v.id and latest.generated > v.generated:
            reasons.append(f"a newer {v.source} list ({latest.generated_iso}) was imported")
            target.append(latest)
        else:
            target.append(v)
    now = {d.subject.key: d.fingerprint for d in subjects_of(uow, mission)}
    before = screening.subjects or {}
    for key in sorted(set(now) | set(before)):
        if key not in before:
            reasons.append(f"{key} was added")
        elif key not in now:
            reasons.append(f"{key} was removed")
        elif before[key] != now[key]:
            reasons.append(f"the data of {key} changed")
    state = ScreeningState(True, bool(reasons), tuple(reasons), screening.screened_at)
    return state, list(dict.fromkeys(target))


def screening_state(uow: UnitOfWork, ref: str) -> ScreeningState:
    users.require(uow, *users.ROLES)
    mission = mission_row(uow, ref)
    return _state(uow, mission, _current_screening(uow, mission))[0]


def refresh(uow: UnitOfWork, ref: str, progress: Progress | None = None) -> ScreeningReport | None:
    """Bring the mission's screening up to date before it is relied on.

    A stale screening is re-run against the newest versions of its lists; a
    mission never screened is screened against the newest stored version of
    every list (so an unscreened delegation cannot pass a check while lists are
    at hand). Kept (and audited) when the unit of work may write; computed in
    memory otherwise, with earlier decisions applied, so a check never shows
    old hits. Returns None when no list is stored and nothing was screened.
    """
    mission = mission_row(uow, ref)
    screening = _current_screening(uow, mission)
    state, target = _state(uow, mission, screening)
    if state.screened and not state.stale:
        return current_report(uow, ref)
    if state.screened:
        threshold, action = screening.threshold, "screening.rerun"
    else:
        target = list(latest_versions(uow).values())
        if not target:
            return None
        threshold, action = default_threshold(), "screening.auto"
    subjects, found = _run(uow, mission, target, threshold, progress)
    if uow.write:
        return _store(uow, mission, target, threshold, subjects, found, action)
    decided = _earlier_decisions(uow, mission)
    hits = []
    for data, match in found:
        earlier = decided.get((data.subject.key, data.fingerprint, match.entity.source,
                               match.entity.entity_id))
        hits.append(HitView(None, data.subject.key, match.subject_name, match.entity.source,
                            match.entity.list_id, match.entity.entity_id, match.matched_name,
                            match.score, match.explanation,
                            earlier.decision if earlier else None,
                            earlier.reason if earlier else None,
                            earlier.decided_by if earlier else None,
                            earlier.decided_at if earlier else None))
    return ScreeningReport(mission.ref, tuple(target), tuple(hits), None, False)


# --- hits and decisions ---------------------------------------------------------------------

def _subject_names(uow: UnitOfWork, mission: Mission, hits: list[ScreeningHit]) -> dict:
    refs = {h.subject for h in hits if h.subject != COUNTERPART}
    persons = {p.ref: p for p in uow.session.scalars(select(Person).where(Person.ref.in_(refs)))}
    out = {}
    for h in hits:
        if h.subject == COUNTERPART:
            out[h.id] = mission.counterpart or ""
        else:
            p = persons.get(h.subject)
            out[h.id] = (getattr(p, h.subject_field, None) or p.name) if p else h.subject
    return out


def current_report(uow: UnitOfWork, ref: str) -> ScreeningReport | None:
    """The hits of the mission's current screening, as stored."""
    mission = mission_row(uow, ref)
    screening = _current_screening(uow, mission)
    if screening is None:
        return None
    rows = uow.session.scalars(
        select(ScreeningHit).where(ScreeningHit.screening_id == screening.id)
        .order_by(ScreeningHit.score.desc(), ScreeningHit.id)).all()
    names = _subject_names(uow, mission, rows)
    versions = versions_by_id(uow, screening.list_ids or [])
    return ScreeningReport(mission.ref, tuple(versions),
                           tuple(_hit_view(h, names[h.id]) for h in rows),
                           screening.screened_at, True)


def hits(uow: UnitOfWork, ref: str) -> list[HitView]:
    """The hits of the mission's current screening, best first (empty if never screened)."""
    users.require(uow, *users.ROLES)
    report = current_report(uow, ref)
    return list(report.hits) if report else []


def decide_hit(uow: UnitOfWork, hit_id: int, decision: str, reason: str | None = None) -> HitView:
    """Record a security advisor's decision on a hit (audited)."""
    users.require(uow, "security")
    if decision not in DECISIONS:
        raise InvalidInput(f"unknown decision {decision!r} (one of {', '.join(DECISIONS)})",
                           field="decision")
    reason = (reason or "").strip() or None
    if decision == "false_positive" and not reason:
        raise InvalidInput("a false positive needs a reason (e.g. other birth date)",
                           field="reason")
    hit = uow.session.get(ScreeningHit, hit_id)
    if hit is None:
        raise NotFound(f"no screening hit {hit_id}")
    if not hit.current:
        raise Refused(f"hit {hit_id} belongs to an earlier screening; decide on the current one")
    mission = uow.session.get(Mission, hit.mission_id)
    before = {"decision": hit.decision, "reason": hit.reason}
    hit.decision, hit.reason = decision, reason
    hit.decided_by, hit.decided_at = uow.user, now_utc()
    uow.flush()
    uow.record("screening.decide", "screening_hit", str(hit.id), mission_ref=mission.ref,
               before=before, after={"decision": decision, "reason": reason,
                                     "subject": hit.subject, "list": hit.source,
                                     "entity": hit.entity_id, "score": hit.score})
    return _hit_view(hit, _subject_names(uow, mission, [hit])[hit.id])
