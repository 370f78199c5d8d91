"""Rows and their refs: the row of a ref, and the refs of row ids for the readers that turn
rows into documents naming rows by ref."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from almere_missions.errors import NotFound
from almere_missions.uow import UnitOfWork


def row_of_ref(uow: UnitOfWork, model, ref: str, what: str):
    """The row of ``model`` with ``ref``; ``NotFound`` naming it as ``what`` otherwise."""
    row = uow.session.scalar(select(model).where(model.ref == ref))
    if row is None:
        raise NotFound(f"no {what} with ref {ref!r}")
    return row


class Refs:
    """Ref of an id per table, each table's map read once."""

    def __init__(self, uow: UnitOfWork):
        self.s = uow.session
        self._maps: dict[Any, dict[int, str]] = {}

    def __call__(self, model, ident: int | None) -> str | None:
        if ident is None:
            return None
        m = self._maps.get(model)
        if m is None:
            m = self._maps[model] = dict(self.s.execute(select(model.id, model.ref)).all())
        if ident not in m:  # written in this transaction after the map was read
            m[ident] = self.s.scalar(select(model.ref).where(model.id == ident))
        return m[ident]
