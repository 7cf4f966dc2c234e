"""A site set up on the session's server as an operator would: `aidant server init` over TCP
and TLS with an owner login, then agents who connect with their own logins."""

from __future__ import annotations

import itertools
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from aidant.site.context import SiteFile
from aidant.storage import server_logins, server_tls
from tests.support.cli import Cli
from tests.support.server import fresh_database
from tools.pg_cluster import Cluster

MANAGER = "chef"
MANAGER_PASSWORD = "manager-password-1"
OPERATOR_PASSWORD = "operator-password-1"
_operators = itertools.count(1)


def fingerprint(cluster: Cluster) -> str:
    pem = cluster.certificate_pem.decode("ascii")
    return server_tls.fingerprint(ssl.PEM_cert_to_DER_cert(pem))


@dataclass
class ServerSite:
    cluster: Cluster
    database: str
    url: str  # what a workstation is given: no user, no password
    data: Path
    site_id: str
    maintenance_login: str
    maintenance_password: str
    #: The operator's (a superuser with a password, over TCP): what `server init` was given.
    owner_url: str

    def role(self, login: str) -> str:
        return server_logins.login_role(self.site_id, login)


@contextmanager
def server_site(cluster: Cluster, cli: Cli, data: Path) -> Iterator[ServerSite]:
    """`aidant server init` run by an operator (a superuser login with a password, over TCP
    and TLS) on a fresh database; the site's first manager is `chef`."""
    operator = f"aidant_test_operator_{next(_operators)}"
    cluster.execute(f"CREATE ROLE {operator} LOGIN SUPERUSER PASSWORD '{OPERATOR_PASSWORD}'")
    try:
        with fresh_database(cluster) as socket_url:
            database = make_url(socket_url).database or ""
            owner_url = cluster.tcp_url(database, user=f"{operator}:{OPERATOR_PASSWORD}")
            code, out, err = cli(
                "--data-dir", str(data), "server", "init", owner_url,
                "--site-name", "Site sur serveur", "--manager-login", MANAGER,
                "--fingerprint", fingerprint(cluster),
                stdin=f"{MANAGER_PASSWORD}\n{MANAGER_PASSWORD}\n",
            )  # fmt: skip
            assert code == 0, err
            assert "historique du terminal" in out  # the owner's password in the URL
            lines = dict(line.split(" : ", 1) for line in out.splitlines() if " : " in line)
            site = SiteFile.read(data / "site.json")
            yield ServerSite(
                cluster,
                database,
                cluster.tcp_url(database),
                data,
                site.site_id,
                lines["Connexion de maintenance (purge du journal seulement)"],
                lines["Son mot de passe, affiché cette seule fois"],
                owner_url,
            )
    finally:
        cluster.execute(f"DROP ROLE IF EXISTS {operator}")


def connect_as(site: ServerSite, user: str, password: str) -> psycopg.Connection:
    """A connection straight through psycopg over TCP, TLS checked against the pinned
    certificate, as `user` (nothing of the application in between)."""
    return psycopg.connect(
        host="127.0.0.1",
        port=site.cluster.port,
        dbname=site.database,
        user=user,
        password=password,
        sslmode="verify-ca",
        sslrootcert=str(site.data / "server-certificate.pem"),
        autocommit=True,
        connect_timeout=10,
    )


def add_agent(site: ServerSite, login: str, password: str, wipe_roots: list[Path]) -> None:
    """The site's manager, through the real door, adds an agent (who gets their own server
    login) and the folders that every session end empties."""
    from aidant.administration.policy import change_setting
    from aidant.agents import accounts as agents
    from aidant.domain.enums import Role
    from aidant.setup.opening import prepare
    from aidant.site.paths import DataPaths
    from tests.support.costs import TEST_COSTS

    ctx, manager = prepare(DataPaths(site.data), costs=TEST_COSTS).enter(MANAGER, MANAGER_PASSWORD)
    try:
        agents.add_agent(ctx, manager, login, f"Agent {login}", Role.AGENT, password)
        with ctx.transaction() as db:
            now = ctx.clock.now()
            change_setting(db, manager, "wipe_roots", [str(p) for p in wipe_roots], now)
            # Tests move a fake clock from now: nobody becomes dormant meanwhile.
            change_setting(db, manager, "dormant_months", 0, now)
    finally:
        ctx.close()
