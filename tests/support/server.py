"""The throwaway PostgreSQL server of a test session, and which tests run on both stores.

One cluster per session (`tools.pg_cluster`); the schema is migrated once into a template
database, and each test gets a copy of it (`CREATE DATABASE … TEMPLATE`, a file copy), dropped
at the end. When PostgreSQL cannot start, the server tests skip, except when
`AIDANT_REQUIRE_SERVER=1` (CI): then they fail.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import Connection, Engine, create_engine, text

from aidant.site.context import SiteContext
from tools.pg_cluster import SUPERUSER, Cluster, ClusterUnavailable, running, server_required

EMBEDDED = "embedded"
SERVER = "server"
STORES = (EMBEDDED, SERVER)
TEMPLATE = "aidant_template"

_ROOT = Path(__file__).resolve().parents[1]
_SERVICE_TESTS = _ROOT / "aidant"
#: Service-test modules that stay on the embedded file: they are about the file itself (the
#: SQLCipher key, the encrypted files on disk) or stage an attack on it (a process of the OS
#: account with the data folder and the keyring); a single test says so with the
#: `embedded_only` marker. What the server enforces instead is tested in test_server_rules.py.
EMBEDDED_ONLY = frozenset(
    {"test_storage.py", "test_site_access.py", "test_rollback.py", "test_vault_binding.py"}
)
#: Tests of what the server itself enforces: they parametrise `store` themselves.
SERVER_ONLY = frozenset(
    {
        "test_server_rules.py",
        "test_server_store.py",
        "test_server_logins.py",
        "test_server_cli.py",
        "test_server_sites.py",
        "test_server_import.py",
        "test_vault_server.py",
        "test_server_canary.py",
        "test_server_kill.py",
        "test_desks.py",
        "test_server_backup.py",
        "test_desk_processes.py",
        "test_server_purge.py",
        "test_integrity_purge.py",
        "test_server_sessions.py",
        "test_server_add_site.py",
        "test_server_closed.py",
    }
)

_numbers = itertools.count(1)


def on_both_stores(definition: pytest.Function) -> bool:
    """Whether a test is a service test that runs on the embedded file and the server."""
    path = definition.path
    return (
        _SERVICE_TESTS in path.parents
        and path.name not in EMBEDDED_ONLY | SERVER_ONLY
        and definition.get_closest_marker("embedded_only") is None
    )


def _unavailable(exc: Exception) -> NoReturn:
    """A cluster that could not start: the test skips, or fails under AIDANT_REQUIRE_SERVER=1."""
    if server_required():
        pytest.fail(f"PostgreSQL did not start (AIDANT_REQUIRE_SERVER=1): {exc}")
    pytest.skip(f"PostgreSQL is not available here: {exc}")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    with contextlib.ExitStack() as stack:
        try:
            cluster = stack.enter_context(running(tls=True))
            url = cluster.create_database(TEMPLATE)
            _migrate(url)
        except (ClusterUnavailable, OSError) as exc:
            _unavailable(exc)
        yield cluster


@contextlib.contextmanager
def dedicated_cluster(*, durable: bool = True) -> Iterator[Cluster]:
    """A cluster of its own, for a test that kills or stops its server (the session's cluster
    serves every other test). Durable by default: a server without `fsync` and
    `synchronous_commit` loses commits it has confirmed when it is killed. Skips, or fails
    under AIDANT_REQUIRE_SERVER=1, like `pg_cluster`."""
    with contextlib.ExitStack() as stack:
        try:
            cluster = stack.enter_context(running(durable=durable))
        except (ClusterUnavailable, OSError) as exc:
            _unavailable(exc)
        yield cluster


@contextlib.contextmanager
def site_to_kill(data: Path) -> Iterator[tuple[Cluster, SiteContext]]:
    """A site (manager `chef`, password `manager-password-1`) in `data`, on a dedicated cluster
    the test may kill: the cluster is started again, and the site closed, afterwards."""
    from aidant.setup.create import init_site
    from aidant.site.paths import DataPaths
    from tests.support.costs import TEST_COSTS

    with dedicated_cluster() as cluster:
        url = cluster.create_database("site")
        ctx = init_site(
            DataPaths(data), "Site", "chef", "Chef", "manager-password-1",
            costs=TEST_COSTS, server_url=url,
        )  # fmt: skip
        try:
            yield cluster, ctx
        finally:
            if not cluster._started:  # a failed test left it down
                cluster.restart()
            ctx.close()


def _migrate(url: str) -> None:
    from aidant.storage import migrate
    from aidant.storage.server import make_server_engine

    engine = make_server_engine(url)
    try:
        migrate.upgrade_to_head(engine)
    finally:
        engine.dispose()


@contextlib.contextmanager
def fresh_database(cluster: Cluster) -> Iterator[str]:
    """A new database holding the migrated, empty schema; its URL."""
    name = f"aidant_test_{os.getpid()}_{next(_numbers)}"
    url = cluster.create_database(name, TEMPLATE)
    try:
        yield url
    finally:
        cluster.drop_database(name)


@contextlib.contextmanager
def server_owner(engine: Engine) -> Iterator[Engine]:
    """`engine` itself, or, when it is connected as an agent's own server login (who may not
    switch triggers off), an engine on the same database as the cluster's superuser over the
    trusted socket: an attack on the server's data is staged with the owner's powers."""
    user = engine.url.username or ""
    if engine.dialect.name != "postgresql" or not user.startswith("aidant_u_"):
        yield engine
        return
    owner = create_engine(engine.url._replace(username=SUPERUSER, password=None))
    try:
        yield owner
    finally:
        owner.dispose()


def as_server_owner(conn: Connection) -> None:
    """Let this transaction change the journal directly, as a test that stages an attack must.

    On a server, the journal's triggers refuse any change; the tests run as the cluster's
    superuser, who may switch triggers off for the transaction (`session_replication_role`), as
    whoever owns the server could: verification must still find the change. Nothing to do on the
    embedded file, which has no such rules.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET LOCAL session_replication_role = replica"))


def add_member(cluster: Cluster, database: str, login: str, site_id: str) -> None:
    """Make `login` one of the site's application logins (what the server's row-level security
    asks of a login before it sees any of the site's rows; migration 0009)."""
    cluster.execute(
        f"INSERT INTO aidant_site_members VALUES ('{login}', '{site_id}')",  # noqa: S608 - test names
        database=database,
    )
