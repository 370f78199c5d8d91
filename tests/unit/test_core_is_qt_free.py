"""The core never imports Qt: importing every module of almere_missions leaves PySide6 out."""

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import almere_missions
failed = []
for m in pkgutil.walk_packages(almere_missions.__path__, "almere_missions."):
    if m.name == "almere_missions.db.migrations.env":  # run by Alembic, not imported
        continue
    try:
        importlib.import_module(m.name)
    except Exception as exc:
        failed.append(f"{m.name}: {exc!r}")
leaks = sorted(k for k in sys.modules if k.startswith("PySide6") or k.startswith("shiboken"))
print("FAILED", failed)
print("LEAKS", leaks)
"""


def test_importing_every_core_module_leaves_pyside6_unimported():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert "LEAKS []" in out.stdout, out.stdout
    assert "FAILED []" in out.stdout, out.stdout
