"""Agents' own logins on a site server, and their key slots there (migration 0007).

Everything here runs in the caller's transaction on the server; the verifier and the sealed
slot come computed from the workstation (`aidant.site.server_access`), so neither a password
nor a key travels to the server. Logins are made and changed through the SECURITY DEFINER
functions of migration 0007, never by a login holding CREATEROLE.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

#: Every application login's name starts so; the server's functions touch no other role.
LOGIN_PREFIX = "aidant_u_"
MAINTENANCE_PREFIX = "aidant_m_"


def login_role(site_id: str, login: str) -> str:
    """The PostgreSQL login of an agent: opaque (the operator's role list names nobody), one
    per site and login, at most 63 bytes."""
    digest = hashlib.sha256(f"aidant-login\0{site_id}\0{login.strip()}".encode()).hexdigest()
    return LOGIN_PREFIX + digest[:32]


def maintenance_role(site_id: str) -> str:
    """The site's maintenance login (the retention purge only)."""
    digest = hashlib.sha256(f"aidant-maintenance\0{site_id}".encode()).hexdigest()
    return MAINTENANCE_PREFIX + digest[:32]


def set_login(
    db: Session, role: str, verifier: str, *, manager: bool, agent_id: str, sealed: bytes
) -> None:
    """Create or update an agent's login (a manager's transaction): its verifier, its group
    role, and its sealed key slot."""
    db.execute(
        text("SELECT aidant_set_login(:role, :verifier, :manager, :agent, :sealed)"),
        {
            "role": role,
            "verifier": verifier,
            "manager": manager,
            "agent": agent_id,
            "sealed": sealed,
        },
    )


def disable_login(db: Session, role: str) -> None:
    """NOLOGIN for an agent's login and its key slot emptied (a manager's transaction)."""
    db.execute(text("SELECT aidant_disable_login(:role)"), {"role": role})


def set_own_login(db: Session, role: str, verifier: str, sealed: bytes) -> None:
    """The agent's own new verifier and re-sealed key slot (a password change)."""
    db.execute(
        text("SELECT aidant_set_own_login(:role, :verifier, :sealed)"),
        {"role": role, "verifier": verifier, "sealed": sealed},
    )


def own_slot(conn: Connection) -> bytes | None:
    """The connected login's sealed key slot (row-level security shows no other)."""
    value = conn.execute(
        text("SELECT sealed FROM server_key_slots WHERE role_name = session_user::text")
    ).scalar()
    return None if value is None else bytes(value)


def session_is_manager(db: Session) -> bool:
    """Whether the connected login may write manager-only data."""
    return bool(db.scalar(text("SELECT pg_has_role(session_user, 'aidant_manager', 'MEMBER')")))


def restrict_connect(conn: Connection, maintenance: str, logins: list[str]) -> None:
    """Only this database's logins may connect to it (`aidant server init`, import, restore):
    the group roles span the whole cluster, so another database's agents would otherwise reach
    it. `logins` are application logins that already exist (a restore on the same server)."""
    database = conn.execute(text("SELECT quote_ident(current_database())")).scalar_one()
    conn.execute(text(f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC"))
    for role in [maintenance, *logins]:
        login = conn.execute(text("SELECT quote_ident(:r)"), {"r": role}).scalar_one()
        conn.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {login}"))


def create_maintenance_login(conn: Connection, role: str, verifier: str) -> None:
    """The maintenance login (run by the operator's owner login at `aidant server init`):
    member of `aidant_maintenance` only, which may delete from the journal and nothing else."""
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
    quoted = conn.execute(text("SELECT quote_ident(:r)"), {"r": role}).scalar_one()
    secret = conn.execute(text("SELECT quote_literal(:v)"), {"v": verifier}).scalar_one()
    verb = "ALTER" if exists else "CREATE"
    # Not through text(): the verifier holds colons that would read as bind parameters.
    conn.exec_driver_sql(f"{verb} ROLE {quoted} LOGIN PASSWORD {secret}")
    conn.execute(text(f"GRANT aidant_maintenance TO {quoted}"))
    # It sees its own site's rows only (row-level security, migration 0009).
    conn.execute(
        text(
            "INSERT INTO aidant_site_members (role_name, site_id) "
            "VALUES (:r, current_setting('aidant.site_id')) ON CONFLICT (role_name) DO NOTHING"
        ),
        {"r": role},
    )
