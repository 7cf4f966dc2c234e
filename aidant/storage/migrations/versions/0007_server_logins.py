"""server logins: agents' own PostgreSQL logins, their key slots, manager-only data

PostgreSQL only. Each agent connects as their own login (`aidant_u_` and 32 hex digits),
member of `aidant_agent` or `aidant_manager`; its password is derived from the agent's and the
server keeps only its SCRAM verifier. Logins are made and changed through SECURITY DEFINER
functions owned by the schema's owner, so that no application login needs CREATEROLE:

- `aidant_set_login` (managers): create or alter an application login (the name pattern is
  checked, a superuser or privileged role is never touched, nor a login another database
  made), grant it exactly one group role,
  and store its key slot;
- `aidant_disable_login` (managers): NOLOGIN, and its key slot emptied;
- `aidant_set_own_login` (any agent, on their own login): a new verifier and a re-sealed slot.

`server_key_slots` keeps each agent's signing key (and a manager's root key) sealed under a key
that only their password gives; row-level security shows a login its own row only. Agents,
certificates, the site row and its settings are written by `aidant_manager` only; an agent may
update the columns a login and their own password or one-time code change, and a trigger keeps
the password hash and one-time secret of another agent out of their reach.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

MANAGER_ONLY = ("agents", "certificates", "sites", "site_settings")
#: What a login, a password change or a one-time-code enrolment writes on the agent's row.
AGENT_COLUMNS = (
    "failed_logins",
    "locked_until",
    "last_login_at",
    "totp_last_step",
    "totp_secret",
    "password_hash",
)
# The statements go through sqlalchemy.text(): no colon right before a word in them.
_CHECKS = r"""
CREATE FUNCTION aidant_check_login(p_role text, p_verifier text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
BEGIN
    IF p_role IS NULL OR p_role !~ '^aidant_u_[0-9a-f]{32}$' THEN
        RAISE EXCEPTION 'aidant: % is not an application login', p_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~
            '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'aidant: a login password must be a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_password';
    END IF;
    SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls AS strong,
           pg_has_role(oid, 'aidant_maintenance', 'MEMBER') AS maintenance
        INTO r FROM pg_roles WHERE rolname = p_role;
    IF FOUND AND (r.strong OR r.maintenance) THEN
        RAISE EXCEPTION 'aidant: % is not an application login', p_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$
"""

_CHECK_OURS = """
CREATE FUNCTION aidant_check_ours(p_role text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- Logins belong to the whole cluster: one made by another site's database (another
    -- row of server_key_slots elsewhere) is never altered from here.
    IF NOT EXISTS (SELECT 1 FROM public.server_key_slots WHERE role_name = p_role) THEN
        RAISE EXCEPTION 'aidant: % is not a login of this site', p_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$
"""

_SET_LOGIN = """
CREATE FUNCTION aidant_set_login(
    p_role text, p_verifier text, p_manager boolean, p_agent text, p_sealed bytea
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_verifier IS NULL OR p_sealed IS NULL THEN
        RAISE EXCEPTION 'aidant: a login needs a verifier and a key slot'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.aidant_check_login(p_role, p_verifier);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
        PERFORM public.aidant_check_ours(p_role);
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_role, p_verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_role, p_verifier);
    END IF;
    EXECUTE format('GRANT aidant_agent TO %I', p_role);
    -- Group roles span the cluster: CONNECT, revoked from PUBLIC at `aidant server init`,
    -- keeps another site's logins out of this database.
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_role);
    IF p_manager THEN
        EXECUTE format('GRANT aidant_manager TO %I', p_role);
    ELSE
        EXECUTE format('REVOKE aidant_manager FROM %I', p_role);
    END IF;
    INSERT INTO public.server_key_slots (role_name, agent_id, sealed, updated_at)
        VALUES (p_role, p_agent, p_sealed, now())
        ON CONFLICT (role_name) DO UPDATE
        SET agent_id = EXCLUDED.agent_id, sealed = EXCLUDED.sealed, updated_at = now();
END $$
"""

_DISABLE_LOGIN = """
CREATE FUNCTION aidant_disable_login(p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.aidant_check_login(p_role, NULL);
    PERFORM public.aidant_check_ours(p_role);
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_role);
    -- The row stays, emptied: it says this database made the login (aidant_check_ours).
    UPDATE public.server_key_slots SET sealed = '', updated_at = now() WHERE role_name = p_role;
END $$
"""

_SET_OWN_LOGIN = """
CREATE FUNCTION aidant_set_own_login(p_role text, p_verifier text, p_sealed bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_role IS DISTINCT FROM session_user::text
            AND NOT pg_has_role(session_user, 'aidant_manager', 'MEMBER') THEN
        RAISE EXCEPTION 'aidant: an agent changes only their own login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_verifier IS NULL OR p_sealed IS NULL THEN
        RAISE EXCEPTION 'aidant: a login needs a verifier and a key slot'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.aidant_check_login(p_role, p_verifier);
    UPDATE public.server_key_slots SET sealed = p_sealed, updated_at = now()
        WHERE role_name = p_role;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'aidant: % has no key slot', p_role
            USING ERRCODE = 'no_data_found';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_role, p_verifier);
END $$
"""

_GUARD_AGENT_SECRETS = """
CREATE FUNCTION aidant_guard_agent_secrets() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (NEW.password_hash IS DISTINCT FROM OLD.password_hash
            OR NEW.totp_secret IS DISTINCT FROM OLD.totp_secret)
        AND NOT pg_has_role(session_user, 'aidant_manager', 'MEMBER')
        AND OLD.id IS DISTINCT FROM (
            SELECT agent_id FROM public.server_key_slots WHERE role_name = session_user::text
        ) THEN
        RAISE EXCEPTION 'aidant: an agent changes only their own password or one-time code'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$
"""

_FUNCTIONS = {
    "aidant_set_login(text, text, boolean, text, bytea)": "aidant_manager",
    "aidant_disable_login(text)": "aidant_manager",
    "aidant_set_own_login(text, text, bytea)": "aidant_agent",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE server_key_slots ("
        " role_name varchar(63) PRIMARY KEY,"
        " agent_id varchar(36) NOT NULL,"
        " sealed bytea NOT NULL,"
        " updated_at timestamptz NOT NULL DEFAULT now())"
    )
    op.execute("REVOKE ALL ON server_key_slots FROM PUBLIC")
    op.execute("GRANT SELECT ON server_key_slots TO aidant_agent")
    op.execute("ALTER TABLE server_key_slots ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY own_slot ON server_key_slots FOR SELECT TO aidant_agent "
        "USING (role_name = session_user::text)"
    )
    for statement in (
        _CHECKS,
        _CHECK_OURS,
        _SET_LOGIN,
        _DISABLE_LOGIN,
        _SET_OWN_LOGIN,
        _GUARD_AGENT_SECRETS,
    ):
        op.execute(statement)
    op.execute("REVOKE ALL ON FUNCTION aidant_check_login(text, text) FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION aidant_check_ours(text) FROM PUBLIC")
    for function, group in _FUNCTIONS.items():
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {group}")
    tables = ", ".join(MANAGER_ONLY)
    op.execute(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {tables} FROM PUBLIC, aidant_agent")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO aidant_manager")
    op.execute(f"GRANT UPDATE ({', '.join(AGENT_COLUMNS)}) ON agents TO aidant_agent")
    op.execute(
        "CREATE TRIGGER agents_guard_secrets BEFORE UPDATE ON agents "
        "FOR EACH ROW EXECUTE FUNCTION aidant_guard_agent_secrets()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER agents_guard_secrets ON agents")
    tables = ", ".join(MANAGER_ONLY)
    op.execute(f"REVOKE ALL ON {tables} FROM aidant_manager")
    op.execute(f"REVOKE UPDATE ({', '.join(AGENT_COLUMNS)}) ON agents FROM aidant_agent")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON {tables} TO aidant_agent")
    for function in (*_FUNCTIONS, "aidant_check_login(text, text)", "aidant_check_ours(text)"):
        op.execute(f"DROP FUNCTION {function}")
    op.execute("DROP FUNCTION aidant_guard_agent_secrets()")
    op.execute("DROP TABLE server_key_slots")
    # The logins belong to the whole cluster (like the group roles): they stay.
