"""Where the parts of the product plug into the core's shared mechanisms.

The core's unit of work and the export read these lists; each part's function
is named once, here.
"""

from __future__ import annotations

from almere_missions.approval.binding import check_material_changes
from almere_missions.approval.record import approval_record
from almere_missions.audit import write_entries

#: called as ``hook(uow)`` just before a unit of work commits, inside its transaction, in
#: this order: a material change after approval reopens it (and records changes of its own),
#: then the audit trail turns every recorded change into an entry, so it comes last
COMMIT_HOOKS = (check_material_changes, write_entries)

#: called as ``provider(uow, mission_refs) -> {ref: {key: value}}``; the export writes
#: the result read-only under each mission's "record"
RECORD_PROVIDERS = (approval_record,)
