"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "agents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("agent", "manager", name="role", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("totp_secret", sa.LargeBinary(), nullable=True),
        sa.Column("totp_last_step", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agents")),
        sa.UniqueConstraint("login", name=op.f("uq_agents_login")),
    )
    op.create_table(
        "login_throttles",
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_hash", name=op.f("pk_login_throttles")),
    )
    op.create_table(
        "checkpoints",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkpoints")),
    )
    op.create_table(
        "journal_entries",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("usager_id", sa.String(length=36), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal_entries")),
        sa.UniqueConstraint("hash", name=op.f("uq_journal_entries_hash")),
    )
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entries_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_journal_entries_usager_id"), ["usager_id"], unique=False
        )

    op.create_table(
        "proches",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("relationship_label", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proches")),
    )
    op.create_table(
        "site_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_site_settings")),
    )
    op.create_table(
        "sites",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signing_public_key", sa.String(length=64), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
    )
    op.create_table(
        "usagers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_place", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("search_key", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usagers")),
    )
    with op.batch_alter_table("usagers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_usagers_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_usagers_search_key"), ["search_key"], unique=False)

    op.create_table(
        "legal_texts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("lang", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("first_used_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_legal_texts")),
    )
    op.create_table(
        "mandates",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("usager_id", sa.String(length=36), nullable=False),
        sa.Column(
            "holder_kind",
            sa.Enum("site", "proche", name="holderkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("proche_id", sa.String(length=36), nullable=True),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column(
            "duration",
            sa.Enum(
                "day",
                "month",
                "semester",
                "year",
                name="mandateduration",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "consent",
            sa.Enum(
                "pending", "given", "refused", name="consentanswer", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("template_version", sa.String(length=32), nullable=False),
        sa.Column("template_sha256", sa.String(length=64), nullable=False),
        sa.Column("verification_code", sa.String(length=32), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.String(length=500), nullable=True),
        sa.Column("renewed_from_id", sa.String(length=36), nullable=True),
        sa.Column("signed_form_document_id", sa.String(length=36), nullable=True),
        sa.Column("signed_form_sha256", sa.String(length=64), nullable=True),
        sa.Column("expiry_recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_mandates_agent_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["template_sha256"],
            ["legal_texts.sha256"],
            name=op.f("fk_mandates_template_sha256_legal_texts"),
        ),
        sa.ForeignKeyConstraint(
            ["proche_id"], ["proches.id"], name=op.f("fk_mandates_proche_id_proches")
        ),
        sa.ForeignKeyConstraint(
            ["renewed_from_id"], ["mandates.id"], name=op.f("fk_mandates_renewed_from_id_mandates")
        ),
        sa.ForeignKeyConstraint(
            ["usager_id"], ["usagers.id"], name=op.f("fk_mandates_usager_id_usagers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandates")),
        sa.UniqueConstraint("verification_code", name=op.f("uq_mandates_verification_code")),
    )
    with op.batch_alter_table("mandates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mandates_expires_at"), ["expires_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_mandates_usager_id"), ["usager_id"], unique=False)

    op.create_table(
        "vaults",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("usager_id", sa.String(length=36), nullable=False),
        sa.Column("recipient", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_unlocks", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("shredded_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["usager_id"], ["usagers.id"], name=op.f("fk_vaults_usager_id_usagers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vaults")),
        sa.UniqueConstraint("usager_id", name=op.f("uq_vaults_usager_id")),
    )
    op.create_table(
        "authorisations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mandate_id", sa.String(length=36), nullable=False),
        sa.Column("demarche", sa.String(length=32), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["mandate_id"], ["mandates.id"], name=op.f("fk_authorisations_mandate_id_mandates")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authorisations")),
        sa.UniqueConstraint("mandate_id", "demarche", name=op.f("uq_authorisations_mandate_id")),
    )
    with op.batch_alter_table("authorisations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_authorisations_mandate_id"), ["mandate_id"], unique=False
        )

    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("vault_id", sa.String(length=36), nullable=False),
        sa.Column("blob_name", sa.String(length=100), nullable=False),
        sa.Column("ciphertext_sha256", sa.String(length=64), nullable=False),
        sa.Column("ciphertext_size", sa.Integer(), nullable=False),
        sa.Column("metadata_ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("deposited_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deposited_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["deposited_by"], ["agents.id"], name=op.f("fk_documents_deposited_by_agents")
        ),
        sa.ForeignKeyConstraint(
            ["vault_id"], ["vaults.id"], name=op.f("fk_documents_vault_id_vaults")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("blob_name", name=op.f("uq_documents_blob_name")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_vault_id"), ["vault_id"], unique=False)

    op.create_table(
        "key_slots",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("vault_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("card_pin", "passphrase", name="slotkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["vault_id"], ["vaults.id"], name=op.f("fk_key_slots_vault_id_vaults")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_slots")),
    )
    with op.batch_alter_table("key_slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_key_slots_vault_id"), ["vault_id"], unique=False)

    op.create_table(
        "actions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("usager_id", sa.String(length=36), nullable=False),
        sa.Column("mandate_id", sa.String(length=36), nullable=False),
        sa.Column("authorisation_id", sa.String(length=36), nullable=False),
        sa.Column("demarche", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.String(length=100), nullable=True),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=True),
        sa.Column("proche_id", sa.String(length=36), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_actions_agent_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["authorisation_id"],
            ["authorisations.id"],
            name=op.f("fk_actions_authorisation_id_authorisations"),
        ),
        sa.ForeignKeyConstraint(
            ["mandate_id"], ["mandates.id"], name=op.f("fk_actions_mandate_id_mandates")
        ),
        sa.ForeignKeyConstraint(
            ["proche_id"], ["proches.id"], name=op.f("fk_actions_proche_id_proches")
        ),
        sa.ForeignKeyConstraint(
            ["usager_id"], ["usagers.id"], name=op.f("fk_actions_usager_id_usagers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actions_done_at"), ["done_at"], unique=False)
        batch_op.create_index("ix_actions_mandate", ["mandate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_usager_id"), ["usager_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_usager_id"))
        batch_op.drop_index("ix_actions_mandate")
        batch_op.drop_index(batch_op.f("ix_actions_done_at"))

    op.drop_table("actions")
    with op.batch_alter_table("key_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_slots_vault_id"))

    op.drop_table("key_slots")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_vault_id"))

    op.drop_table("documents")
    with op.batch_alter_table("authorisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authorisations_mandate_id"))

    op.drop_table("authorisations")
    op.drop_table("vaults")
    with op.batch_alter_table("mandates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mandates_usager_id"))
        batch_op.drop_index(batch_op.f("ix_mandates_expires_at"))

    op.drop_table("mandates")
    op.drop_table("legal_texts")
    with op.batch_alter_table("usagers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_usagers_search_key"))
        batch_op.drop_index(batch_op.f("ix_usagers_birth_date"))

    op.drop_table("usagers")
    op.drop_table("sites")
    op.drop_table("site_settings")
    op.drop_table("proches")
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entries_usager_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entries_kind"))

    op.drop_table("journal_entries")
    op.drop_table("checkpoints")
    op.drop_table("login_throttles")
    op.drop_table("agents")
