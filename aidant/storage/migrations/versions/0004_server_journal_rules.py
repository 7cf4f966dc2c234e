"""server journal rules: roles, grants, an append-only journal, links checked by the server

PostgreSQL only (the embedded file has no roles; there, verification detects what the server
refuses). Group roles `aidant_agent` and `aidant_manager` (a member of `aidant_agent`) may read
and write the site's tables but only read and append to `journal_entries` and `checkpoints`;
`aidant_maintenance` alone may delete from them (the retention purge). Triggers refuse any UPDATE
of either table, and any DELETE or TRUNCATE by a login outside `aidant_maintenance`, even one
that owns the table or was granted the right by mistake. A BEFORE INSERT trigger takes the
journal's advisory lock and computes the link: an entry sent with an empty hash gets its number,
previous hash and hash from the server (what the application sends); an entry sent with its own
link is refused unless it is exactly the next one. A workstation cannot write a wrong link, and
two workstations cannot fork the chain.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The advisory lock of journal appends (any fixed 64-bit number; a migration never imports
#: application code, which may change after it).
JOURNAL_LOCK_KEY = 0x41494A4E
# The statements below go through sqlalchemy.text(): no colon may come right before a word
# in them (it would read as a bind parameter), hence the split ',"v":' || '1}' below.
APPEND_ONLY = ("journal_entries", "checkpoints")
ROLES = ("aidant_agent", "aidant_manager", "aidant_maintenance")

_CREATE_ROLE = """
DO $$ BEGIN
    CREATE ROLE {role} NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$
"""

_APPEND_ONLY_FUNCTION = """
CREATE FUNCTION aidant_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR NOT pg_has_role(current_user, 'aidant_maintenance', 'MEMBER') THEN
        RAISE EXCEPTION 'aidant: % on % refused: the journal is append-only', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$
"""

_LINK_FUNCTION = f"""
CREATE FUNCTION aidant_journal_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq bigint;
    last_hash text;
    body text;
    computed text;
BEGIN
    PERFORM pg_advisory_xact_lock({JOURNAL_LOCK_KEY});
    SELECT seq, hash INTO last_seq, last_hash FROM journal_entries ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        last_seq := 0;
        last_hash := repeat('0', 64);
    END IF;
    IF NEW.hash = '' THEN
        -- The workstation leaves the link to the server: number and previous hash come from
        -- the head it holds the lock on.
        NEW.seq := last_seq + 1;
        NEW.prev_hash := last_hash;
    ELSIF NEW.seq <> last_seq + 1 OR NEW.prev_hash <> last_hash THEN
        RAISE EXCEPTION 'aidant: journal entry % does not follow entry %', NEW.seq, last_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    -- The hashed bytes of docs/journal-format.md: to_json escapes a string as Python's
    -- json.encoder.encode_basestring does; the data column's text is spliced in as stored.
    body := '{{"actor":' || to_json(NEW.actor)::text
        || ',"at":' || to_json(NEW.at)::text
        || ',"data":' || NEW.data
        || ',"kind":' || to_json(NEW.kind)::text
        || ',"seq":' || NEW.seq::text
        || ',"usager":' || coalesce(to_json(NEW.usager_id)::text, 'null')
        || ',"v":' || '1}}';
    computed := encode(sha256(decode(last_hash, 'hex') || convert_to(body, 'UTF8')), 'hex');
    IF NEW.hash = '' THEN
        NEW.hash := computed;
    ELSIF NEW.hash <> computed THEN
        RAISE EXCEPTION 'aidant: journal entry % has a wrong hash', NEW.seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$
"""  # noqa: S608 - built from constants only


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for role in ROLES:
        op.execute(_CREATE_ROLE.format(role=role))
    op.execute("GRANT aidant_agent TO aidant_manager")
    op.execute("GRANT USAGE ON SCHEMA public TO aidant_agent, aidant_maintenance")
    op.execute(
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO aidant_agent"
    )
    op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO aidant_agent")
    op.execute("REVOKE ALL ON alembic_version FROM PUBLIC, aidant_agent")
    op.execute("GRANT SELECT ON alembic_version TO aidant_agent")
    tables = ", ".join(APPEND_ONLY)
    op.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON {tables} FROM PUBLIC, aidant_agent")
    op.execute(f"GRANT SELECT, DELETE ON {tables} TO aidant_maintenance")
    op.execute(_APPEND_ONLY_FUNCTION)
    op.execute(_LINK_FUNCTION)
    for table in APPEND_ONLY:
        # Per statement: it fires even when the statement matches no row.
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION aidant_append_only()"
        )
    op.execute(
        "CREATE TRIGGER journal_entries_link BEFORE INSERT ON journal_entries "
        "FOR EACH ROW EXECUTE FUNCTION aidant_journal_link()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER journal_entries_link ON journal_entries")
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
    op.execute("DROP FUNCTION aidant_journal_link()")
    op.execute("DROP FUNCTION aidant_append_only()")
    # The roles belong to the whole cluster (other sites' databases may use them): they stay;
    # this database's grants go with them.
    op.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM aidant_agent, aidant_maintenance")
    op.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM aidant_agent")
    op.execute("REVOKE USAGE ON SCHEMA public FROM aidant_agent, aidant_maintenance")
