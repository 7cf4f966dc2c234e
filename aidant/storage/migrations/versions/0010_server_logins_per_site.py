"""server logins per site: each application login belongs to one site of the server

PostgreSQL only. Revision 0009 keeps each site's rows to the logins listed as its members in
`aidant_site_members`; this one makes the login functions of revision 0007 fill and respect that
list. A login gets the site of whoever makes it (the manager's own site; for the schema's owner
setting a site up, the site its connection names) when its key slot is first stored, and
`aidant_set_login`, `aidant_disable_login` and `aidant_set_own_login` refuse a login of another
site: a manager of one site can never take over, or lock out, an agent of another.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_CALLER_SITE = """
CREATE FUNCTION aidant_caller_site() RETURNS varchar
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found_site varchar;
BEGIN
    SELECT site_id INTO found_site FROM public.aidant_site_members
        WHERE role_name = session_user;
    IF FOUND THEN
        RETURN found_site;
    END IF;
    -- The schema's owner (or a superuser) sets sites up: the site its connection names.
    IF pg_has_role(session_user,
            (SELECT relowner FROM pg_class WHERE oid = 'public.sites'::regclass), 'MEMBER') THEN
        RETURN current_setting('aidant.site_id', true);
    END IF;
    RETURN NULL;
END $$
"""

_CHECK_OURS = """
CREATE OR REPLACE FUNCTION aidant_check_ours(p_role text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    member_of varchar;
BEGIN
    -- Logins belong to the whole cluster: one made by another database (no key slot here) or
    -- by another site of this database is never altered from here.
    SELECT site_id INTO member_of FROM public.aidant_site_members WHERE role_name = p_role;
    IF NOT EXISTS (SELECT 1 FROM public.server_key_slots WHERE role_name = p_role)
            OR member_of IS NULL OR member_of IS DISTINCT FROM public.aidant_caller_site() THEN
        RAISE EXCEPTION 'aidant: % is not a login of this site', p_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$
"""

_SLOT_SITE = """
CREATE FUNCTION aidant_slot_site() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    caller varchar := public.aidant_caller_site();
    member_of varchar;
BEGIN
    IF caller IS NULL THEN
        RAISE EXCEPTION 'aidant: % belongs to no site', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT site_id INTO member_of FROM public.aidant_site_members
        WHERE role_name = NEW.role_name;
    IF NOT FOUND THEN
        INSERT INTO public.aidant_site_members VALUES (NEW.role_name, caller);
    ELSIF member_of <> caller THEN
        RAISE EXCEPTION 'aidant: % is not a login of this site', NEW.role_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Logins made before: the server held one site at most.
    op.execute(
        "INSERT INTO aidant_site_members (role_name, site_id) "
        "SELECT s.role_name, (SELECT id FROM sites LIMIT 1) FROM server_key_slots s "
        "WHERE EXISTS (SELECT 1 FROM sites) ON CONFLICT (role_name) DO NOTHING"
    )
    op.execute(_CALLER_SITE)
    op.execute("REVOKE ALL ON FUNCTION aidant_caller_site() FROM PUBLIC")
    # It tells a login its own site only: the application's logins may ask it (revision 0011).
    op.execute("GRANT EXECUTE ON FUNCTION aidant_caller_site() TO aidant_agent, aidant_maintenance")
    op.execute(_CHECK_OURS)
    op.execute(_SLOT_SITE)
    op.execute("REVOKE ALL ON FUNCTION aidant_slot_site() FROM PUBLIC")
    op.execute(
        "CREATE TRIGGER server_key_slots_site BEFORE INSERT OR UPDATE ON server_key_slots "
        "FOR EACH ROW EXECUTE FUNCTION aidant_slot_site()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER server_key_slots_site ON server_key_slots")
    op.execute("DROP FUNCTION aidant_slot_site()")
    op.execute(
        _CHECK_OURS.replace(
            "            OR member_of IS NULL OR member_of IS DISTINCT FROM "
            "public.aidant_caller_site() THEN",
            "            THEN",
        )
    )
    op.execute("DROP FUNCTION aidant_caller_site()")
