"""server document chunks: a vault document's age ciphertext kept in the server's database

PostgreSQL only (the embedded store keeps each document as an age file in the data folder).
`document_chunks` holds the same age ciphertext a file would, 1 MiB per row in order. Its key to
`documents` is checked at commit (DEFERRABLE INITIALLY DEFERRED): a deposit streams its chunks
first, then adds the document's row and journal entry, and all of it commits together or not at
all. The bytes are stored uncompressed out of line (STORAGE EXTERNAL: ciphertext does not
compress, trying only costs time). When a document's `deleted_at` is set (deletion, shredding,
erasure of the person), a trigger deletes its chunks in that same transaction, whichever code
set it. Chunks are never rewritten: no UPDATE is granted.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_DROP_CHUNKS_FUNCTION = """
CREATE FUNCTION aidant_drop_document_chunks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM document_chunks WHERE document_id = NEW.id;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table(
        "document_chunks",
        sa.Column("document_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "seq", name="pk_document_chunks"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_document_chunks_document_id_documents",
            ondelete="CASCADE",
            deferrable=True,
            initially="DEFERRED",
        ),
    )
    op.execute("ALTER TABLE document_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
    op.execute("REVOKE ALL ON document_chunks FROM PUBLIC")
    op.execute("GRANT SELECT, INSERT, DELETE ON document_chunks TO aidant_agent")
    op.execute(_DROP_CHUNKS_FUNCTION)
    op.execute(
        "CREATE TRIGGER documents_drop_chunks AFTER UPDATE OF deleted_at ON documents "
        "FOR EACH ROW WHEN (NEW.deleted_at IS NOT NULL) "
        "EXECUTE FUNCTION aidant_drop_document_chunks()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER documents_drop_chunks ON documents")
    op.execute("DROP FUNCTION aidant_drop_document_chunks()")
    op.drop_table("document_chunks")
