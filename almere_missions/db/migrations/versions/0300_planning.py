"""planning: busy blocks, templates, issued programmes

Revision ID: 0300_planning
Revises: 0001
Create Date: 2026-11-28 08:50:43.286605
"""
from alembic import op
import sqlalchemy as sa
import almere_missions.db.types
from sqlalchemy.dialects import postgresql

revision = '0300_planning'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('programme_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=128), nullable=False),
    sa.Column('name', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('document', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_template')),
    sa.UniqueConstraint('code', name=op.f('uq_programme_template_code'))
    )
    op.create_table('busy_block',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('start_utc', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('end_utc', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('imported_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_busy_block_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_busy_block'))
    )
    with op.batch_alter_table('busy_block', schema=None) as batch_op:
        batch_op.create_index('ix_busy_block_person_span', ['person_id', 'start_utc', 'end_utc'], unique=False)

    op.create_table('issued_programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('issued_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=128), nullable=False),
    sa.Column('items', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_issued_programme_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_programme')),
    sa.UniqueConstraint('mission_id', 'number', name=op.f('uq_issued_programme_mission_id'))
    )
    with op.batch_alter_table('issued_programme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_programme_mission_id'), ['mission_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('issued_programme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_programme_mission_id'))

    op.drop_table('issued_programme')
    with op.batch_alter_table('busy_block', schema=None) as batch_op:
        batch_op.drop_index('ix_busy_block_person_span')

    op.drop_table('busy_block')
    op.drop_table('programme_template')
