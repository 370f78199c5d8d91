"""Planning settings: travel modes by distance, and refusal of a broken settings file."""

from __future__ import annotations

import json

import pytest

from almere_missions.errors import InvalidInput
from almere_missions.planning import settings
from almere_missions.planning.geo import distance_km


def test_shipped_settings_and_modes():
    cfg = settings.load()
    assert cfg.mode_for(0.5).mode == "walk"
    assert cfg.mode_for(35).mode == "car"
    assert cfg.mode_for(9000).mode == "air"
    assert cfg.travel_minutes(0.1) == 0  # same place
    # Almere City Hall to Schiphol, about 31 km: some three quarters of an hour by car
    km = distance_km(52.3708, 5.2189, 52.3105, 4.7683)
    assert 30 < km < 33
    assert 45 < cfg.travel_minutes(km) < 60
    assert (cfg.work_start.isoformat(), cfg.work_end.isoformat()) == ("09:00:00", "17:30:00")


def test_broken_settings_are_refused(tmp_path):
    path = tmp_path / "settings.json"
    doc = json.loads(settings.DEFAULT.read_text(encoding="utf-8"))
    doc["night"]["from"] = "late"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidInput, match="night.from"):
        settings.load(str(path))
    del doc["travel"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidInput, match="travel"):
        settings.load(str(path))  # a refusal is not cached
