"""Missions and what they are made of: reading them, and saving what an editor changed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from almere_missions import permissions as p
from almere_missions.app import Caller, run_read, run_write
from almere_missions.services import editing
from almere_missions.services import missions as svc
from almere_missions.services.editing import MissionInput, PersonInput, VenueInput
from almere_missions.services.missions import MissionFilter
from almere_missions.views import CostView, MissionSummary, MissionView, PersonView, VenueView

#: what the front ends fill in to create a mission and to save a person or a venue
__all__ = ["MissionFilter", "MissionInput", "PersonInput", "VenueInput"]


def list_missions(caller: Caller, flt: MissionFilter | None = None) -> list[MissionSummary]:
    return run_read(caller, p.MISSION_READ, svc.list_missions, flt)


def get_mission(caller: Caller, ref: str) -> MissionView:
    return run_read(caller, p.MISSION_READ, svc.get_mission, ref)


def save_draft(caller: Caller, ref: str, expected_version: int | None, *,
               fields: Mapping[str, Any] | None = None,
               participants: Iterable[tuple[str, str]] | None = None,
               costs: Iterable[CostView] | None = None) -> int:
    """Save what an editor changed in one transaction; the mission's new version.

    ``fields`` are mission fields by the names ``services.editing.update_mission``
    takes (title, start_date, countries, ...); ``participants`` ``(person, role)``
    pairs and ``costs`` replace the mission's lists when given (None: unchanged).
    A version other than ``expected_version`` stored meanwhile refuses the whole
    save (``EditConflict``), so nothing of either side is lost.
    """
    version = expected_version
    with caller.write() as uow:
        p.require(uow, p.MISSION_EDIT)
        if fields:
            version = editing.update_mission(uow, ref, version, **dict(fields)).version
        if participants is not None:
            version = editing.set_participants(uow, ref, version, list(participants)).version
        if costs is not None:
            version = editing.set_costs(uow, ref, version, list(costs)).version
        if version is None:
            version = svc.get_mission(uow, ref).version
        uow.commit()
    return version


def create_mission(caller: Caller, data: MissionInput) -> MissionView:
    return run_write(caller, p.MISSION_EDIT, editing.create_mission, data)


def delete_mission(caller: Caller, ref: str, expected_version: int | None) -> None:
    """Delete a draft mission with its programme, participants and costs."""
    run_write(caller, p.MISSION_EDIT, editing.delete_mission, ref, expected_version)


def search_persons(caller: Caller, text: str = "", limit: int = 200) -> list[PersonView]:
    return run_read(caller, p.MISSION_READ, svc.search_persons, text, limit)


def save_person(caller: Caller, data: PersonInput | PersonView,
                expected_version: int | None) -> PersonView:
    return run_write(caller, p.MISSION_EDIT, editing.save_person, data, expected_version)


def list_venues(caller: Caller) -> list[VenueView]:
    return run_read(caller, p.MISSION_READ, svc.list_venues)


def save_venue(caller: Caller, data: VenueInput | VenueView,
               expected_version: int | None) -> VenueView:
    return run_write(caller, p.MISSION_EDIT, editing.save_venue, data, expected_version)
