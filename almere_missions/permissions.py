"""Who may do what: the roles and, per action, the roles that may take it.

Every use case in ``almere_missions.app`` calls :func:`require` with its action
before it reads or writes anything, so no front end can forget a check; the
desktop program asks :func:`allowed` only to enable or explain its buttons.
``admin`` is not a wildcard: an administrator who plans missions is an officer too.
"""

from __future__ import annotations

from sqlalchemy import select

from almere_missions.errors import PermissionDenied

ROLES = ("officer", "approver", "mayor", "security", "viewer", "admin")
EVERYONE = frozenset(ROLES)
#: the roles that see internal notes, internal items and security findings
INTERNAL = frozenset({"officer", "approver", "mayor", "security", "admin"})

# Actions, named for what the user does. The table below is the one place that
# says which roles may take each; the role-matrix test walks every row.
MISSION_READ = "mission.read"
MISSION_EDIT = "mission.edit"

RULES: dict[str, frozenset[str]] = {
    MISSION_READ: EVERYONE,
    MISSION_EDIT: frozenset({"officer"}),
}


def roles_of(uow, name: str | None = None) -> set[str]:
    """The roles of an active registered user (the acting one by default); empty otherwise."""
    from almere_missions.db.models import User

    u = uow.session.scalar(select(User).where(User.name == (name or uow.user)))
    return set(u.roles or ()) if u and u.active else set()


def allowed(roles: set[str] | frozenset[str], action: str) -> bool:
    return bool(RULES[action] & set(roles))


def require(uow, action: str) -> set[str]:
    """Refuse (exit 3) unless the acting user holds a role that may take ``action``."""
    held = roles_of(uow)
    if not held:
        raise PermissionDenied(f"user {uow.user!r} is not registered in this database; "
                               "an administrator can add them with `user add`")
    if not allowed(held, action):
        need = " or ".join(sorted(RULES[action]))
        raise PermissionDenied(f"user {uow.user!r} may not do this ({action}): it needs the "
                               f"role {need} (has {', '.join(sorted(held))})")
    return held


# --- security, exchange, reports, maintenance ---
# Security findings (hits, the check, the risk register) are for the INTERNAL roles;
# the public travel advice and the list versions are for everyone.
ADVICE_READ = "advice.read"
ADVICE_IMPORT = "advice.import"  # import files and fetch from the public service
SANCTIONS_READ = "sanctions.read"
SANCTIONS_IMPORT = "sanctions.import"
SCREENING_RUN = "screening.run"
SCREENING_READ = "screening.read"
SCREENING_DECIDE = "screening.decide"
SECURITY_READ = "security.read"  # the checklist, the assessment and the security status
SECURITY_ASSESS = "security.assess"
RISK_READ = "risk.read"
RISK_EDIT = "risk.edit"
EXCHANGE_IMPORT = "exchange.import"
EXCHANGE_EXPORT = "exchange.export"  # the file holds internal notes and personal data
REPORT_READ = "report.read"
DATABASE_BACKUP = "database.backup"
DATABASE_RESTORE = "database.restore"
PRIVACY_PURGE = "privacy.purge"
PRIVACY_EXPORT = "privacy.export"
PRIVACY_ERASE = "privacy.erase"
USER_LIST = "user.list"
USER_MANAGE = "user.manage"

RULES.update({
    ADVICE_READ: EVERYONE,
    ADVICE_IMPORT: frozenset({"security", "officer"}),
    SANCTIONS_READ: EVERYONE,
    SANCTIONS_IMPORT: frozenset({"security", "officer"}),
    SCREENING_RUN: frozenset({"security", "officer"}),
    SCREENING_READ: INTERNAL,
    SCREENING_DECIDE: frozenset({"security"}),
    SECURITY_READ: INTERNAL,
    SECURITY_ASSESS: frozenset({"security"}),
    RISK_READ: INTERNAL,
    RISK_EDIT: frozenset({"security"}),
    EXCHANGE_IMPORT: frozenset({"officer"}),
    EXCHANGE_EXPORT: INTERNAL,
    REPORT_READ: EVERYONE,
    DATABASE_BACKUP: frozenset({"admin"}),
    DATABASE_RESTORE: frozenset({"admin"}),
    PRIVACY_PURGE: frozenset({"admin"}),
    PRIVACY_EXPORT: frozenset({"admin", "officer"}),
    PRIVACY_ERASE: frozenset({"admin"}),
    USER_LIST: EVERYONE,
    USER_MANAGE: frozenset({"admin"}),
})
