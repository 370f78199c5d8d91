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
#: those who decide on a mission, or prepare and check it: they read the approval file,
#: with its screening hits, state-actor risk and the travellers' other trips
DECIDERS = frozenset({"officer", "approver", "mayor", "security"})
OFFICER = frozenset({"officer"})
ADMIN = frozenset({"admin"})

#: a document or calendar is written for the mission's guests or for its hosts
AUDIENCES = ("guest", "internal")

# Actions, named for what the user does. The table below is the one place that
# says which roles may take each; the role-matrix test walks every row.
MISSION_READ = "mission.read"
MISSION_EDIT = "mission.edit"  # fields, participants, costs, persons, venues, the programme
PROGRAMME_ISSUE = "programme.issue"
TEMPLATE_EDIT = "template.edit"  # save a mission's programme as a template, delete one
BUSY_IMPORT = "busy.import"  # a person's agenda as busy blocks, and clearing it
PLANNING_READ = "planning.read"  # clash checks, free slots, templates, changes since issued
DOCUMENT_GUEST = "document.guest"  # programme, badges, season book, change notice for guests
DOCUMENT_INTERNAL = "document.internal"  # the hosts' versions, and the delegation list
CALENDAR_GUEST = "calendar.guest"
CALENDAR_INTERNAL = "calendar.internal"
CALENDAR_PUBLISH = "calendar.publish"  # to a CalDAV server, internal or guest
APPROVAL_READ = "approval.read"  # the state and chain, the assessment, the changes
APPROVAL_FILE_READ = "approval.file"
APPROVAL_ASSESS = "approval.assess"
APPROVAL_SUBMIT = "approval.submit"  # submit, cancel and complete
#: approve, reject, send back: open to every registered user here, because the step's
#: role decides, or a delegation of it to any user (approval.workflow checks the step)
APPROVAL_DECIDE = "approval.decide"
DELEGATION_READ = "delegation.read"
#: hand one's own authority on (approval.delegation checks that the role delegated is
#: held); an administrator does it for others (DELEGATION_EDIT)
DELEGATION_GRANT = "delegation.grant"
#: end a delegation: its principal, or an administrator (approval.delegation checks which)
DELEGATION_REVOKE = "delegation.revoke"
DELEGATION_EDIT = "delegation.edit"
AUDIT_READ = "audit.read"

RULES: dict[str, frozenset[str]] = {
    MISSION_READ: EVERYONE,
    MISSION_EDIT: OFFICER,
    PROGRAMME_ISSUE: OFFICER,
    TEMPLATE_EDIT: OFFICER,
    BUSY_IMPORT: OFFICER,
    PLANNING_READ: EVERYONE,
    DOCUMENT_GUEST: EVERYONE,
    DOCUMENT_INTERNAL: INTERNAL,
    CALENDAR_GUEST: EVERYONE,
    CALENDAR_INTERNAL: INTERNAL,
    CALENDAR_PUBLISH: INTERNAL,
    APPROVAL_READ: EVERYONE,
    APPROVAL_FILE_READ: DECIDERS,
    APPROVAL_ASSESS: OFFICER,
    APPROVAL_SUBMIT: OFFICER,
    APPROVAL_DECIDE: EVERYONE,
    DELEGATION_READ: EVERYONE,
    DELEGATION_GRANT: frozenset({"approver", "mayor", "security"}),
    DELEGATION_REVOKE: frozenset({"approver", "mayor", "security", "admin"}),
    DELEGATION_EDIT: ADMIN,
    AUDIT_READ: EVERYONE,
}


def document_action(audience: str) -> str:
    """The action of writing a document for ``audience`` (guest or internal)."""
    return DOCUMENT_INTERNAL if audience == "internal" else DOCUMENT_GUEST


def calendar_action(audience: str) -> str:
    return CALENDAR_INTERNAL if audience == "internal" else CALENDAR_GUEST


def roles_of(uow, name: str | None = None) -> set[str]:
    """The roles of an active registered user (the acting one by default); empty otherwise."""
    from almere_missions.db.models import User

    u = uow.session.scalar(select(User).where(User.name == (name or uow.user)))
    return set(u.roles or ()) if u and u.active else set()


def allowed(roles: set[str] | frozenset[str], action: str) -> bool:
    return bool(RULES[action] & set(roles))


def require(uow, action: str) -> set[str]:
    """Refuse (exit 3) unless the acting user holds a role that may take ``action``."""
    return require_roles(uow, RULES[action], action)


def require_roles(uow, roles, action: str | None = None) -> set[str]:
    """Refuse unless the acting user holds one of ``roles``; the message names them."""
    held = roles_of(uow)
    if not held:
        raise PermissionDenied(f"user {uow.user!r} is not registered in this database; "
                               "an administrator can add them with `user add`")
    if not held.intersection(roles):
        need = " or ".join(r for r in ROLES if r in roles)
        what = f" ({action})" if action else ""
        raise PermissionDenied(f"user {uow.user!r} needs the role {need} for this{what} "
                               f"(has {', '.join(sorted(held))})")
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

# --- relations: partners, follow-up, gifts ---
# The city's partners and agreements are public, as is the gift register in its public form
# and the transparency list; contacts, notes, follow-ups, the activity agenda, a partner's
# history and the full gift register (personal data) are for the INTERNAL roles. Officers
# record; what the city does with a gift received is decided by the mayor or an approver,
# never by the officer who recorded it alone.
PARTNER_READ = "partner.read"  # viewers: without contacts and notes
PARTNER_EDIT = "partner.edit"
RELATION_HISTORY = "relation.history"
FOLLOWUP_READ = "followup.read"
FOLLOWUP_EDIT = "followup.edit"
AGENDA_READ = "agenda.read"
GIFT_READ = "gift.read"
GIFT_EDIT = "gift.edit"
GIFT_DECIDE = "gift.decide"
GIFT_REGISTER = "gift.register"  # the public register

RULES.update({
    PARTNER_READ: EVERYONE,
    PARTNER_EDIT: frozenset({"officer"}),
    RELATION_HISTORY: INTERNAL,
    FOLLOWUP_READ: INTERNAL,
    FOLLOWUP_EDIT: frozenset({"officer"}),
    AGENDA_READ: INTERNAL,
    GIFT_READ: INTERNAL,
    GIFT_EDIT: frozenset({"officer"}),
    GIFT_DECIDE: frozenset({"mayor", "approver"}),
    GIFT_REGISTER: EVERYONE,
})

# --- visit logistics and invitations ---
# Rooms, rides and interpreters are internal planning; the needs are personal data, so
# reading them is for those who plan the visit (the caterer's sheet carries only counts).
LOGISTICS_READ = "logistics.read"
LOGISTICS_EDIT = "logistics.edit"
NEEDS_READ = "needs.read"
NEEDS_EDIT = "needs.edit"
INVITATION_SEND = "invitation.send"
INVITATION_REPLY = "invitation.reply"  # record a reply by hand or from an iMIP REPLY file

RULES.update({
    LOGISTICS_READ: INTERNAL,
    LOGISTICS_EDIT: frozenset({"officer"}),
    NEEDS_READ: frozenset({"officer", "admin"}),
    NEEDS_EDIT: frozenset({"officer"}),
    INVITATION_SEND: frozenset({"officer"}),
    INVITATION_REPLY: frozenset({"officer"}),
})
