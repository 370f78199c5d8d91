"""Policy frameworks: the principles, themes and goals missions are assessed against.

One source: the JSON files in ``resources/policy/`` are loaded into the
database as versioned frameworks. A coalition change brings a new file with a
new code; an assessment keeps pointing at the framework it was made under.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from almere_missions.db.models import PolicyEntry, PolicyFramework
from almere_missions.paths import RESOURCES
from almere_missions.text import Text, pick

POLICY_DIR = RESOURCES / "policy"
#: the list keys of a framework file and the entry kind each holds
KINDS = {
    "principles": "principle",
    "goals": "goal",
    "themes": "theme",
    "partner_cities": "partner_city",
    "networks": "network",
    "departments": "department",
    "checklist_items": "checklist_item",
}


@dataclass(frozen=True)
class Entry:
    kind: str
    code: str
    name: Text
    text: Text | None = None
    parent: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str = "en") -> str:
        return pick(self.name, lang)


@dataclass(frozen=True)
class Framework:
    id: int
    code: str
    title: Text
    valid_from: date
    valid_to: date | None
    entries: tuple[Entry, ...]

    def of(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    def codes(self, kind: str) -> set[str]:
        return {e.code for e in self.entries if e.kind == kind}

    def get(self, kind: str, code: str) -> Entry | None:
        return next((e for e in self.entries if e.kind == kind and e.code == code), None)


def framework_files() -> list[Path]:
    return sorted(POLICY_DIR.glob("*.json"))


def load_reference_data(session: Session) -> list[str]:
    """Load or refresh every framework file; returns the codes that changed."""
    changed = []
    for path in framework_files():
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        doc = json.loads(raw)
        fw = session.scalar(select(PolicyFramework).where(PolicyFramework.code == doc["code"]))
        if fw is not None and fw.content_sha256 == digest:
            continue
        if fw is None:
            fw = PolicyFramework(code=doc["code"])
            session.add(fw)
        fw.title = doc["title"]
        fw.valid_from = date.fromisoformat(doc["valid_from"])
        fw.valid_to = date.fromisoformat(doc["valid_to"]) if doc.get("valid_to") else None
        fw.source = doc.get("source", "")
        fw.content_sha256 = digest
        existing = {(e.kind, e.code): e for e in fw.entries}
        position = 0
        for key, kind in KINDS.items():
            for raw_entry in doc.get(key, []):
                position += 1
                entry = existing.pop((kind, raw_entry["code"]), None)
                if entry is None:
                    entry = PolicyEntry(kind=kind, code=raw_entry["code"])
                    fw.entries.append(entry)
                entry.position = position
                entry.name = raw_entry["name"]
                entry.text = raw_entry.get("text")
                entry.parent_code = raw_entry.get("parent")
                entry.data = {k: v for k, v in raw_entry.items()
                              if k not in ("code", "name", "text", "parent")}
        # Codes keep their meaning: entries dropped from a file stay, marked retired.
        for entry in existing.values():
            entry.data = {**entry.data, "retired": True}
        changed.append(doc["code"])
    session.flush()
    return changed


def _to_plain(fw: PolicyFramework) -> Framework:
    return Framework(
        id=fw.id, code=fw.code, title=fw.title, valid_from=fw.valid_from, valid_to=fw.valid_to,
        entries=tuple(
            Entry(kind=e.kind, code=e.code, name=e.name, text=e.text, parent=e.parent_code,
                  data=dict(e.data or {}))
            for e in fw.entries
        ),
    )


def frameworks(session: Session) -> list[Framework]:
    rows = session.scalars(
        select(PolicyFramework).options(selectinload(PolicyFramework.entries))
        .order_by(PolicyFramework.valid_from)
    ).all()
    return [_to_plain(fw) for fw in rows]


def framework_in_force(session: Session, on: date | None = None) -> Framework | None:
    """The framework valid on a date (the newest one when none covers it)."""
    all_fw = frameworks(session)
    if not all_fw:
        return None
    if on is not None:
        covering = [f for f in all_fw
                    if f.valid_from <= on and (f.valid_to is None or on <= f.valid_to)]
        if covering:
            return covering[-1]
    return all_fw[-1]


def all_codes(session: Session, kind: str) -> set[str]:
    """Every code of a kind in any framework: what the exchange format may name."""
    rows = session.execute(select(PolicyEntry.code).where(PolicyEntry.kind == kind))
    return {r[0] for r in rows}
