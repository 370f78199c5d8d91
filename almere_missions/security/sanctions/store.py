"""Sanctions list versions in the database: import once per content, keep every version."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from almere_missions.db.models_security import SanctionsEntity, SanctionsList
from almere_missions.errors import NotFound
from almere_missions.security.files import read_then_store
from almere_missions.security.matching import DEFAULT_THRESHOLD, ListedEntity, Matcher
from almere_missions.security.sanctions.readers import ListFile, read_list
from almere_missions.services import users
from almere_missions.uow import UnitOfWork

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ListVersion:
    """Provenance of one stored list version."""

    id: int
    source: str
    file_format: str
    generated: datetime
    generated_text: str
    sha256: str
    entity_count: int
    name_count: int
    file_name: str
    imported_at: datetime
    imported_by: str

    @property
    def generated_iso(self) -> str:
        """The generation instant as the file states it (offset kept), to the second."""
        try:
            return datetime.fromisoformat(
                self.generated_text.replace("Z", "+00:00")).isoformat(timespec="seconds")
        except ValueError:
            return self.generated.isoformat(timespec="seconds")

    def as_json(self) -> dict:
        return {"source": self.source, "generated": self.generated_iso, "sha256": self.sha256,
                "entities": self.entity_count}


def _view(row: SanctionsList) -> ListVersion:
    return ListVersion(row.id, row.source, row.file_format, row.generated, row.generated_text,
                       row.sha256, row.entity_count, row.name_count, row.file_name,
                       row.imported_at, row.imported_by)


def store_list(uow: UnitOfWork, data: ListFile) -> tuple[ListVersion, bool]:
    """Keep a list version (once per SHA-256); returns it and whether it is new."""
    s = uow.session
    row = s.scalar(select(SanctionsList).where(SanctionsList.sha256 == data.sha256))
    if row is not None:
        return _view(row), False
    row = SanctionsList(
        source=data.source, file_format=data.file_format, generated=data.generated,
        generated_text=data.generated_text, sha256=data.sha256, entity_count=data.entity_count,
        name_count=data.name_count, file_name=Path(data.file_name).name, imported_by=uow.user)
    s.add(row)
    uow.flush()
    rows = [{"list_id": row.id, "entity_id": e.entity_id, "kind": e.kind,
             "reference": e.reference[:64], "names": list(e.names),
             "birth_dates": list(e.birth_dates), "nationalities": list(e.nationalities),
             "programme": ""} for e in data.entities]
    for start in range(0, len(rows), 2000):
        s.execute(insert(SanctionsEntity), rows[start:start + 2000])
    uow.record("sanctions.import", "sanctions_list", f"{data.source}:{data.sha256[:12]}",
               after={"source": data.source, "format": data.file_format,
                      "generated": data.generated_text, "sha256": data.sha256,
                      "entities": data.entity_count, "file": Path(data.file_name).name})
    return _view(row), True


def import_lists(uow: UnitOfWork, paths: Iterable[str | Path],
                 progress: Progress | None = None) -> list[tuple[ListVersion, bool]]:
    """Read every file first (refusing the lot if one is bad), then keep the versions."""
    users.require(uow, "security", "officer")
    return read_then_store(paths, read_list, lambda data: store_list(uow, data),
                           lambda data: f"stored {data.source} list", progress)


def list_versions(uow: UnitOfWork, source: str | None = None) -> list[ListVersion]:
    q = select(SanctionsList).order_by(SanctionsList.source, SanctionsList.generated.desc(),
                                       SanctionsList.id.desc())
    if source:
        q = q.where(SanctionsList.source == source)
    return [_view(r) for r in uow.session.scalars(q)]


def latest_versions(uow: UnitOfWork) -> dict[str, ListVersion]:
    """The newest version of each source (by generation date)."""
    out: dict[str, ListVersion] = {}
    for version in list_versions(uow):
        out.setdefault(version.source, version)
    return out


def versions_by_id(uow: UnitOfWork, ids: Iterable[int]) -> list[ListVersion]:
    ids = list(ids)
    rows = uow.session.scalars(select(SanctionsList).where(SanctionsList.id.in_(ids))).all()
    found = {r.id: _view(r) for r in rows}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"no sanctions list version {missing[0]}")
    return [found[i] for i in ids]


def load_entities(uow: UnitOfWork, version: ListVersion) -> list[ListedEntity]:
    rows = uow.session.execute(
        select(SanctionsEntity.entity_id, SanctionsEntity.kind, SanctionsEntity.names,
               SanctionsEntity.birth_dates, SanctionsEntity.nationalities,
               SanctionsEntity.reference)
        .where(SanctionsEntity.list_id == version.id).order_by(SanctionsEntity.id))
    return [ListedEntity(version.source, eid, kind, tuple(names or ()), tuple(births or ()),
                         tuple(nats or ()), ref or "", version.id)
            for eid, kind, names, births, nats, ref in rows]


def entity_count(uow: UnitOfWork, version_id: int) -> int:
    return uow.session.scalar(select(func.count()).select_from(SanctionsEntity)
                              .where(SanctionsEntity.list_id == version_id))


# Building an index takes a moment for a full list: keep the last few, keyed by content.
_MATCHERS: dict[tuple, Matcher] = {}
_MAX_MATCHERS = 4


def matcher_for(uow: UnitOfWork, versions: list[ListVersion],
                threshold: float = DEFAULT_THRESHOLD) -> Matcher:
    key = (uow.database.url, tuple(sorted((v.id, v.sha256) for v in versions)), threshold)
    found = _MATCHERS.get(key)
    if found is None:
        entities = [e for v in versions for e in load_entities(uow, v)]
        found = Matcher(entities, threshold)
        if len(_MATCHERS) >= _MAX_MATCHERS:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        _MATCHERS[key] = found
    return found
