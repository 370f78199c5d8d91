"""Where the parts of the product plug into the core's shared mechanisms.

Listed by dotted path so the core stays free of import cycles and each part
is named once, in one place.
"""

from __future__ import annotations

import importlib
from functools import cache

#: called as ``hook(uow)`` just before a unit of work commits, inside its transaction
COMMIT_HOOKS: list[str] = []

#: called as ``provider(uow, mission_refs) -> {ref: {key: value}}``; the export writes
#: the result read-only under each mission's "record"
RECORD_PROVIDERS: list[str] = []


@cache
def resolve(path: str):
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def commit_hooks():
    return [resolve(p) for p in COMMIT_HOOKS]


def record_providers():
    return [resolve(p) for p in RECORD_PROVIDERS]
