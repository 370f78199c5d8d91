"""approval and audit: assessments, approval rounds and steps, decisions, delegations,
the hash-chained audit trail and the triggers that refuse changing it

Revision ID: 0600_approval
Revises: 0001
Create Date: 2026-11-28 08:49:34.751747
"""

import sqlalchemy as sa
from alembic import op

from almere_missions.db.migrations.tables import (
    CREATED_AT, FRAMEWORK_ID, MISSION_ID, Column, create, date, decimal, drop, foreign,
    integer, json, string, table, text, timestamp
)

revision = '0600_approval'
down_revision = '0001'


# The audit trail is append-only: the database itself refuses UPDATE and DELETE.
SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END""",
)
PG_TRIGGERS = (
    """CREATE FUNCTION audit_entry_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit entries cannot be changed or deleted (%)', TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$""",
    """CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
       FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse()""",
)


def _create_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else PG_TRIGGERS:
        op.execute(statement)


def _drop_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_refuse()")


TABLES = (
    table('approval_delegation',
          string('principal', 128),
          string('substitute', 128),
          string('role', 32),
          date('valid_from'),
          date('valid_to'),
          text('reason', nullable=True),
          string('created_by', 128),
          CREATED_AT,
          string('revoked_by', 128, nullable=True),
          timestamp('revoked_at', nullable=True),
          indexes=('principal', 'substitute')),
    table('audit_entry',
          Column('seq', sa.BigInteger(), autoincrement=False),
          timestamp('at'),
          string('actor', 128),
          string('action', 64),
          string('entity', 64),
          string('ref', 256, nullable=True),
          string('mission_ref', 128, nullable=True),
          text('before'),
          text('after'),
          string('prev_hash', 64),
          string('hash', 64),
          primary_key=('seq',),
          unique=('hash', 'prev_hash'),
          indexes=('action', 'mission_ref')),
    table('approval_decision',
          MISSION_ID,
          integer('round_number', nullable=True),
          timestamp('at'),
          string('by', 128),
          string('on_behalf_of', 128, nullable=True),
          string('action', 32),
          string('step', 64, nullable=True),
          string('from_state', 32),
          string('to_state', 32),
          text('comment', nullable=True),
          string('content_hash', 64, nullable=True),
          indexes=('mission_id',)),
    table('approval_round',
          MISSION_ID,
          integer('number'),
          FRAMEWORK_ID,
          string('state', 32),
          string('submitted_by', 128),
          timestamp('submitted_at'),
          string('content_hash', 64),
          json('content'),
          timestamp('closed_at', nullable=True),
          unique=(('mission_id', 'number'),),
          indexes=('mission_id',)),
    table('assessment',
          MISSION_ID,
          foreign('framework_id', 'policy_framework.id'),
          json('answers'),
          decimal('budget_eur', nullable=True),
          string('recorded_by', 128),
          timestamp('recorded_at'),
          unique=('mission_id',)),
    table('approval_step',
          foreign('round_id', 'approval_round.id', 'CASCADE'),
          integer('position'),
          string('step', 64),
          string('role', 32),
          json('label'),
          text('reason'),
          string('state', 16),
          string('decided_by', 128, nullable=True),
          string('on_behalf_of', 128, nullable=True),
          timestamp('decided_at', nullable=True),
          string('content_hash', 64, nullable=True),
          text('comment', nullable=True),
          unique=(('round_id', 'step'),),
          indexes=('round_id',)),
)


def upgrade() -> None:
    create(TABLES)
    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    drop(TABLES)
