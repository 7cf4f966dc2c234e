"""usager journal key: each person's key for the old values the journal keeps sealed

A corrected identity's old values go into the journal sealed under this key; erasing the
person sets it to NULL, which leaves those values unreadable while the journal still verifies.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("usagers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("journal_key", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("usagers", schema=None) as batch_op:
        batch_op.drop_column("journal_key")
