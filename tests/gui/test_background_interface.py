"""The desktop program has one way to run long work: only the background interface
(``ui.tasks`` for threads, ``ui.jobs`` for processes) starts threads or processes."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
BACKGROUND = {"ui/tasks.py", "ui/jobs.py"}
MODULES = {"threading", "_thread", "multiprocessing", "concurrent", "subprocess", "asyncio"}
NAMES = {"QThread", "QThreadPool", "QRunnable", "QProcess", "ProcessPoolExecutor",
         "ThreadPoolExecutor", "Thread", "Process", "Popen", "Operation", "QtConcurrent"}


def starters(path: Path) -> list[str]:
    """What in ``path`` can start a thread or a process: imports of the modules that do,
    and uses of the names above."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names
                      if a.name.split(".")[0] in MODULES]
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if mod.split(".")[0] in MODULES:
                found.append(f"from {mod} import …")
            found += [f"from {mod} import {a.name}" for a in node.names if a.name in NAMES]
        elif isinstance(node, ast.Name) and node.id in NAMES:
            found.append(node.id)
        elif isinstance(node, ast.Attribute) and node.attr in NAMES:
            found.append(f"….{node.attr}")
    return found


def test_only_the_background_interface_starts_threads_or_processes():
    where = {}
    for path in sorted(UI.rglob("*.py")):
        hits = starters(path)
        if hits:
            where[str(path.relative_to(UI.parent))] = sorted(set(hits))
    assert set(where) == BACKGROUND, where


def test_the_check_finds_what_it_looks_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import subprocess\nfrom PySide6.QtCore import QThreadPool\n"
                      "from concurrent.futures import ProcessPoolExecutor\n"
                      "x = Operation(lambda p: 1)\n", encoding="utf-8")
    assert {"import subprocess", "from PySide6.QtCore import QThreadPool",
            "from concurrent.futures import …", "Operation"} <= set(starters(sample))


def test_no_module_of_the_desktop_program_touches_the_orm():
    """The screens call the application layer only: no models, no sessions of their own."""
    bad = {}
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "almere_missions.db.models"):
                bad.setdefault(str(path), []).append(node.module)
            elif isinstance(node, ast.Attribute) and node.attr == "session" and isinstance(
                    node.value, ast.Name) and node.value.id == "uow":
                bad.setdefault(str(path), []).append("uow.session")
    assert bad == {}
