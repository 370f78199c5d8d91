"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 08:39:12.053698
"""
from alembic import op
import sqlalchemy as sa
import almere_missions.db.types
from sqlalchemy.dialects import postgresql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('display_name', sa.String(length=256), nullable=False),
    sa.Column('roles', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('name', name=op.f('uq_app_user_name'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=128), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('latin_name', sa.Text(), nullable=True),
    sa.Column('organisation', sa.Text(), nullable=True),
    sa.Column('function', sa.Text(), nullable=True),
    sa.Column('nationality', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('languages', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('dietary', sa.Text(), nullable=True),
    sa.Column('accessibility', sa.Text(), nullable=True),
    sa.Column('staff', sa.Boolean(), nullable=False),
    sa.Column('updated_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('ref', name=op.f('uq_person_ref'))
    )
    op.create_table('policy_framework',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('title', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('loaded_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_framework')),
    sa.UniqueConstraint('code', name=op.f('uq_policy_framework_code'))
    )
    op.create_table('venue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=128), nullable=False),
    sa.Column('name', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('city', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('exclusive', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venue')),
    sa.UniqueConstraint('ref', name=op.f('uq_venue_ref'))
    )
    op.create_table('mission',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=128), nullable=False),
    sa.Column('direction', sa.String(length=16), nullable=False),
    sa.Column('title', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('purpose', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('countries', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('cities', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('counterpart', sa.Text(), nullable=True),
    sa.Column('themes', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('goals', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('lead_department', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('welcome', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.Column('framework_id', sa.Integer(), nullable=True),
    sa.Column('created_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['policy_framework.id'], name=op.f('fk_mission_framework_id_policy_framework')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mission')),
    sa.UniqueConstraint('ref', name=op.f('uq_mission_ref'))
    )
    with op.batch_alter_table('mission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mission_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_mission_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_mission_status'), ['status'], unique=False)

    op.create_table('policy_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('parent_code', sa.String(length=64), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('text', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['policy_framework.id'], name=op.f('fk_policy_entry_framework_id_policy_framework'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_entry')),
    sa.UniqueConstraint('framework_id', 'kind', 'code', name=op.f('uq_policy_entry_framework_id'))
    )
    op.create_table('cost',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('amount', almere_missions.db.types.DecimalText(length=40), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('paid_by', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_cost_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost'))
    )
    with op.batch_alter_table('cost', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_mission_id'), ['mission_id'], unique=False)

    op.create_table('item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('description', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.Column('start_utc', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('end_utc', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('end_timezone', sa.String(length=64), nullable=True),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=True),
    sa.Column('to_venue_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('everyone', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_item_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_venue_id'], ['venue.id'], name=op.f('fk_item_to_venue_id_venue'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_item_venue_id_venue'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item')),
    sa.UniqueConstraint('ref', name=op.f('uq_item_ref'))
    )
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index('ix_item_span', ['start_utc', 'end_utc'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_venue_id'), ['venue_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_participant_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_participant_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('mission_id', 'person_id', 'role', name=op.f('uq_participant_mission_id'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_person_id'), ['person_id'], unique=False)

    op.create_table('item_participant',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_item_participant_item_id_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_item_participant_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', 'person_id', name=op.f('pk_item_participant'))
    )
    with op.batch_alter_table('item_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_participant_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('item_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_participant_person_id'))

    op.drop_table('item_participant')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_person_id'))
        batch_op.drop_index(batch_op.f('ix_participant_mission_id'))

    op.drop_table('participant')
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_venue_id'))
        batch_op.drop_index('ix_item_span')
        batch_op.drop_index(batch_op.f('ix_item_mission_id'))

    op.drop_table('item')
    with op.batch_alter_table('cost', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_mission_id'))

    op.drop_table('cost')
    op.drop_table('policy_entry')
    with op.batch_alter_table('mission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mission_status'))
        batch_op.drop_index(batch_op.f('ix_mission_start_date'))
        batch_op.drop_index(batch_op.f('ix_mission_end_date'))

    op.drop_table('mission')
    op.drop_table('venue')
    op.drop_table('policy_framework')
    op.drop_table('person')
    op.drop_table('app_user')
