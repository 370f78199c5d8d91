"""Where the parts of the product plug into the core's shared mechanisms.

Listed by dotted path so the core stays free of import cycles and each part
is named once, in one place.
"""

from __future__ import annotations

import importlib
from functools import cache

#: called as ``hook(uow)`` just before a unit of work commits, inside its transaction
COMMIT_HOOKS: list[str] = [
    # a material change after approval reopens it (records changes of its own) ...
    "almere_missions.approval.binding:check_material_changes",
    # ... and the audit trail, which turns every recorded change into an entry, comes last
    "almere_missions.audit:write_entries",
]

#: called as ``provider(uow, mission_refs) -> {ref: {key: value}}``; the export writes
#: the result read-only under each mission's "record"
RECORD_PROVIDERS: list[str] = [
    "almere_missions.approval.record:approval_record",
]


@cache
def resolve(path: str):
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


#: the audit trail records what every other hook recorded too, so it always runs last
AUDIT_HOOK = "almere_missions.audit:write_entries"


def commit_hooks():
    return [resolve(p) for p in sorted(COMMIT_HOOKS, key=lambda p: p == AUDIT_HOOK)]


def record_providers():
    return [resolve(p) for p in RECORD_PROVIDERS]
