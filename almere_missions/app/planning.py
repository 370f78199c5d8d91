"""Planning a mission's programme: its items, templates, the hosts' busy and free times,
the clash checks, and issuing the programme as sent to guests and hosts.

The programme edits write at once (the desktop's timeline, the command line) and return
the mission as stored then; each claims the mission at ``expected_version`` (another's
save meanwhile is an ``EditConflict``, nothing is written). Reading the checks, the
templates, the busy times, the free slots and what changed since the last issue is
for everyone; changing the programme and issuing it is for officers.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress, run_read, run_write
from almere_missions.planning import busy, checks, issued, programme, slots, templates
from almere_missions.planning.busy import Busy, BusyImport
from almere_missions.planning.clashes import Clashes
from almere_missions.planning.clashes import clashes as _clashes
from almere_missions.planning.inputs import ItemInput
from almere_missions.planning.issued import IssuedInfo
from almere_missions.planning.programme import item_input
from almere_missions.planning.slots import DEFAULT_ZONE, Slot
from almere_missions.planning.templates import Template
from almere_missions.text import Text
from almere_missions.views import ChangeNotice, ItemView, MissionView

__all__ = [
    "DEFAULT_ZONE", "Busy", "BusyImport", "Clashes", "IssuedInfo", "ItemInput", "Slot",
    "Template", "add_item", "apply_template", "busy_times", "cancel_item", "change_notice",
    "check_report", "clashes", "delete_item", "delete_template", "duplicate_day",
    "find_slots", "import_busy", "issue_programme", "issued_items", "item_input",
    "list_issued", "list_templates", "move_item", "resize_item", "restore_item",
    "save_template", "shift_mission", "update_item",
]


def _edit(caller: Caller, change, *args) -> MissionView:
    """One programme edit in its own transaction; the mission as it is then."""
    with caller.write() as uow:
        p.require(uow, p.MISSION_EDIT)
        view = change(uow, *args)
        uow.commit()
    return view


# --- the items of the programme ---------------------------------------------------------

def add_item(caller: Caller, mission_ref: str, expected_version: int | None,
             data: ItemInput) -> MissionView:
    """A new item; its ref is made from the mission's when ``data`` names none."""
    return _edit(caller, programme.add_item, mission_ref, expected_version, data)


def update_item(caller: Caller, mission_ref: str, expected_version: int | None,
                item_ref: str, data: ItemInput) -> MissionView:
    """Replace the item's fields by ``data`` (its ref stays)."""
    return _edit(caller, programme.update_item, mission_ref, expected_version, item_ref, data)


def move_item(caller: Caller, mission_ref: str, expected_version: int | None, item_ref: str,
              new_start: datetime) -> MissionView:
    """Start the item at ``new_start``, keeping its length."""
    return _edit(caller, programme.move_item, mission_ref, expected_version, item_ref,
                 new_start)


def resize_item(caller: Caller, mission_ref: str, expected_version: int | None, item_ref: str,
                new_end: datetime) -> MissionView:
    """End the item at ``new_end``."""
    return _edit(caller, programme.resize_item, mission_ref, expected_version, item_ref,
                 new_end)


def cancel_item(caller: Caller, mission_ref: str, expected_version: int | None,
                item_ref: str) -> MissionView:
    """Call the item off; it stays in the programme and the calendars as cancelled."""
    return _edit(caller, programme.cancel_item, mission_ref, expected_version, item_ref)


def restore_item(caller: Caller, mission_ref: str, expected_version: int | None,
                 item_ref: str) -> MissionView:
    """Bring a cancelled item back, as tentative."""
    return _edit(caller, programme.restore_item, mission_ref, expected_version, item_ref)


def delete_item(caller: Caller, mission_ref: str, expected_version: int | None,
                item_ref: str) -> MissionView:
    """Remove the item for good."""
    return _edit(caller, programme.delete_item, mission_ref, expected_version, item_ref)


def duplicate_day(caller: Caller, mission_ref: str, expected_version: int | None, day: date,
                  to_day: date) -> MissionView:
    """Copy the items of ``day`` to ``to_day`` at the same local times, as tentative."""
    return _edit(caller, programme.duplicate_day, mission_ref, expected_version, day, to_day)


def shift_mission(caller: Caller, mission_ref: str, expected_version: int | None,
                  delta: timedelta) -> MissionView:
    """Move the whole mission by ``delta`` (whole days keep every item's wall time)."""
    return _edit(caller, programme.shift_mission, mission_ref, expected_version, delta)


# --- templates --------------------------------------------------------------------------

def list_templates(caller: Caller) -> list[Template]:
    """The shipped templates, then the saved ones."""
    return run_read(caller, p.PLANNING_READ, templates.list_templates)


def apply_template(caller: Caller, mission_ref: str, expected_version: int | None, code: str,
                   first_day: date) -> MissionView:
    """Add the template's items to the mission, its day 1 on ``first_day``."""
    return _edit(caller, templates.instantiate, mission_ref, expected_version, code, first_day)


def save_template(caller: Caller, mission_ref: str, code: str, name: Text,
                  description: Text | None = None) -> Template:
    """Keep the mission's programme as a new template named ``code``."""
    return run_write(caller, p.TEMPLATE_EDIT, templates.save_as_template, mission_ref, code, name,
                     description)


def delete_template(caller: Caller, code: str) -> None:
    """Delete a saved template (the shipped ones stay)."""
    run_write(caller, p.TEMPLATE_EDIT, templates.delete_template, code)


# --- busy and free times ----------------------------------------------------------------

def import_busy(caller: Caller, person_ref: str, path: str | Path, *,
                timezone: str | None = None, progress: Progress = no_progress) -> BusyImport:
    """Replace the person's busy times by those of an .ics export of their agenda."""
    return run_write(caller, p.BUSY_IMPORT, busy.import_busy, person_ref, path, timezone=timezone,
                     progress=lambda done, total: progress(done, total, ""))


def busy_times(caller: Caller, person_ref: str, date_from: datetime | None = None,
               date_to: datetime | None = None) -> list[Busy]:
    """The person's imported busy times (those touching the range, when one is given)."""
    return run_read(caller, p.PLANNING_READ, busy.busy_times, person_ref, date_from, date_to)


def find_slots(caller: Caller, hosts: list[str], duration: timedelta, date_from: date,
               date_to: date, *, timezone: str = DEFAULT_ZONE, work_start: time | None = None,
               work_end: time | None = None, limit: int | None = None) -> list[Slot]:
    """The earliest free slots of ``duration`` for all ``hosts`` in working hours."""
    return run_read(caller, p.PLANNING_READ, slots.find_slots, hosts, duration, date_from, date_to,
                    timezone=timezone, work_start=work_start, work_end=work_end, limit=limit)


# --- the checks -------------------------------------------------------------------------

def clashes(caller: Caller, ref: str | None = None, *,
            progress: Progress = no_progress) -> Clashes:
    """The planning checks of one mission or of all, arranged as the screens show them."""
    return run_read(caller, p.PLANNING_READ, _clashes, ref)


def check_report(caller: Caller, ref: str | None = None) -> dict[str, Any]:
    """The planning checks of one mission or of all, per mission (``check --json``)."""
    return run_read(caller, p.PLANNING_READ, checks.check_report, ref)


# --- issuing ----------------------------------------------------------------------------

def issue_programme(caller: Caller, ref: str, note: str | None = None) -> int:
    """Keep the programme as it is now as the next issued version; its number."""
    return run_write(caller, p.PROGRAMME_ISSUE, issued.issue_programme, ref, note=note)


def list_issued(caller: Caller, ref: str) -> list[IssuedInfo]:
    return run_read(caller, p.PLANNING_READ, issued.list_issued, ref)


def issued_items(caller: Caller, ref: str, number: int | None = None) -> tuple[ItemView, ...]:
    """The items of an issued version (the latest when ``number`` is None)."""
    return run_read(caller, p.PLANNING_READ, issued.issued_items, ref, number)


def change_notice(caller: Caller, ref: str) -> ChangeNotice | None:
    """What changed since the programme was last issued; None if it never was."""
    return run_read(caller, p.PLANNING_READ, issued.change_notice, ref)
