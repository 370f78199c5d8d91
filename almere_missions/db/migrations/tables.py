"""The tables of the revisions, each described once: its columns in order, which of them
refer to other tables, its unique keys and indexes.

``create`` makes them (with the keys named as the models' naming convention names them,
``db/models.py``), ``drop`` undoes that in reverse, so a revision's downgrade cannot drift
from its upgrade. The descriptions are plain data; the SQLAlchemy objects are built anew
each time, because a Column belongs to one Table only.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from almere_missions.db.types import DecimalText, UTCDateTime


@dataclass(frozen=True)
class Column:
    name: str
    type: sa.types.TypeEngine
    nullable: bool = False
    references: str | None = None  # "table.column" of a foreign key
    ondelete: str | None = None
    autoincrement: bool | str = "auto"

    def build(self) -> sa.Column:
        return sa.Column(self.name, self.type, autoincrement=self.autoincrement,
                         nullable=self.nullable)


def integer(name: str, nullable: bool = False) -> Column:
    return Column(name, sa.Integer(), nullable)


def string(name: str, length: int, nullable: bool = False) -> Column:
    return Column(name, sa.String(length=length), nullable)


def text(name: str, nullable: bool = False) -> Column:
    return Column(name, sa.Text(), nullable)


def json(name: str, nullable: bool = False) -> Column:
    return Column(name, sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable)


def timestamp(name: str, nullable: bool = False) -> Column:
    return Column(name, UTCDateTime(timezone=True), nullable)


def date(name: str, nullable: bool = False) -> Column:
    return Column(name, sa.Date(), nullable)


def boolean(name: str, nullable: bool = False) -> Column:
    return Column(name, sa.Boolean(), nullable)


def floating(name: str, nullable: bool = False) -> Column:
    return Column(name, sa.Float(), nullable)


def decimal(name: str, nullable: bool = False) -> Column:
    return Column(name, DecimalText(length=40), nullable)


def foreign(name: str, references: str, ondelete: str | None = None,
            nullable: bool = False) -> Column:
    """An integer column referring to ``references`` ("table.column")."""
    return Column(name, sa.Integer(), nullable, references, ondelete)


def ref(length: int) -> Column:
    """The stable text key most tables are found by (unique through ``unique=("ref",)``)."""
    return string("ref", length)


ID = integer("id")
VERSION = integer("version")  # optimistic locking
CREATED_AT = timestamp("created_at")
UPDATED_AT = timestamp("updated_at")
MISSION_ID = foreign("mission_id", "mission.id", "CASCADE")  # a mission's parts go with it
PERSON_ID = foreign("person_id", "person.id", "CASCADE")
FRAMEWORK_ID = foreign("framework_id", "policy_framework.id", nullable=True)


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    unique: tuple[str | tuple[str, ...], ...] = ()  # a name: that column alone
    # a column name, or (name, columns) for an index on several columns
    indexes: tuple[str | tuple[str, tuple[str, ...]], ...] = ()

    def constraints(self) -> list[sa.schema.Constraint]:
        # foreign keys in the order of their names, as autogenerate wrote them (SQLite keeps
        # the CREATE TABLE text: the same order keeps databases made before alike)
        keys = sorted((c for c in self.columns if c.references), key=lambda c: c.name)
        made: list[sa.schema.Constraint] = [
            sa.ForeignKeyConstraint(
                [c.name], [c.references], ondelete=c.ondelete,
                name=op.f(f"fk_{self.name}_{c.name}_{c.references.split('.')[0]}"))
            for c in keys]
        made.append(sa.PrimaryKeyConstraint(*self.primary_key, name=op.f(f"pk_{self.name}")))
        for columns in self.unique:
            columns = (columns,) if isinstance(columns, str) else columns
            made.append(sa.UniqueConstraint(*columns,
                                            name=op.f(f"uq_{self.name}_{columns[0]}")))
        return made

    def index_names(self) -> list[tuple[str, list[str]]]:
        return [(op.f(f"ix_{self.name}_{i}"), [i]) if isinstance(i, str) else (i[0], list(i[1]))
                for i in self.indexes]


def table(name: str, *columns: Column, primary_key: tuple[str, ...] | None = None,
          unique=(), indexes=()) -> Table:
    """Without ``primary_key`` the table is keyed by an integer ``id``, its first column."""
    if primary_key is None:
        columns, primary_key = (ID, *columns), ("id",)
    return Table(name, columns, primary_key, tuple(unique), tuple(indexes))


def link(name: str, left: Column, right: Column) -> Table:
    """A many-to-many table: the pair is its key; the right column gets an index of its
    own (the key's index serves look-ups by the left one)."""
    return table(name, left, right, primary_key=(left.name, right.name), indexes=(right.name,))


def create(tables: tuple[Table, ...]) -> None:
    for t in tables:
        op.create_table(t.name, *(c.build() for c in t.columns), *t.constraints())
        if t.indexes:
            with op.batch_alter_table(t.name, schema=None) as batch_op:
                for name, columns in t.index_names():
                    batch_op.create_index(name, columns, unique=False)


def drop(tables: tuple[Table, ...]) -> None:
    for t in reversed(tables):
        if t.indexes:
            with op.batch_alter_table(t.name, schema=None) as batch_op:
                for name, _columns in reversed(t.index_names()):
                    batch_op.drop_index(name)
        op.drop_table(t.name)
