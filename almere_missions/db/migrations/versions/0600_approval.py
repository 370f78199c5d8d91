"""approval and audit: assessments, approval rounds and steps, decisions, delegations,
the hash-chained audit trail and the triggers that refuse changing it

Revision ID: 0600_approval
Revises: 0001
Create Date: 2026-11-28 08:49:34.751747
"""
from alembic import op
import sqlalchemy as sa
import almere_missions.db.types
from sqlalchemy.dialects import postgresql

revision = '0600_approval'
down_revision = '0001'
branch_labels = None
depends_on = None


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


def upgrade() -> None:
    op.create_table('approval_delegation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('principal', sa.String(length=128), nullable=False),
    sa.Column('substitute', sa.String(length=128), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('revoked_by', sa.String(length=128), nullable=True),
    sa.Column('revoked_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_delegation'))
    )
    with op.batch_alter_table('approval_delegation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_delegation_principal'), ['principal'], unique=False)
        batch_op.create_index(batch_op.f('ix_approval_delegation_substitute'), ['substitute'], unique=False)

    op.create_table('audit_entry',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=128), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('ref', sa.String(length=256), nullable=True),
    sa.Column('mission_ref', sa.String(length=128), nullable=True),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_entry')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_entry_hash')),
    sa.UniqueConstraint('prev_hash', name=op.f('uq_audit_entry_prev_hash'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_mission_ref'), ['mission_ref'], unique=False)

    op.create_table('approval_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('round_number', sa.Integer(), nullable=True),
    sa.Column('at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=128), nullable=False),
    sa.Column('on_behalf_of', sa.String(length=128), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('step', sa.String(length=64), nullable=True),
    sa.Column('from_state', sa.String(length=32), nullable=False),
    sa.Column('to_state', sa.String(length=32), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_approval_decision_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_decision'))
    )
    with op.batch_alter_table('approval_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_decision_mission_id'), ['mission_id'], unique=False)

    op.create_table('approval_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('submitted_by', sa.String(length=128), nullable=False),
    sa.Column('submitted_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('content', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('closed_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['framework_id'], ['policy_framework.id'], name=op.f('fk_approval_round_framework_id_policy_framework')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_approval_round_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_round')),
    sa.UniqueConstraint('mission_id', 'number', name=op.f('uq_approval_round_mission_id'))
    )
    with op.batch_alter_table('approval_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_round_mission_id'), ['mission_id'], unique=False)

    op.create_table('assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('answers', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('budget_eur', almere_missions.db.types.DecimalText(length=40), nullable=True),
    sa.Column('recorded_by', sa.String(length=128), nullable=False),
    sa.Column('recorded_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['policy_framework.id'], name=op.f('fk_assessment_framework_id_policy_framework')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_assessment_mission_id_mission'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment')),
    sa.UniqueConstraint('mission_id', name=op.f('uq_assessment_mission_id'))
    )
    op.create_table('approval_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('label', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('decided_by', sa.String(length=128), nullable=True),
    sa.Column('on_behalf_of', sa.String(length=128), nullable=True),
    sa.Column('decided_at', almere_missions.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['round_id'], ['approval_round.id'], name=op.f('fk_approval_step_round_id_approval_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_step')),
    sa.UniqueConstraint('round_id', 'step', name=op.f('uq_approval_step_round_id'))
    )
    with op.batch_alter_table('approval_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_step_round_id'), ['round_id'], unique=False)

    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table('approval_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_step_round_id'))

    op.drop_table('approval_step')
    op.drop_table('assessment')
    with op.batch_alter_table('approval_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_round_mission_id'))

    op.drop_table('approval_round')
    with op.batch_alter_table('approval_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_decision_mission_id'))

    op.drop_table('approval_decision')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_mission_ref'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_action'))

    op.drop_table('audit_entry')
    with op.batch_alter_table('approval_delegation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_delegation_substitute'))
        batch_op.drop_index(batch_op.f('ix_approval_delegation_principal'))

    op.drop_table('approval_delegation')
