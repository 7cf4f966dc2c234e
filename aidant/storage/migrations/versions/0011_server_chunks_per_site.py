"""server chunks per site: a document's ciphertext reachable from its own site only

PostgreSQL only. Deposits stream their chunks with COPY, which PostgreSQL refuses on a table
under row-level security; `document_chunks` is kept apart another way. Each chunk gets the site
of the login that sends it (a trigger sets it, whatever is sent); application logins may only
add chunks to the table itself, and read or remove them through the view
`document_chunks_of_site`, which shows the chunks of their own site (`aidant_caller_site()`,
revision 0010). The server's own deletion of a deleted document's chunks runs with the
schema owner's rights, since it only follows a change of the document row that row-level
security already allowed.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_CHUNK_SITE = """
CREATE FUNCTION aidant_chunk_site() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.site_id := public.aidant_caller_site();
    IF NEW.site_id IS NULL THEN
        RAISE EXCEPTION 'aidant: % belongs to no site', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$
"""

_VIEW = """
CREATE VIEW document_chunks_of_site WITH (security_barrier) AS
    SELECT document_id, seq, data FROM document_chunks
    WHERE site_id = (SELECT aidant_caller_site())
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    existing = op.get_bind().execute(sa.text("SELECT id FROM sites LIMIT 1")).scalar()
    first = "NULL" if existing is None else f"'{str(existing).replace(chr(39), '')}'"
    op.execute(f"ALTER TABLE document_chunks ADD COLUMN site_id varchar(36) DEFAULT {first}")
    op.execute("ALTER TABLE document_chunks ALTER COLUMN site_id DROP DEFAULT")
    op.execute(_CHUNK_SITE)
    op.execute(
        "CREATE TRIGGER document_chunks_site BEFORE INSERT OR UPDATE ON document_chunks "
        "FOR EACH ROW EXECUTE FUNCTION aidant_chunk_site()"
    )
    op.execute("REVOKE SELECT, DELETE ON document_chunks FROM aidant_agent")
    op.execute(_VIEW)
    op.execute("REVOKE ALL ON document_chunks_of_site FROM PUBLIC")
    op.execute("GRANT SELECT, DELETE ON document_chunks_of_site TO aidant_agent")
    op.execute("ALTER FUNCTION aidant_drop_document_chunks() SECURITY DEFINER")
    op.execute("ALTER FUNCTION aidant_drop_document_chunks() SET search_path = public, pg_temp")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER FUNCTION aidant_drop_document_chunks() RESET search_path")
    op.execute("ALTER FUNCTION aidant_drop_document_chunks() SECURITY INVOKER")
    op.execute("DROP VIEW document_chunks_of_site")
    op.execute("GRANT SELECT, DELETE ON document_chunks TO aidant_agent")
    op.execute("DROP TRIGGER document_chunks_site ON document_chunks")
    op.execute("DROP FUNCTION aidant_chunk_site()")
    op.execute("ALTER TABLE document_chunks DROP COLUMN site_id")
