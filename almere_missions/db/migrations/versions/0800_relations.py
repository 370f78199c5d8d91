"""partnerships, outcomes, follow-up actions and gifts

Revision ID: 0800_relations
Revises: 0750_merge
Create Date: 2026-12-07 05:46:06.485491
"""
from alembic import op
import sqlalchemy as sa
import almere_missions.db.types
from sqlalchemy.dialects import postgresql

revision = '0800_relations'
down_revision = '0750_merge'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=128), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('city', sa.Text(), nullable=True),
    sa.Column('website', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('updated_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner')),
    sa.UniqueConstraint('ref', name=op.f('uq_partner_ref'))
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_kind'), ['kind'], unique=False)

    op.create_table('partnership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=128), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('alderman_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.Text(), nullable=True),
    sa.Column('themes', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('goals', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('documents', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('updated_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['alderman_id'], ['person.id'], name=op.f('fk_partnership_alderman_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_partnership_partner_id_partner'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partnership')),
    sa.UniqueConstraint('ref', name=op.f('uq_partnership_ref'))
    )
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_alderman_id'), ['alderman_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_status'), ['status'], unique=False)

    op.create_table('followup_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=160), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('partnership_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('owner_department', sa.Text(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('updated_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_followup_action_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_followup_action_owner_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], name=op.f('fk_followup_action_partnership_id_partnership'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup_action')),
    sa.UniqueConstraint('ref', name=op.f('uq_followup_action_ref'))
    )
    with op.batch_alter_table('followup_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followup_action_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_action_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_action_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_action_partnership_id'), ['partnership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_action_status'), ['status'], unique=False)

    op.create_table('gift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=160), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=16), nullable=False),
    sa.Column('description', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('value_eur', almere_missions.db.types.DecimalText(length=40), nullable=True),
    sa.Column('official_id', sa.Integer(), nullable=True),
    sa.Column('counterpart', sa.Text(), nullable=True),
    sa.Column('counterpart_person_id', sa.Integer(), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('decision', sa.String(length=16), nullable=True),
    sa.Column('decided_by', sa.String(length=128), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['counterpart_person_id'], ['person.id'], name=op.f('fk_gift_counterpart_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_gift_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['official_id'], ['person.id'], name=op.f('fk_gift_official_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_gift_partner_id_partner'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift')),
    sa.UniqueConstraint('ref', name=op.f('uq_gift_ref'))
    )
    with op.batch_alter_table('gift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gift_counterpart_person_id'), ['counterpart_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gift_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gift_official_id'), ['official_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gift_on_date'), ['on_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_gift_partner_id'), ['partner_id'], unique=False)

    op.create_table('mission_outcome',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=160), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('partnership_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('goals', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('themes', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_mission_outcome_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], name=op.f('fk_mission_outcome_partnership_id_partnership'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mission_outcome')),
    sa.UniqueConstraint('ref', name=op.f('uq_mission_outcome_ref'))
    )
    with op.batch_alter_table('mission_outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mission_outcome_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mission_outcome_partnership_id'), ['partnership_id'], unique=False)

    op.create_table('mission_partner',
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_mission_partner_mission_id_mission'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_mission_partner_partner_id_partner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mission_id', 'partner_id', name=op.f('pk_mission_partner'))
    )
    with op.batch_alter_table('mission_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mission_partner_partner_id'), ['partner_id'], unique=False)

    op.create_table('partnership_contact',
    sa.Column('partnership_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], name=op.f('fk_partnership_contact_partnership_id_partnership'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_partnership_contact_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('partnership_id', 'person_id', name=op.f('pk_partnership_contact'))
    )
    with op.batch_alter_table('partnership_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_contact_person_id'), ['person_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('partnership_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_contact_person_id'))

    op.drop_table('partnership_contact')
    with op.batch_alter_table('mission_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mission_partner_partner_id'))

    op.drop_table('mission_partner')
    with op.batch_alter_table('mission_outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mission_outcome_partnership_id'))
        batch_op.drop_index(batch_op.f('ix_mission_outcome_mission_id'))

    op.drop_table('mission_outcome')
    with op.batch_alter_table('gift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gift_partner_id'))
        batch_op.drop_index(batch_op.f('ix_gift_on_date'))
        batch_op.drop_index(batch_op.f('ix_gift_official_id'))
        batch_op.drop_index(batch_op.f('ix_gift_mission_id'))
        batch_op.drop_index(batch_op.f('ix_gift_counterpart_person_id'))

    op.drop_table('gift')
    with op.batch_alter_table('followup_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followup_action_status'))
        batch_op.drop_index(batch_op.f('ix_followup_action_partnership_id'))
        batch_op.drop_index(batch_op.f('ix_followup_action_owner_id'))
        batch_op.drop_index(batch_op.f('ix_followup_action_mission_id'))
        batch_op.drop_index(batch_op.f('ix_followup_action_due_date'))

    op.drop_table('followup_action')
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_status'))
        batch_op.drop_index(batch_op.f('ix_partnership_partner_id'))
        batch_op.drop_index(batch_op.f('ix_partnership_end_date'))
        batch_op.drop_index(batch_op.f('ix_partnership_alderman_id'))

    op.drop_table('partnership')
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_kind'))

    op.drop_table('partner')
    
