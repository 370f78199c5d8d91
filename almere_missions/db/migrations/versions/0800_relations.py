"""partnerships, outcomes, follow-up actions and gifts

Revision ID: 0800_relations
Revises: 0750_merge
Create Date: 2026-12-07 05:46:06.485491
"""

from almere_missions.db.migrations.tables import (
    MISSION_ID, PERSON_ID, UPDATED_AT, VERSION, create, date, decimal, drop, foreign, json,
    link, ref, string, table, text
)

revision = '0800_relations'
down_revision = '0750_merge'


TABLES = (
    table('partner',
          ref(128),
          string('kind', 16),
          json('name'),
          string('country', 2, nullable=True),
          text('city', nullable=True),
          text('website', nullable=True),
          text('notes', nullable=True),
          UPDATED_AT,
          VERSION,
          unique=('ref',),
          indexes=('kind',)),
    table('partnership',
          ref(128),
          foreign('partner_id', 'partner.id', 'RESTRICT'),
          string('kind', 32),
          json('title'),
          string('status', 16),
          date('start_date', nullable=True),
          date('end_date', nullable=True),
          foreign('alderman_id', 'person.id', 'RESTRICT', nullable=True),
          text('department', nullable=True),
          json('themes'),
          json('goals'),
          json('documents'),
          text('notes', nullable=True),
          UPDATED_AT,
          VERSION,
          unique=('ref',),
          indexes=('alderman_id', 'end_date', 'partner_id', 'status')),
    table('followup_action',
          ref(160),
          MISSION_ID,
          foreign('partnership_id', 'partnership.id', 'SET NULL', nullable=True),
          json('title'),
          foreign('owner_id', 'person.id', 'RESTRICT', nullable=True),
          text('owner_department', nullable=True),
          date('due_date'),
          string('status', 16),
          date('done_on', nullable=True),
          text('notes', nullable=True),
          UPDATED_AT,
          VERSION,
          unique=('ref',),
          indexes=('due_date', 'mission_id', 'owner_id', 'partnership_id', 'status')),
    table('gift',
          ref(160),
          MISSION_ID,
          string('direction', 16),
          json('description'),
          date('on_date'),
          decimal('value_eur', nullable=True),
          foreign('official_id', 'person.id', 'RESTRICT', nullable=True),
          text('counterpart', nullable=True),
          foreign('counterpart_person_id', 'person.id', 'RESTRICT', nullable=True),
          foreign('partner_id', 'partner.id', 'SET NULL', nullable=True),
          string('decision', 16, nullable=True),
          string('decided_by', 128, nullable=True),
          date('decided_on', nullable=True),
          text('notes', nullable=True),
          VERSION,
          unique=('ref',),
          indexes=('counterpart_person_id', 'mission_id', 'official_id', 'on_date', 'partner_id')),
    table('mission_outcome',
          ref(160),
          MISSION_ID,
          foreign('partnership_id', 'partnership.id', 'SET NULL', nullable=True),
          json('text'),
          json('goals'),
          json('themes'),
          date('recorded_on', nullable=True),
          VERSION,
          unique=('ref',),
          indexes=('mission_id', 'partnership_id')),
    link('mission_partner', MISSION_ID, foreign('partner_id', 'partner.id', 'CASCADE')),
    link('partnership_contact', foreign('partnership_id', 'partnership.id', 'CASCADE'), PERSON_ID),
)


def upgrade() -> None:
    create(TABLES)


def downgrade() -> None:
    drop(TABLES)
