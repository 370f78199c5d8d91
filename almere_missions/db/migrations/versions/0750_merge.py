"""one line of migrations from here on: joins the schema parts that grew side by side
(planning, calendars, approval and audit, security) into a single head

Revision ID: 0750_merge
Revises: 0300_planning, 0400_calendars, 0600_approval, 0700_security
Create Date: 2026-12-07 06:00:00
"""

revision = '0750_merge'
down_revision = ('0300_planning', '0400_calendars', '0600_approval', '0700_security')


def upgrade() -> None:
    pass  # a merge point: the tables are made by the revisions it joins


def downgrade() -> None:
    pass
