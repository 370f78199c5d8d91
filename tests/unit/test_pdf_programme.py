"""The visitor programme from constructed data: held-out names, time zones, robustness."""

from __future__ import annotations

import pytest

from almere_missions.documents.programme import programme_document, programme_story
from tests.pdfcheck import (
    WORLD_NAMES,
    check_pdf,
    page_count,
    squeezed,
    text_of,
    world_snapshot,
)


def build(snap, path, lang="en", audience="guest"):
    mission = snap.missions[0]
    doc = programme_document(path, mission, lang, audience)
    doc.add(programme_story(mission, snap, lang, audience))
    return doc.build()


def test_guest_programme_prints_every_name_in_its_script(tmp_path):
    path = tmp_path / "guest.pdf"
    build(world_snapshot(), path)
    text = check_pdf(path, tmp_path, WORLD_NAMES + [
        "World delegations at Floriade", "フロリアードの世界代表団", "플로리아드 세계 대표단",
        "Welcome at City Hall", "Almere City Hall", "Visitor programme",
        "Network of Expo Cities — 世博城市网络 — 세계박람회 도시 네트워크", "112"])
    flat = squeezed(text)
    assert squeezed("Pre-briefing hosts") not in flat  # internal item
    assert squeezed("Cancelled harbour tour") not in flat
    assert squeezed("Protocol gift") not in flat  # internal note
    assert "INTERNAL" not in text
    pages = page_count(path)
    assert f"page {pages} of {pages}" in text and "page 1 of" in text


def test_internal_version_adds_internal_items_and_notes(tmp_path):
    path = tmp_path / "internal.pdf"
    build(world_snapshot(), path, lang="nl", audience="internal")
    text = check_pdf(path, tmp_path, ["Pre-briefing hosts", "Cancelled harbour tour",
                                      "Protocol gift: Almere atlas", "INTERN",
                                      "Wereldwijde delegaties op de Floriade", "Stadhuis Almere"])
    assert "pagina 1 van" in text


def test_times_in_each_place_with_the_zone_where_it_differs(tmp_path):
    path = tmp_path / "zones.pdf"
    build(world_snapshot(), path)
    text = text_of(path)
    # The flight leaves Schiphol at 11:00 and lands in Tokyo at 06:10 local time next day.
    assert "11:00 – 06:10 JST (+1)" in text
    # The meeting in Yokohama is in Tokyo time, marked as such.
    assert "14:00 JST – 15:30 JST" in text
    # Amsterdam items carry no zone: it is the mission's own.
    assert "09:30–10:30" in text and "CEST –" not in text
    assert "Tokyo" in text or "Yokohama City Hall" in text
    # The all-day item appears on each of its days.
    assert text.count("Floriade days") == 2


def test_day_titles_and_labels_in_dutch(tmp_path):
    path = tmp_path / "nl.pdf"
    build(world_snapshot(), path, lang="nl")
    text = text_of(path)
    assert "Dinsdag 10 mei 2022" in text
    assert "hele dag" in text and "Bezoekersprogramma" in text


def test_programme_in_the_guests_language_falls_back_to_english(tmp_path):
    path = tmp_path / "ja.pdf"
    build(world_snapshot(), path, lang="ja")
    text = check_pdf(path, tmp_path, ["フロリアードの世界代表団", "副市長との会談",
                                      "Welcome at City Hall"])
    assert "2022年5月10日" in text


def test_description_longer_than_a_page_flows_and_long_texts_wrap(tmp_path):
    path = tmp_path / "long.pdf"
    pages = build(world_snapshot(description_words=1500), path)
    assert pages >= 5
    check_pdf(path, tmp_path, ["6-50-10 Honchō", "Meeting the deputy mayor",
                               "Łukasz Żółkiewski-Wiśniewski"])


def test_empty_programme_is_a_sensible_document(tmp_path):
    from almere_missions.views import Snapshot

    snap = world_snapshot(items=())
    mission = snap.missions[0]
    empty = type(mission)(**{**{f: getattr(mission, f) for f in mission.__dataclass_fields__},
                             "participants": (), "counterpart": None})
    path = tmp_path / "empty.pdf"
    build(Snapshot(missions=[empty]), path)
    text = check_pdf(path, tmp_path, ["World delegations at Floriade",
                                      "The programme is still being prepared",
                                      "The names will follow", "Contact", "112"])
    assert squeezed("warmly welcome you to our city") in squeezed(text)


def test_editable_welcome_text_replaces_the_default(tmp_path):
    snap = world_snapshot()
    m = snap.missions[0]
    snap.missions[0] = type(m)(**{**{f: getattr(m, f) for f in m.__dataclass_fields__},
                                  "welcome": {"en": "Dear guests,\n\nwelkom 欢迎 환영합니다."}})
    path = tmp_path / "welcome.pdf"
    build(snap, path)
    text = check_pdf(path, tmp_path, ["Dear guests,", "welkom 欢迎 환영합니다."])
    assert "warmly welcome" not in text


@pytest.mark.parametrize("lang,audience", [("xx yy", "guest"), ("en", "press")])
def test_bad_request_is_refused_naming_the_field(lang, audience):
    from almere_missions.documents.common import check_request
    from almere_missions.errors import InvalidInput

    with pytest.raises(InvalidInput) as err:
        check_request(lang, audience)
    assert err.value.field in ("lang", "audience")


def test_outgoing_mission_speaks_of_the_journey(tmp_path):
    snap = world_snapshot()
    m = snap.missions[0]
    snap.missions[0] = type(m)(**{**{f: getattr(m, f) for f in m.__dataclass_fields__},
                                  "direction": "outgoing", "cities": ("Yokohama", "Seoul"),
                                  "counterpart": None})
    path = tmp_path / "out.pdf"
    build(snap, path, lang="nl")
    text = check_pdf(path, tmp_path, ["missie naar Yokohama, Seoul", "Øystein Ødegård"])
    assert "heten wij" not in text
