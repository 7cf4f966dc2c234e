"""site root key, agents' certificates, what each checkpoint covers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("root_public_key", sa.String(length=64), nullable=True))
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_certificates_agent_id_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
    )
    op.create_index(op.f("ix_certificates_agent_id"), "certificates", ["agent_id"], unique=False)
    with op.batch_alter_table("checkpoints") as batch:
        batch.add_column(sa.Column("covered", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("covered_signature", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checkpoints") as batch:
        batch.drop_column("covered_signature")
        batch.drop_column("covered")
    op.drop_index(op.f("ix_certificates_agent_id"), table_name="certificates")
    op.drop_table("certificates")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("root_public_key")
