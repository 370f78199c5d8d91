"""Refs of row ids, for the readers that turn rows into documents naming rows by ref."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from almere_missions.uow import UnitOfWork


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
