"""The logistics command line goes through the application layer only: no model, no
session, no unit of work of its own (so every command gets the use cases' checks)."""

from __future__ import annotations

import ast
from pathlib import Path

import almere_missions.cli.commands.logistics as module

FORBIDDEN = ("almere_missions.db", "almere_missions.uow", "almere_missions.demo",
             "almere_missions.logistics", "almere_missions.documents", "sqlalchemy")


def test_the_logistics_commands_import_only_the_application_layer():
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    # the SMTP settings are a value the invitation use case takes, not a way round it
    bad = sorted(m for m in imported if m.startswith(FORBIDDEN)
                 and m != "almere_missions.logistics.smtp")
    assert not bad, bad
    assert "almere_missions.app" in imported or "almere_missions.app.logistics" in imported


def test_the_logistics_commands_open_no_unit_of_work():
    text = Path(module.__file__).read_text(encoding="utf-8")
    for said in ("ctx.uow(", ".session", "uow."):
        assert said not in text, said
