"""Missions and what they are made of: reading them, and saving what an editor changed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from almere_missions import permissions as p
from almere_missions.app import Caller
from almere_missions.services import editing
from almere_missions.services import missions as svc
from almere_missions.services.editing import MissionInput, PersonInput, VenueInput
from almere_missions.services.missions import MissionFilter
from almere_missions.views import CostView, MissionSummary, MissionView, PersonView, VenueView

#: what the front ends fill in to create a mission and to save a person or a venue
__all__ = ["MissionFilter", "MissionInput", "PersonInput", "VenueInput"]


def list_missions(caller: Caller, flt: MissionFilter | None = None) -> list[MissionSummary]:
    with caller.read() as uow:
        p.require(uow, p.MISSION_READ)
        return svc.list_missions(uow, flt)


def get_mission(caller: Caller, ref: str) -> MissionView:
    with caller.read() as uow:
        p.require(uow, p.MISSION_READ)
        return svc.get_mission(uow, ref)


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
    with caller.write() as uow:
        p.require(uow, p.MISSION_EDIT)
        view = editing.create_mission(uow, data)
        uow.commit()
    return view


def delete_mission(caller: Caller, ref: str, expected_version: int | None) -> None:
    """Delete a draft mission with its programme, participants and costs."""
    with caller.write() as uow:
        p.require(uow, p.MISSION_EDIT)
        editing.delete_mission(uow, ref, expected_version)
        uow.commit()


def search_persons(caller: Caller, text: str = "", limit: int = 200) -> list[PersonView]:
    with caller.read() as uow:
        p.require(uow, p.MISSION_READ)
        return svc.search_persons(uow, text, limit)


def save_person(caller: Caller, data: PersonInput | PersonView,
                expected_version: int | None) -> PersonView:
    with caller.write() as uow:
        p.require(uow, p.MISSION_EDIT)
        view = editing.save_person(uow, data, expected_version)
        uow.commit()
    return view


def list_venues(caller: Caller) -> list[VenueView]:
    with caller.read() as uow:
        p.require(uow, p.MISSION_READ)
        return svc.list_venues(uow)


def save_venue(caller: Caller, data: VenueInput | VenueView,
               expected_version: int | None) -> VenueView:
    with caller.write() as uow:
        p.require(uow, p.MISSION_EDIT)
        view = editing.save_venue(uow, data, expected_version)
        uow.commit()
    return view
