"""Every file the product writes goes through fileio's atomic write: no half files after a crash."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "almere_missions"
ALLOWED = {CORE / "fileio.py"}


def _direct_writes(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in ("write_text", "write_bytes"):
            found.append(f"{path.name}:{node.lineno} .{f.attr}()")
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        if name in ("open", "fdopen"):
            mode = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "mode"), None)
            if isinstance(mode, ast.Constant) and any(c in str(mode.value) for c in "wax+"):
                found.append(f"{path.name}:{node.lineno} {name}(..., {mode.value!r})")
    return found


def test_no_module_writes_a_file_in_place():
    offenders = [w for p in sorted(CORE.rglob("*.py")) if p not in ALLOWED
                 and "migrations" not in p.parts for w in _direct_writes(p)]
    assert offenders == [], "write through almere_missions.fileio.atomic_write_bytes"


def test_the_check_finds_a_direct_write(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from pathlib import Path\nPath('x').write_text('y')\nopen('z', 'w')\n")
    assert len(_direct_writes(bad)) == 2
