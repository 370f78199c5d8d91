"""planning: busy blocks, templates, issued programmes

Revision ID: 0300_planning
Revises: 0001
Create Date: 2026-11-28 08:50:43.286605
"""

from almere_missions.db.migrations.tables import (
    CREATED_AT, MISSION_ID, PERSON_ID, boolean, create, drop, integer, json, string, table,
    text, timestamp
)

revision = '0300_planning'
down_revision = '0001'


TABLES = (
    table('programme_template',
          string('code', 128),
          json('name'),
          json('document'),
          string('created_by', 128),
          CREATED_AT,
          unique=('code',)),
    table('busy_block',
          PERSON_ID,
          timestamp('start_utc'),
          timestamp('end_utc'),
          boolean('all_day'),
          string('source', 255),
          timestamp('imported_at'),
          indexes=(('ix_busy_block_person_span', ('person_id', 'start_utc', 'end_utc')),)),
    table('issued_programme',
          MISSION_ID,
          integer('number'),
          timestamp('issued_at'),
          string('issued_by', 128),
          json('items'),
          string('content_sha256', 64),
          text('note', nullable=True),
          unique=(('mission_id', 'number'),),
          indexes=('mission_id',)),
)


def upgrade() -> None:
    create(TABLES)


def downgrade() -> None:
    drop(TABLES)
