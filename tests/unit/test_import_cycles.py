"""The core's modules import each other without a circle.

The graph is read from the source (AST), not by importing: an edge for every import at
module level (also inside a top-level ``if``/``try``, ``if TYPE_CHECKING`` included: a
circle of types is a circle too), and one to each package above the imported module
that is not above the importer too (Python runs a package's ``__init__`` first). Imports
inside functions are left out: they run once the modules are loaded.
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "almere_missions"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _module_level_imports(body: list[ast.stmt]):
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            yield from _module_level_imports(node.body)
            yield from _module_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, *(h.body for h in node.handlers), node.orelse,
                          node.finalbody):
                yield from _module_level_imports(block)


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of the package it imports at module level."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in _module_level_imports(tree.body):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor[:len(anchor) - node.level + (1 if is_package else 0)]
                    base = ".".join([*anchor, *([base] if base else [])])
                # ``from pkg import mod`` imports the submodule; ``from mod import name`` the module
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                           for a in node.names]
            for target in targets:
                parts = target.split(".")
                for n in range(2, len(parts) + 1):
                    module = ".".join(parts[:n])
                    above_importer = name.startswith(module + ".") or module == name
                    if module in modules and not above_importer:
                        graph[name].add(module)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle graphlib finds, breaking each found at one edge to look for the next."""
    graph = {k: set(v) for k, v in graph.items()}
    found = []
    while True:
        try:
            TopologicalSorter(graph).prepare()
        except CycleError as exc:
            cycle = exc.args[1]  # [a, b, ..., a]: each imports the one before it
            found.append(cycle)
            graph[cycle[1]].discard(cycle[0])
        else:
            return found


def test_the_graph_sees_the_imports():
    graph = import_graph()
    assert "almere_missions.uow" in graph["almere_missions.audit"]
    assert "almere_missions.audit" in graph["almere_missions.hooks"]
    assert "almere_missions.uow" in graph["almere_missions.db"]
    # importing db.models runs db/__init__.py first
    assert "almere_missions.db" in graph["almere_missions.audit"]
    # an import inside a function is not an edge
    assert "almere_missions.hooks" not in graph["almere_missions.uow"]


def test_circles_are_found():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) != []
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_module_of_the_core_imports_itself_round_a_circle():
    assert circles(import_graph()) == []
