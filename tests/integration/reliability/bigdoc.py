"""A large exchange document for the crash and load tests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import EXAMPLE


def large_document(n_missions: int) -> dict:
    """The demo generator's scaled season when it is there; else the example, repeated."""
    try:
        from almere_missions.demo.generator import scaled_document
    except ImportError:
        scaled_document = None
    if scaled_document is not None:
        return scaled_document(n_missions)
    base = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    template = base["missions"][0]
    missions = []
    for n in range(n_missions):
        day = date(2022, 4, 14) + timedelta(days=n % 170)
        m = json.loads(json.dumps(template))
        m["ref"] = f"BIG-{n:05d}"
        m["start"] = m["end"] = day.isoformat()
        for k, item in enumerate(m["programme"]):
            item["ref"] = f"big-{n:05d}-{k}"
            if item.get("all_day"):
                item["start"] = item["end"] = day.isoformat()
            else:
                item["start"] = f"{day.isoformat()}T{item['start'][11:]}"
                item["end"] = f"{day.isoformat()}T{item['end'][11:]}"
        missions.append(m)
    return {**base, "missions": missions}


def write_large_document(path: Path, n_missions: int) -> Path:
    path.write_text(json.dumps(large_document(n_missions), ensure_ascii=False), encoding="utf-8")
    return path
