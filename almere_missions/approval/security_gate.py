"""The one door to the security check's results.

The security part offers ``almere_missions.security.status.security_status``;
it is imported here, lazily, so the approval workflow works (and says "no
security check recorded") in an installation without it, and tests can
replace this single function.
"""

from __future__ import annotations

from almere_missions.uow import UnitOfWork
from almere_missions.views import SecurityStatus


def security_status(uow: UnitOfWork, ref: str) -> SecurityStatus | None:
    """The mission's security status, or None when no security part is installed."""
    try:
        from almere_missions.security.status import security_status as provider
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("almere_missions.security"):
            return None
        raise
    return provider(uow, ref)
