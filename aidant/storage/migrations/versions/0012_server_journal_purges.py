"""server journal purges: the journal's oldest entries go once their archive time is over

PostgreSQL only (the embedded file keeps its whole journal). A site's journal keeps every entry
for the retention period of personal data plus three years of archive (`retention_years` of the
site's policy, default 3, so six years), as Aidants Connect does. After that, the site's
maintenance login (`aidant server purge`) removes the oldest entries, and only those:

- it inserts a row into `journal_purges`, and the server fills that row itself: the cut-off
  (today, UTC, minus the archive time read from the site's own policy), the last entry to go
  (the end of the unbroken run of entries dated before the cut-off, never the journal's last
  entry), that entry's hash, the number of entries and the time. Nothing sent is kept. When no
  entry is due, no row is written;
- a row trigger then refuses the deletion of any entry or checkpoint beyond the site's latest
  purge, whoever asks (revision 0004 already refuses it to every login but maintenance);
- purge rows are never updated or deleted. Verification starts from the latest one: entry
  `up_to + 1` must link to its `head_hash`, and the rest of the chain is checked as before.

The schema's owner (a restore loading a dump with `pg_restore`) writes purge rows as they are.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: The journal's advisory lock (revision 0004's number, taken per site since 0009): a purge and
#: an append never interleave.
JOURNAL_LOCK_KEY = 0x41494A4E
#: Archive years after the retention period of personal data.
ARCHIVE_YEARS = 3

_OWNER = "(SELECT relowner FROM pg_class WHERE oid = 'public.sites'::regclass)"

_PURGE_FUNCTION = f"""
CREATE FUNCTION aidant_journal_purge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    site varchar;
    years integer;
    head_seq bigint;
    done bigint;
    first_kept bigint;
BEGIN
    -- A restore (the schema's owner) loads purge rows as they were written.
    IF pg_has_role(session_user, {_OWNER}, 'MEMBER') THEN
        RETURN NEW;
    END IF;
    site := public.aidant_caller_site();
    IF site IS NULL OR NOT pg_has_role(session_user, 'aidant_maintenance', 'MEMBER') THEN
        RAISE EXCEPTION 'aidant: only the site''s maintenance login purges its journal'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock({JOURNAL_LOCK_KEY}, hashtext(site));
    SELECT (value #>> '{{}}')::integer INTO years FROM public.site_settings
        WHERE site_id = site AND key = 'retention_years';
    NEW.archive_years := coalesce(years, 3) + {ARCHIVE_YEARS};
    NEW.site_id := site;
    NEW.at := now();
    NEW.cutoff := date_trunc('day', now(), 'UTC') - make_interval(years => NEW.archive_years);
    SELECT max(seq) INTO head_seq FROM public.journal_entries WHERE site_id = site;
    SELECT coalesce(max(up_to), 0) INTO done FROM public.journal_purges WHERE site_id = site;
    -- Entry times are UTC text (`2026-03-02T09:00:00.000000Z`): their first ten characters
    -- are the day, compared as text with no cast that a malformed row could break.
    SELECT min(seq) INTO first_kept FROM public.journal_entries
        WHERE site_id = site AND seq > done
        AND substr(at, 1, 10) >= to_char(NEW.cutoff AT TIME ZONE 'UTC', 'YYYY-MM-DD');
    NEW.up_to := coalesce(first_kept, head_seq) - 1;  -- the head itself always stays
    IF head_seq IS NULL OR NEW.up_to <= done THEN
        RETURN NULL;  -- nothing is due: no row
    END IF;
    NEW.entries := NEW.up_to - done;
    SELECT hash INTO NEW.head_hash FROM public.journal_entries
        WHERE site_id = site AND seq = NEW.up_to;
    RETURN NEW;
END $$
"""  # noqa: S608 - built from constants only

_PURGED_ONLY_FUNCTION = """
CREATE FUNCTION aidant_purged_only() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    purged bigint;
    position bigint;
BEGIN
    SELECT max(up_to) INTO purged FROM public.journal_purges WHERE site_id = OLD.site_id;
    position := (to_jsonb(OLD) ->> TG_ARGV[0])::bigint;
    IF purged IS NULL OR position > purged THEN
        RAISE EXCEPTION 'aidant: % % of % is within its archive time: not deleted',
            TG_ARGV[0], position, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END $$
"""

_NEVER_CHANGED_FUNCTION = """
CREATE FUNCTION aidant_never_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'aidant: % on % refused: a purge is recorded for good', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$
"""

_OWN_SITE = "site_id = (SELECT aidant_site())"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table(
        "journal_purges",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "site_id",
            sa.String(36),
            nullable=False,
            server_default=sa.text("current_setting('aidant.site_id', true)"),
        ),
        sa.Column("up_to", sa.BigInteger(), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("cutoff", sa.DateTime(timezone=True), nullable=False),
        sa.Column("archive_years", sa.Integer(), nullable=False),
        sa.Column("entries", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("site_id", "up_to", name="uq_journal_purges_site_up_to"),
    )
    op.execute("REVOKE ALL ON journal_purges FROM PUBLIC")
    op.execute("GRANT SELECT ON journal_purges TO aidant_agent")
    op.execute("GRANT SELECT, INSERT ON journal_purges TO aidant_maintenance")
    op.execute("GRANT USAGE ON SEQUENCE journal_purges_id_seq TO aidant_maintenance")
    op.execute("ALTER TABLE journal_purges ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY journal_purges_own_site ON journal_purges TO aidant_agent, "
        f"aidant_maintenance USING ({_OWN_SITE}) WITH CHECK ({_OWN_SITE})"
    )
    op.execute(_PURGE_FUNCTION)
    op.execute(_PURGED_ONLY_FUNCTION)
    op.execute(_NEVER_CHANGED_FUNCTION)
    op.execute(
        "CREATE TRIGGER journal_purges_computed BEFORE INSERT ON journal_purges "
        "FOR EACH ROW EXECUTE FUNCTION aidant_journal_purge()"
    )
    op.execute(
        "CREATE TRIGGER journal_purges_kept BEFORE UPDATE OR DELETE ON journal_purges "
        "FOR EACH ROW EXECUTE FUNCTION aidant_never_changed()"
    )
    op.execute(
        "CREATE TRIGGER journal_purges_not_truncated BEFORE TRUNCATE ON journal_purges "
        "FOR EACH STATEMENT EXECUTE FUNCTION aidant_never_changed()"
    )
    for table, position in (("journal_entries", "seq"), ("checkpoints", "size")):
        op.execute(
            f"CREATE TRIGGER {table}_purged_only BEFORE DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION aidant_purged_only('{position}')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("journal_entries", "checkpoints"):
        op.execute(f"DROP TRIGGER {table}_purged_only ON {table}")
    op.drop_table("journal_purges")
    op.execute("DROP FUNCTION aidant_never_changed()")
    op.execute("DROP FUNCTION aidant_purged_only()")
    op.execute("DROP FUNCTION aidant_journal_purge()")
