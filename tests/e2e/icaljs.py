"""Run ical.js (Thunderbird's parser, under Node) over a calendar file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

JS = Path(__file__).resolve().parent / "js"


def require_icaljs() -> str:
    node = shutil.which("node")
    ready = node and (JS / "node_modules" / "ical.js").is_dir()
    if not ready:
        msg = "ical.js is not installed: run `npm ci` in tests/e2e/js (scripts/setup.sh --tests)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return node


def parse(path: Path) -> dict:
    """``{"calendar": {...}, "events": [{"uid", "start", "end", "date", ...}]}``."""
    node = require_icaljs()
    done = subprocess.run([node, str(JS / "instants.mjs"), str(path)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
