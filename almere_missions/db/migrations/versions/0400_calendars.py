"""calendars: export state (SEQUENCE) and CalDAV publications

Revision ID: 0400_calendars
Revises: 0001
Create Date: 2026-11-28 08:49:11.881751
"""

from almere_missions.db.migrations.tables import (
    boolean, create, drop, integer, string, table, text, timestamp
)

revision = '0400_calendars'
down_revision = '0001'


TABLES = (
    table('calendar_export_state',
          string('uid', 255),
          string('mission_ref', 128),
          string('item_ref', 160),
          integer('revision'),
          integer('sequence'),
          boolean('public'),
          string('start_value', 20),
          string('end_value', 20),
          text('summary'),
          timestamp('exported_at'),
          primary_key=('uid',),
          indexes=('mission_ref',)),
    table('calendar_publication',
          text('server'),
          text('calendar'),
          string('mission_ref', 128),
          string('uid', 255),
          text('href', nullable=True),
          integer('sequence'),
          timestamp('published_at'),
          unique=(('server', 'calendar', 'uid'),),
          indexes=('mission_ref',)),
)


def upgrade() -> None:
    create(TABLES)


def downgrade() -> None:
    drop(TABLES)
