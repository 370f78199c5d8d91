"""Name badges and change notices, from constructed data."""

from __future__ import annotations

from datetime import UTC, datetime

from almere_missions.documents.badges import PER_SHEET, badge_sheets
from almere_missions.documents.change_notice import change_notice_pdf
from almere_missions.views import ChangeNotice, ItemChange, ParticipantView, Snapshot
from tests.pdfcheck import (
    WORLD_NAMES,
    WORLD_PEOPLE,
    check_pdf,
    page_count,
    squeezed,
    text_of,
    world_snapshot,
)


def test_badges_eight_per_sheet_with_every_name(tmp_path):
    snap = world_snapshot()
    path = tmp_path / "badges.pdf"
    path.write_bytes(badge_sheets(snap.missions[0], snap, "en"))
    assert len(WORLD_PEOPLE) > PER_SHEET
    assert page_count(path) == 2
    text = check_pdf(path, tmp_path, WORLD_NAMES + ["HEAD OF DELEGATION", "HOST", "STAFF"])
    assert text.count("Municipality of Almere") == len(WORLD_PEOPLE)


def test_badges_for_a_very_long_name_wrap_inside_the_badge(tmp_path):
    snap = world_snapshot()
    m = snap.missions[0]
    long_name = "Maria da Conceição " * 6 + "Ødegård-Żółkiewska"
    from almere_missions.views import PersonView

    snap.persons["long"] = PersonView("long", long_name, organisation="Câmara Municipal " * 8)
    snap.missions[0] = type(m)(**{**{f: getattr(m, f) for f in m.__dataclass_fields__},
                                  "participants": (ParticipantView("long", "delegation_member"),)})
    path = tmp_path / "long.pdf"
    path.write_bytes(badge_sheets(snap.missions[0], snap, "nl"))
    check_pdf(path, tmp_path, [long_name, "GAST"])


def _notice(snap):
    items = {i.ref: i for i in snap.missions[0].items}
    welcome = items["w-welcome"]
    moved = type(welcome)(**{**{f: getattr(welcome, f) for f in welcome.__dataclass_fields__},
                             "start": welcome.start.replace(hour=welcome.start.hour + 2),
                             "end": welcome.end.replace(hour=welcome.end.hour + 2)})
    return ChangeNotice(
        mission_ref=snap.missions[0].ref, issued_number=2,
        issued_at=datetime(2022, 5, 1, 12, 0, tzinfo=UTC),
        changes=(
            ItemChange("moved", "w-welcome", welcome, moved),
            ItemChange("new", "w-yokohama", None, items["w-yokohama"]),
            ItemChange("cancelled", "w-flight", items["w-flight"], None),
            ItemChange("changed", "w-internal", items["w-internal"], items["w-internal"]),
        ))


def test_change_notice_for_guests_leaves_out_internal_items(tmp_path):
    snap = world_snapshot()
    path = tmp_path / "notice.pdf"
    change_notice_pdf(_notice(snap), snap, path, "en")
    text = check_pdf(path, tmp_path, [
        "Change notice", "World delegations at Floriade", "moved", "Welcome at City Hall",
        "09:30–10:30", "11:30–12:30", "Meeting the deputy mayor", "new", "cancelled",
        "Flight Amsterdam → Tokyo", "version 2", "May 1, 2022"])
    assert squeezed("Pre-briefing hosts") not in squeezed(text)


def test_change_notice_internal_and_in_dutch(tmp_path):
    snap = world_snapshot()
    path = tmp_path / "notice-nl.pdf"
    change_notice_pdf(_notice(snap), snap, path, "nl", audience="internal")
    check_pdf(path, tmp_path, ["Wijzigingsbericht", "verplaatst", "Pre-briefing hosts",
                               "INTERN", "Ontvangst"])


def test_change_notice_without_changes(tmp_path):
    snap = world_snapshot()
    path = tmp_path / "none.pdf"
    notice = ChangeNotice(snap.missions[0].ref, 1, datetime(2022, 5, 1, tzinfo=UTC), ())
    change_notice_pdf(notice, Snapshot(snap.missions, snap.persons, snap.venues), path, "en")
    assert "There are no changes" in text_of(path)
