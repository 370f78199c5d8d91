"""The one door to the security check's results.

The security part offers ``almere_missions.security.status.security_status``
and ``blocking_reasons``; they are imported here, lazily, so the approval
workflow works (and says "no security check recorded") in an installation
without that part, and tests can replace these functions.
"""

from __future__ import annotations

from almere_missions.uow import UnitOfWork
from almere_missions.views import SecurityStatus


def _security_module():
    try:
        from almere_missions.security import status
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("almere_missions.security"):
            return None
        raise
    return status


def security_status(uow: UnitOfWork, ref: str) -> SecurityStatus | None:
    """The mission's security status, or None when no security part is installed."""
    module = _security_module()
    return None if module is None else module.security_status(uow, ref)


def blocking_reasons(status: SecurityStatus) -> list[str]:
    """Why the sanctions screening stops submission and approval (empty: it does not)."""
    module = _security_module()
    if module is not None and hasattr(module, "blocking_reasons"):
        return list(module.blocking_reasons(status))
    reasons = []
    if status.open_hits:
        reasons.append(f"{status.open_hits} sanctions hit(s) wait for a decision by the "
                       "security advisor")
    if status.confirmed_hits:
        reasons.append(f"{status.confirmed_hits} confirmed sanctions hit(s): take the person "
                       "or counterpart off the mission")
    return reasons
