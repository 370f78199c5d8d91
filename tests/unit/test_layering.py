"""The front ends call only the application layer (``almere_missions.app``).

Every module of the desktop program (``ui/``) and of the command line
(``almere_missions/cli/``) is read with ``ast``: none may import the database
(``almere_missions.db`` and its modules), the services (``almere_missions.services``
and its modules) or the unit of work (``almere_missions.uow``), nor reach for a
``.session``. Imports inside functions count as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FRONT_ENDS = (ROOT / "ui", ROOT / "almere_missions" / "cli")
FORBIDDEN = ("almere_missions.db", "almere_missions.services", "almere_missions.uow")



def _forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def offences(path: Path, root: Path = ROOT) -> list[str]:
    """``file:line: what`` for each forbidden import or ``.session`` in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(root).as_posix()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"{where}:{node.lineno}: import {a.name}" for a in node.names
                      if _forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from almere_missions import db" names the package in the imported names
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(_forbidden(n) for n in names):
                found.append(f"{where}:{node.lineno}: from {node.module} import "
                             + ", ".join(a.name for a in node.names))
        elif isinstance(node, ast.Attribute) and node.attr == "session":
            found.append(f"{where}:{node.lineno}: .session")
    return sorted(found, key=lambda s: int(s.split(":")[1]))


def _modules() -> list[Path]:
    return sorted(p for base in FRONT_ENDS for p in base.rglob("*.py"))


def test_the_front_ends_call_only_the_application_layer():
    bad = [o for p in _modules() for o in offences(p)]
    print("\n".join(bad))
    assert not bad, "the front ends reach past almere_missions.app:\n" + "\n".join(bad)


@pytest.mark.parametrize("source, expected", [
    ("from almere_missions.db import Database", 1),
    ("from almere_missions.db.models import Mission", 1),
    ("import almere_missions.services.editing as e", 1),
    ("from almere_missions import uow", 1),
    ("def f(u):\n    from almere_missions.uow import UnitOfWork\n    return u.session", 2),
    ("from almere_missions.app import missions\nfrom almere_missions.dbtools import x", 0),
    ("session = 1\nsession_of(session)", 0),
])
def test_the_check_finds_what_it_should(tmp_path, source, expected):
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    found = offences(path, tmp_path)
    assert len(found) == expected, found
    assert all(f.startswith("probe.py:") for f in found)
