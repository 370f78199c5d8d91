"""Words for the codes of the core (directions, statuses, roles, item kinds), translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_WORDS = {
    "incoming": QT_TRANSLATE_NOOP("Labels", "Incoming"),
    "outgoing": QT_TRANSLATE_NOOP("Labels", "Outgoing"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "sent_back": QT_TRANSLATE_NOOP("Labels", "Sent back"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "delegation_leader": QT_TRANSLATE_NOOP("Labels", "Delegation leader"),
    "delegation_member": QT_TRANSLATE_NOOP("Labels", "Delegation member"),
    "host": QT_TRANSLATE_NOOP("Labels", "Host"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    "interpreter": QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    "guide": QT_TRANSLATE_NOOP("Labels", "Guide"),
    "driver": QT_TRANSLATE_NOOP("Labels", "Driver"),
    "security": QT_TRANSLATE_NOOP("Labels", "Security"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "meal": QT_TRANSLATE_NOOP("Labels", "Meal"),
    "reception": QT_TRANSLATE_NOOP("Labels", "Reception"),
    "travel": QT_TRANSLATE_NOOP("Labels", "Travel"),
    "transfer": QT_TRANSLATE_NOOP("Labels", "Transfer"),
    "free": QT_TRANSLATE_NOOP("Labels", "Free time"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "tentative": QT_TRANSLATE_NOOP("Labels", "Tentative"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "error": QT_TRANSLATE_NOOP("Labels", "Error"),
    "warning": QT_TRANSLATE_NOOP("Labels", "Warning"),
    "info": QT_TRANSLATE_NOOP("Labels", "Note"),
    # the relations registers
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "network": QT_TRANSLATE_NOOP("Labels", "Network"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "institution": QT_TRANSLATE_NOOP("Labels", "Institution"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "twinning": QT_TRANSLATE_NOOP("Labels", "Twinning"),
    "mou": QT_TRANSLATE_NOOP("Labels", "MoU"),
    "network_membership": QT_TRANSLATE_NOOP("Labels", "Network membership"),
    "project_consortium": QT_TRANSLATE_NOOP("Labels", "Project consortium"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "dormant": QT_TRANSLATE_NOOP("Labels", "Dormant"),
    "ended": QT_TRANSLATE_NOOP("Labels", "Ended"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "given": QT_TRANSLATE_NOOP("Labels", "Given"),
    "kept_by_city": QT_TRANSLATE_NOOP("Labels", "Kept by the city"),
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "agreement": QT_TRANSLATE_NOOP("Labels", "Agreement"),
    "agreement_end": QT_TRANSLATE_NOOP("Labels", "Agreement ends"),
    "mission": QT_TRANSLATE_NOOP("Labels", "Mission"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Outcome"),
    "followup": QT_TRANSLATE_NOOP("Labels", "Follow-up action"),
    "gift": QT_TRANSLATE_NOOP("Labels", "Gift"),
}


def label(code: str | None) -> str:
    if not code:
        return ""
    source = _WORDS.get(code)
    if source is None:
        return code.replace("_", " ")
    return QCoreApplication.translate("Labels", source)
