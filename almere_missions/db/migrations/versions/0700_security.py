"""security check: travel advice, state-actor risk, sanctions lists, screenings, assessments

Revision ID: 0700_security
Revises: 0001
Create Date: 2026-11-28 08:50:38.712253
"""

from almere_missions.db.migrations.tables import (
    FRAMEWORK_ID, MISSION_ID, UPDATED_AT, VERSION, boolean, create, date, drop, floating,
    foreign, integer, json, string, table, text, timestamp
)

revision = '0700_security'
down_revision = '0001'


TABLES = (
    table('security_advice',
          string('country', 2),
          string('iso3', 3),
          text('location'),
          string('colour', 8),
          json('regions'),
          timestamp('modified'),
          text('modification_text'),
          date('still_valid_on', nullable=True),
          text('summary'),
          text('source'),
          string('source_format', 8),
          string('sha256', 64),
          timestamp('imported_at'),
          string('imported_by', 128),
          unique=(('country', 'sha256'),),
          indexes=('country',)),
    table('security_sanctions_list',
          string('source', 8),
          string('file_format', 16),
          timestamp('generated'),
          string('generated_text', 64),
          string('sha256', 64),
          integer('entity_count'),
          integer('name_count'),
          text('file_name'),
          timestamp('imported_at'),
          string('imported_by', 128),
          unique=('sha256',),
          indexes=('source',)),
    table('security_state_actor_risk',
          string('country', 2),
          string('level', 16),
          text('rationale'),
          date('assessed_on'),
          string('set_by', 128),
          UPDATED_AT,
          VERSION,
          unique=('country',)),
    table('security_sanctions_entity',
          foreign('list_id', 'security_sanctions_list.id', 'CASCADE'),
          string('entity_id', 64),
          string('kind', 16),
          string('reference', 64),
          json('names'),
          json('birth_dates'),
          json('nationalities'),
          string('programme', 64),
          unique=(('list_id', 'entity_id'),),
          indexes=('list_id',)),
    table('security_assessment',
          MISSION_ID,
          json('checklist'),
          string('residual_risk', 8),
          json('mitigations'),
          text('advice'),
          FRAMEWORK_ID,
          string('assessed_by', 128),
          timestamp('assessed_at'),
          VERSION,
          unique=('mission_id',)),
    table('security_screening',
          MISSION_ID,
          timestamp('screened_at'),
          string('screened_by', 128),
          floating('threshold'),
          json('list_ids'),
          json('subjects'),
          boolean('current'),
          indexes=('mission_id',)),
    table('security_screening_hit',
          MISSION_ID,
          foreign('screening_id', 'security_screening.id', 'CASCADE'),
          string('subject', 128),
          string('subject_field', 16),
          string('subject_fingerprint', 64),
          foreign('list_id', 'security_sanctions_list.id', 'CASCADE'),
          string('source', 8),
          string('entity_id', 64),
          text('matched_name'),
          floating('score'),
          text('explanation'),
          string('decision', 16, nullable=True),
          text('reason', nullable=True),
          string('decided_by', 128, nullable=True),
          timestamp('decided_at', nullable=True),
          boolean('current'),
          indexes=('current', 'mission_id', 'screening_id')),
)


def upgrade() -> None:
    create(TABLES)


def downgrade() -> None:
    drop(TABLES)
