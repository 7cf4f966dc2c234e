"""server site rows: several sites on one server, each seeing only its own rows

PostgreSQL only. A communauté de communes may run one server for several sites. Every table
that holds a site's data gets a `site_id` column (filled, for a server made before, with its one
site), and row-level security lets a login read and write only the rows of its own site:
`aidant_site_members` says which site each application login belongs to (written only by the
schema's owner and the functions it owns), and `aidant_site()` reads it for the current login.
A row written without a site takes the site the connection names (`aidant.site_id`, set by the
application at connection), and the policy refuses it unless that is the login's own site. Keys
that were unique across the table become unique per site (logins, settings, throttles, journal
numbers), and each site's journal has its own chain, head and advisory lock.

The schema's owner bypasses these rules (it runs migrations and set-up); a site's maintenance
login (`aidant_maintenance`, the retention purge) is a member of its site like the agents'
logins, and sees that site's rows only. Legal texts stay shared: they are the public wording of
consent forms, stored by their hash.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: Tables holding one site's data (all but `sites`, which is keyed by the site itself, the
#: shared `legal_texts`, and `document_chunks`, which PostgreSQL cannot fill by COPY under
#: row-level security: revision 0011 keeps it apart another way).
SITE_TABLES = (
    "agents",
    "login_throttles",
    "site_settings",
    "usagers",
    "proches",
    "mandates",
    "authorisations",
    "actions",
    "vaults",
    "key_slots",
    "documents",
    "journal_entries",
    "checkpoints",
    "certificates",
)
#: Keys unique per site from now on: (table, constraint, old columns, kind).
PER_SITE_KEYS = (
    ("agents", "uq_agents_login", "login", "UNIQUE"),
    ("login_throttles", "pk_login_throttles", "key_hash", "PRIMARY KEY"),
    ("site_settings", "pk_site_settings", "key", "PRIMARY KEY"),
    ("journal_entries", "pk_journal_entries", "seq", "PRIMARY KEY"),
)
JOURNAL_LOCK_KEY = 0x41494A4E

_MEMBERS = """
CREATE TABLE aidant_site_members (
    role_name name PRIMARY KEY,
    site_id varchar(36) NOT NULL
)
"""

_SITE_FUNCTION = """
CREATE FUNCTION aidant_site() RETURNS varchar LANGUAGE sql STABLE AS $$
    SELECT site_id FROM aidant_site_members WHERE role_name = current_user
$$
"""

# Same bytes as revision 0004's function; what changes is the site: its own head and lock.
_LINK_FUNCTION = f"""
CREATE OR REPLACE FUNCTION aidant_journal_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq bigint;
    last_hash text;
    body text;
    computed text;
BEGIN
    IF NEW.site_id IS NULL THEN
        RAISE EXCEPTION 'aidant: journal entry without a site'
            USING ERRCODE = 'not_null_violation';
    END IF;
    PERFORM pg_advisory_xact_lock({JOURNAL_LOCK_KEY}, hashtext(NEW.site_id));
    SELECT seq, hash INTO last_seq, last_hash FROM journal_entries
        WHERE site_id = NEW.site_id ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        last_seq := 0;
        last_hash := repeat('0', 64);
    END IF;
    IF NEW.hash = '' THEN
        NEW.seq := last_seq + 1;
        NEW.prev_hash := last_hash;
    ELSIF NEW.seq <> last_seq + 1 OR NEW.prev_hash <> last_hash THEN
        RAISE EXCEPTION 'aidant: journal entry % does not follow entry %', NEW.seq, last_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
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

_NAMED = "current_setting('aidant.site_id', true)"
_OWN_SITE = "site_id = (SELECT aidant_site())"
_SITE_ID = re.compile(r"[0-9A-Za-z-]{1,36}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_MEMBERS)
    op.execute("REVOKE ALL ON aidant_site_members FROM PUBLIC")
    op.execute("GRANT SELECT ON aidant_site_members TO aidant_agent, aidant_maintenance")
    op.execute(_SITE_FUNCTION)
    # A server made before holds one site at most: its rows are that site's. They get it as
    # the new column's first default (no UPDATE: the journal refuses any).
    existing = op.get_bind().execute(sa.text("SELECT id FROM sites LIMIT 1")).scalar()
    if existing is not None and not _SITE_ID.fullmatch(str(existing)):
        raise ValueError("unexpected site id in the sites table")
    first = _NAMED if existing is None else f"'{existing}'"
    for table in SITE_TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN site_id varchar(36) NOT NULL DEFAULT {first}")
        op.execute(f"ALTER TABLE {table} ALTER COLUMN site_id SET DEFAULT {_NAMED}")
        op.execute(f"CREATE INDEX ix_{table}_site_id ON {table} (site_id)")
        _protect(table, _OWN_SITE)
    _protect("sites", "id = (SELECT aidant_site())")
    for table, constraint, column, kind in PER_SITE_KEYS:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {constraint}")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {constraint} {kind} (site_id, {column})")
    op.execute(_LINK_FUNCTION)


def _protect(table: str, own: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY {table}_own_site ON {table} TO aidant_agent, aidant_maintenance "
        f"USING ({own}) WITH CHECK ({own})"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, constraint, column, kind in PER_SITE_KEYS:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {constraint}")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {constraint} {kind} ({column})")
    for table in (*SITE_TABLES, "sites"):
        op.execute(f"DROP POLICY {table}_own_site ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table in SITE_TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN site_id")
    op.execute("DROP FUNCTION aidant_site()")
    op.execute("DROP TABLE aidant_site_members")
    op.execute(
        _LINK_FUNCTION.replace(", hashtext(NEW.site_id)", "")
        .replace("\n        WHERE site_id = NEW.site_id", "")
        .replace(
            "    IF NEW.site_id IS NULL THEN\n"
            "        RAISE EXCEPTION 'aidant: journal entry without a site'\n"
            "            USING ERRCODE = 'not_null_violation';\n"
            "    END IF;\n",
            "",
        )
    )
