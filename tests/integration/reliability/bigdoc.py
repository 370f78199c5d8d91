"""A large exchange document for the crash and load tests."""

from __future__ import annotations

import json
from pathlib import Path

from almere_missions.demo.generator import scaled_document


def large_document(n_missions: int) -> dict:
    """The demo generator's season scaled to ``n_missions``."""
    return scaled_document(n_missions)


def write_large_document(path: Path, n_missions: int) -> Path:
    path.write_text(json.dumps(large_document(n_missions), ensure_ascii=False), encoding="utf-8")
    return path
