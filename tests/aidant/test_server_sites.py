"""Two sites on one server database: each site's logins see and change only their own rows.

The server enforces it (row-level security, migration 0009): every statement here is sent with a
login of one site, straight through psycopg or through the application's own engine, and the
other site's rows stay out of reach, whatever the connection claims to be.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy.engine import make_url

from aidant.agents import accounts
from aidant.journal.verify import verify_database
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.storage.server import make_server_engine
from tests.support.costs import TEST_COSTS
from tests.support.domain import vault_with_document
from tests.support.server import add_member, fresh_database
from tools.pg_cluster import Cluster


@pytest.fixture
def database(pg_cluster: Cluster) -> Iterator[str]:
    with fresh_database(pg_cluster) as url:
        yield url


def _site(tmp_path: Path, url: str, name: str, manager: str, beside: bool) -> SiteContext:
    return init_site(
        DataPaths(tmp_path / name),
        f"Site {name}",
        manager,
        f"Responsable {name}",
        "manager-password-1",
        clock=FakeClock(),
        costs=TEST_COSTS,
        server_url=url,
        beside_others=beside,
    )


def _login(cluster: Cluster, url: str, ctx: SiteContext, name: str) -> str:
    """An application login of `ctx`'s site (a manager: the widest rights an agent has)."""
    database = make_url(url).database or ""
    cluster.execute(f"CREATE ROLE {name} LOGIN IN ROLE aidant_manager")
    add_member(cluster, database, name, ctx.site.site_id)
    return database


def _connect(cluster: Cluster, database: str, login: str, site_id: str) -> psycopg.Connection:
    return psycopg.connect(
        f"host={cluster.socket_dir} port={cluster.port} user={login} dbname={database} "
        f"options='-c aidant.site_id={site_id}'",
        autocommit=True,
    )


def test_each_site_sees_and_changes_only_its_own_rows(
    tmp_path: Path, database: str, pg_cluster: Cluster
) -> None:
    a = _site(tmp_path, database, "a", "chef-a", beside=False)
    b = _site(tmp_path, database, "b", "chef-b", beside=True)
    try:
        for ctx, family in ((a, "DURAND"), (b, "MARTIN")):
            manager = accounts.login_with_password(ctx, ctx_login(ctx), "manager-password-1")
            person = usagers.register(ctx, manager, family, "Léa", dt.date(1950, 1, 2))
            vault_with_document(ctx, manager, person.id, ctx.clock.now())
        name = _login(pg_cluster, database, a, "aidant_site_a_login")
        with _connect(pg_cluster, name, "aidant_site_a_login", a.site.site_id) as conn:
            assert conn.execute(b"SELECT family_name FROM usagers").fetchall() == [("DURAND",)]
            assert conn.execute(b"SELECT id FROM sites").fetchall() == [(a.site.site_id,)]
            assert conn.execute(b"SELECT login FROM agents").fetchall() == [("chef-a",)]
            # A vault document's chunks: its own site's only, through their view.
            assert conn.execute(b"SELECT count(*) FROM document_chunks_of_site").fetchone() == (1,)
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(b"SELECT count(*) FROM document_chunks")
            # The server's search (migration 0013) runs with its owner's rights: on its own site.
            found = b"SELECT count(*) FROM aidant_usagers_matching(ARRAY['%%'], 50)"
            assert conn.execute(found).fetchone() == (1,)
            # Naming the other site on the connection changes nothing: membership decides.
            conn.execute(f"SET aidant.site_id = '{b.site.site_id}'".encode())
            assert conn.execute(b"SELECT family_name FROM usagers").fetchall() == [("DURAND",)]
            assert conn.execute(found).fetchone() == (1,)
            # Its rows cannot be changed, removed or added to.
            other = (b.site.site_id,)
            changed = conn.execute(
                b"UPDATE usagers SET family_name = 'X' WHERE site_id = %s", other
            )
            assert changed.rowcount == 0
            removed = conn.execute(b"DELETE FROM certificates WHERE site_id = %s", other)
            assert removed.rowcount == 0
            with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
                conn.execute(
                    b"INSERT INTO site_settings (key, value, site_id) VALUES ('x', '1', %s)",
                    (b.site.site_id,),
                )
            # Nor can the journal of the other site be extended.
            with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
                conn.execute(
                    b"INSERT INTO journal_entries (seq, at, kind, actor, usager_id, data, "
                    b"prev_hash, hash, site_id) VALUES (0, '2026-01-01T00:00:00.000000Z', 'X', "
                    b"'system', NULL, '{}', '', '', %s)",
                    (b.site.site_id,),
                )
        # Each site's journal is a chain of its own, and both verify through their logins.
        _login(pg_cluster, database, b, "aidant_site_b_login")
        with _connect(pg_cluster, name, "aidant_site_b_login", b.site.site_id) as conn:
            assert conn.execute(b"SELECT family_name FROM usagers").fetchall() == [("MARTIN",)]
            assert conn.execute(b"SELECT login FROM agents").fetchall() == [("chef-b",)]
            assert conn.execute(b"SELECT count(*) FROM certificates").fetchone() == (1,)
        for login, ctx in (("aidant_site_a_login", a), ("aidant_site_b_login", b)):
            url = pg_cluster.url(make_url(database).database or "", user=login)
            engine = make_server_engine(url, ctx.site.site_id)
            try:
                result = verify_database(engine)
                assert result.ok, result.problem
                assert result.size >= 4
            finally:
                engine.dispose()
    finally:
        a.close()
        b.close()


def test_a_database_holding_a_site_is_refused_unless_asked(tmp_path: Path, database: str) -> None:
    from aidant.domain.errors import AidantError

    _site(tmp_path, database, "a", "chef-a", beside=False).close()
    with pytest.raises(AidantError, match="déjà installé"):
        _site(tmp_path, database, "b", "chef-b", beside=False)


def ctx_login(ctx: SiteContext) -> str:
    return "chef-" + ctx.paths.root.name


def test_a_site_id_that_could_break_out_of_the_connection_options_is_refused() -> None:
    from aidant.domain.errors import StorageError

    with pytest.raises(StorageError):
        make_server_engine("postgresql://u@/db?host=/nowhere", f"{uuid.uuid4()} -c role=x")
