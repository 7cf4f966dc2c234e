"""Agents' own logins on a site server, over TLS: the real opening path (`prepare` →
`SiteDoor.enter`), what each login may do at the server, and the commands that change them.

Every connection here goes over 127.0.0.1 with TLS checked against the certificate pinned by
`aidant server init`, and SCRAM passwords derived from the agents' own; the statements an
agent must not send go straight through psycopg with that agent's login.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from aidant.agents.texts import AgentText
from aidant.domain.enums import Role
from aidant.domain.errors import AuthenticationError
from aidant.setup.opening import prepare
from aidant.site import server_access
from aidant.site.clock import FakeClock
from aidant.site.context import SiteFile
from aidant.site.paths import DataPaths
from tests.support.cli import Cli
from tests.support.costs import TEST_COSTS
from tests.support.server_site import (
    MANAGER,
    MANAGER_PASSWORD,
    ServerSite,
    connect_as,
    server_site,
)
from tools.pg_cluster import Cluster

AGENT_PASSWORD = "agent-password-1"


@pytest.fixture
def served(pg_cluster: Cluster, cli: Cli, tmp_path: Path) -> Iterator[ServerSite]:
    with server_site(pg_cluster, cli, tmp_path / "data") as site:
        code, _, err = cli(
            "--as", MANAGER, "agent", "add", "--login", "agent", "--name", "Agent de test",
            stdin=f"{MANAGER_PASSWORD}\n{AGENT_PASSWORD}\n{AGENT_PASSWORD}\n",
        )  # fmt: skip
        assert code == 0, err
        yield site


def _password(site: ServerSite, login: str, password: str) -> str:
    with server_access.login_secrets(
        site.site_id, login, password, TEST_COSTS.agent_passwords
    ) as secrets:
        return secrets.password


def _agent(site: ServerSite, login: str = "agent", password: str = AGENT_PASSWORD):  # type: ignore[no-untyped-def]
    return connect_as(site, site.role(login), _password(site, login, password))


def test_site_json_keeps_no_user_and_no_password(served: ServerSite) -> None:
    text = (served.data / "site.json").read_text()
    site = SiteFile.read(served.data / "site.json")
    assert site.server_url == served.url
    assert "operator" not in text and "password" not in text
    assert site.server_fingerprint is not None
    assert not (served.data / "access.json").exists()


def test_an_agent_opens_the_site_as_their_own_login_over_tls(
    served: ServerSite, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="aidant")
    ctx, actor = prepare(DataPaths(served.data), costs=TEST_COSTS).enter("agent", AGENT_PASSWORD)
    # The start-up upkeep ran whole with the agent's rights (no task refused by the server).
    assert [r.getMessage() for r in caplog.records] == []
    try:
        assert actor.role is Role.AGENT
        assert ctx.engine.url.username == served.role("agent")
        with ctx.engine.connect() as conn:
            ssl_on = conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).scalar()
        assert ssl_on is True
        assert ctx.access is not None and ctx.access.payload.signing_key is not None
        assert ctx.access.payload.root_key is None  # an agent holds no root key
    finally:
        ctx.close()
    ctx, actor = prepare(DataPaths(served.data), costs=TEST_COSTS).enter(MANAGER, MANAGER_PASSWORD)
    try:
        assert actor.role is Role.MANAGER
        assert ctx.access is not None and ctx.access.payload.root_key is not None
    finally:
        ctx.close()


def test_a_wrong_password_is_refused_by_the_server_in_the_usual_sentence(
    served: ServerSite,
) -> None:
    door = prepare(DataPaths(served.data), costs=TEST_COSTS)
    for login, password in (("agent", "wrong-password-1"), ("nobody", AGENT_PASSWORD)):
        with pytest.raises(AuthenticationError) as caught:
            door.enter(login, password)
        assert caught.value.text is AgentText.BAD_LOGIN


def test_the_server_keeps_only_a_scram_verifier(served: ServerSite) -> None:
    served.cluster.execute("SELECT 1")
    with psycopg.connect(
        f"host={served.cluster.socket_dir} port={served.cluster.port} user=postgres "
        f"dbname={served.database}"
    ) as conn:
        row = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (served.role("agent"),)
        ).fetchone()
    assert row is not None and str(row[0]).startswith("SCRAM-SHA-256$4096:")
    assert _password(served, "agent", AGENT_PASSWORD) not in str(row[0])


MANAGER_ONLY = (
    "UPDATE agents SET role = 'manager'",
    "UPDATE agents SET active = false",
    "DELETE FROM agents",
    "INSERT INTO certificates (agent_id, body, signature) VALUES ('x', 'y', 'z')",
    "DELETE FROM certificates",
    "UPDATE sites SET root_public_key = 'x'",
    "UPDATE site_settings SET value = '0'",
    "INSERT INTO site_settings (key, value, updated_at) VALUES ('k', '1', now())",
    "DELETE FROM site_settings",
    "UPDATE journal_entries SET actor = 'x'",
    "DELETE FROM journal_entries",
    "DELETE FROM server_key_slots",
    "UPDATE server_key_slots SET sealed = ''",
    "SELECT aidant_set_login('aidant_u_00000000000000000000000000000000', NULL, true, 'x', '')",
    "SELECT aidant_disable_login('aidant_u_00000000000000000000000000000000')",
    "CREATE ROLE intruder LOGIN",
)


def test_an_agent_cannot_write_manager_data_at_the_server(served: ServerSite) -> None:
    with _agent(served) as conn:
        for statement in MANAGER_ONLY:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement.encode())
        # Their own login data they may write; another agent's password hash they may not.
        conn.execute(b"UPDATE agents SET last_login_at = now() WHERE login = 'agent'")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(b"UPDATE agents SET password_hash = 'x' WHERE login = 'chef'")
        conn.execute(b"UPDATE agents SET password_hash = password_hash WHERE login = 'chef'")
        # Row-level security: only their own key slot is visible.
        roles = [r[0] for r in conn.execute(b"SELECT role_name FROM server_key_slots")]
        assert roles == [served.role("agent")]


def test_a_manager_cannot_reach_beyond_the_application_logins(served: ServerSite) -> None:
    with connect_as(
        served, served.role(MANAGER), _password(served, MANAGER, MANAGER_PASSWORD)
    ) as c:
        c.execute(b"UPDATE site_settings SET updated_at = updated_at")
        # A login of another site on the same cluster (its row is in that site's database).
        elsewhere = "aidant_u_" + "ab" * 16
        served.cluster.execute(f"DROP ROLE IF EXISTS {elsewhere}", f"CREATE ROLE {elsewhere} LOGIN")
        for target in ("postgres", served.maintenance_login, "aidant_u_not_hex", elsewhere):
            with pytest.raises(errors.InsufficientPrivilege):
                c.execute(
                    "SELECT aidant_set_login(%s, %s, true, 'x', 'x')",
                    (target, "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"),
                )
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT aidant_disable_login(%s)", (elsewhere,))
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(b"CREATE ROLE intruder LOGIN")
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(b"DELETE FROM journal_entries")


def test_password_change_reset_deactivate_reactivate_follow_at_the_server(
    served: ServerSite, cli: Cli
) -> None:
    new = "agent-password-2"
    code, _, err = cli(
        "--as", "agent", "agent", "password", stdin=f"{AGENT_PASSWORD}\n" * 2 + f"{new}\n{new}\n"
    )
    assert code == 0, err
    with pytest.raises(psycopg.OperationalError):
        _agent(served)
    with _agent(served, password=new):
        pass
    code, _, err = cli("--as", "agent", "agent", "list", stdin=f"{AGENT_PASSWORD}\n")
    assert code == 3, err

    code, _, err = cli(
        "--as", MANAGER, "agent", "deactivate", "--login", "agent", stdin=f"{MANAGER_PASSWORD}\n"
    )
    assert code == 0, err
    with pytest.raises(psycopg.OperationalError):
        _agent(served, password=new)

    reset = "agent-password-3"
    code, _, err = cli(
        "--as", MANAGER, "agent", "reactivate", "--login", "agent",
        stdin=f"{MANAGER_PASSWORD}\n{reset}\n{reset}\n",
    )  # fmt: skip
    assert code == 0, err
    ctx, actor = prepare(DataPaths(served.data), costs=TEST_COSTS).enter("agent", reset)
    ctx.close()
    assert actor.role is Role.AGENT

    other = "agent-password-4"
    code, _, err = cli(
        "--as",
        MANAGER,
        "agent",
        "reset",
        "--login",
        "agent",
        stdin=f"{MANAGER_PASSWORD}\n{other}\n{other}\n",
    )
    assert code == 0, err
    with _agent(served, password=other):
        pass


def test_repeated_failures_of_one_login_wait_as_on_one_pc(served: ServerSite) -> None:
    clock = FakeClock()
    door = prepare(DataPaths(served.data), costs=TEST_COSTS, clock=clock)
    texts = []
    for _ in range(3):
        with pytest.raises(AuthenticationError) as caught:
            door.enter("agent", "wrong-password-1")
        texts.append(caught.value.text)
    assert texts == [AgentText.BAD_LOGIN, AgentText.BAD_LOGIN, AgentText.LOCKED_SECONDS]
    with pytest.raises(AuthenticationError) as caught:
        door.enter("agent", AGENT_PASSWORD)  # the right one, but too soon
    assert caught.value.text is AgentText.LOCKED_SECONDS
    ctx, _ = door.enter(MANAGER, MANAGER_PASSWORD)  # another login is not held up
    ctx.close()
    clock.advance(dt.timedelta(seconds=31))
    ctx, actor = door.enter("agent", AGENT_PASSWORD)
    ctx.close()
    assert actor.role is Role.AGENT


def test_another_sites_login_cannot_connect_to_this_sites_database(served: ServerSite) -> None:
    """Group roles span the cluster; CONNECT keeps each site's database to its own logins."""
    elsewhere = "aidant_u_" + "cd" * 16
    served.cluster.execute(
        f"DROP ROLE IF EXISTS {elsewhere}",
        f"CREATE ROLE {elsewhere} LOGIN PASSWORD 'elsewhere-1' IN ROLE aidant_manager",
    )
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            connect_as(served, elsewhere, "elsewhere-1")
    finally:
        served.cluster.execute(f"DROP ROLE {elsewhere}")


def test_the_maintenance_login_may_only_read_and_delete_the_journal(served: ServerSite) -> None:
    with connect_as(served, served.maintenance_login, served.maintenance_password) as conn:
        assert conn.execute(b"SELECT count(*) FROM journal_entries").fetchone() is not None
        for statement in (
            "SELECT * FROM usagers",
            "SELECT * FROM agents",
            "SELECT * FROM server_key_slots",
            "UPDATE journal_entries SET actor = 'x'",
            "INSERT INTO site_settings (key, value, updated_at) VALUES ('k', '1', now())",
            "SELECT aidant_set_login('aidant_u_00000000000000000000000000000000', NULL, true, "
            "'x', '')",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement.encode())


def test_the_retention_purge_runs_with_a_managers_own_login(served: ServerSite, cli: Cli) -> None:
    code, out, err = cli("--as", MANAGER, "purge", stdin=f"{MANAGER_PASSWORD}\n")
    assert code == 0, err
    assert "0 usager(s) effacé(s)" in out
