"""What the site server itself refuses, whatever a workstation sends: changing or removing
journal entries and checkpoints, or appending an entry that is not the chain's next link.

Each statement is sent with the server's own logins (a member of `aidant_agent`, as the
application's logins will be; one granted the rights by mistake; one of `aidant_maintenance`),
straight through psycopg, so nothing of the application stands between it and the server.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from aidant import journal
from aidant.domain.actors import Actor
from aidant.journal import EntryKind
from aidant.journal.chain import entry_bytes, head
from aidant.journal.verify import verify_database
from aidant.site.context import SiteContext
from tests.support.server import SERVER, add_member
from tools.pg_cluster import Cluster

on_server = pytest.mark.parametrize("store", [SERVER], indirect=True)

_logins = itertools.count(1)
FORBIDDEN = (
    "UPDATE journal_entries SET actor = 'x'",
    "DELETE FROM journal_entries",
    "TRUNCATE journal_entries",
    "UPDATE checkpoints SET size = 0",
    "DELETE FROM checkpoints",
    "TRUNCATE checkpoints",
)


@contextmanager
def login(cluster: Cluster, ctx: SiteContext, *grants: str) -> Iterator[psycopg.Connection]:
    """A new server login (member of the given roles and of the site), connected to the
    site's database as the application connects (naming its site)."""
    name = f"aidant_test_login_{next(_logins)}"
    cluster.execute(f"CREATE ROLE {name} LOGIN")
    database = make_url(ctx.site.server_url or "").database or "postgres"
    for grant in grants:
        cluster.execute(grant.format(login=name), database=database)
    add_member(cluster, database, name, ctx.site.site_id)
    dsn = (
        f"host={cluster.socket_dir} port={cluster.port} user={name} dbname={database} "
        f"options='-c aidant.site_id={ctx.site.site_id}'"
    )
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            yield conn
    finally:
        cluster.execute(f"DROP OWNED BY {name}", database=database)
        cluster.execute(f"DROP ROLE {name}")


@pytest.fixture
def cluster(pg_cluster: Cluster) -> Cluster:
    return pg_cluster


@on_server
def test_the_application_role_cannot_change_or_remove_the_journal(
    site: SiteContext, cluster: Cluster
) -> None:
    with login(cluster, site, "GRANT aidant_agent TO {login}") as conn:
        assert conn.execute("SELECT count(*) FROM journal_entries").fetchone() is not None
        for statement in FORBIDDEN:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement.encode())
    assert verify_database(site.engine).ok


@on_server
def test_a_login_granted_the_rights_by_mistake_is_still_refused_by_the_server(
    site: SiteContext, cluster: Cluster
) -> None:
    grant = "GRANT SELECT, UPDATE, DELETE, TRUNCATE ON journal_entries, checkpoints TO {login}"
    with login(cluster, site, grant) as conn:
        for statement in FORBIDDEN:
            with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
                conn.execute(statement.encode())


@on_server
def test_the_maintenance_role_never_updates_nor_deletes_an_entry_in_its_archive_time(
    site: SiteContext, cluster: Cluster
) -> None:
    # It deletes only what a purge the server computed allows (tests/aidant/test_server_purge.py).
    with login(cluster, site, "GRANT aidant_maintenance TO {login}") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(b"UPDATE journal_entries SET actor = 'x'")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(b"INSERT INTO checkpoints (size) VALUES (0)")
        with pytest.raises(errors.InsufficientPrivilege, match="within its archive time"):
            conn.execute(
                b"DELETE FROM journal_entries WHERE seq = (SELECT max(seq) FROM journal_entries)"
            )


def _insert(conn: psycopg.Connection, seq: int, prev: str, digest: str) -> None:
    conn.execute(
        b"INSERT INTO journal_entries (seq, at, kind, actor, usager_id, data, prev_hash, hash) "
        b"VALUES (%s, '2026-01-01T00:00:00.000000Z', 'X', 'system', NULL, '{}', %s, %s)",
        (seq, prev, digest),
    )


@on_server
def test_an_entry_that_is_not_the_next_link_is_refused(site: SiteContext, cluster: Cluster) -> None:
    size, last = _head(site)
    body = entry_bytes(size + 1, "2026-01-01T00:00:00.000000Z", "X", "system", None, "{}")
    right = hashlib.sha256(bytes.fromhex(last) + body).hexdigest()
    with login(cluster, site, "GRANT aidant_agent TO {login}") as conn:
        for seq, prev, digest in (
            (size + 1, last, "0" * 64),  # wrong hash
            (size + 1, "1" * 64, right),  # wrong previous link
            (size + 2, last, right),  # a gap
            (size, last, right),  # a fork (or a duplicate number)
        ):
            with pytest.raises(errors.IntegrityConstraintViolation):
                _insert(conn, seq, prev, digest)
        _insert(conn, size + 1, last, right)
    assert verify_database(site.engine).ok


def _head(ctx: SiteContext) -> tuple[int, str]:
    with ctx.transaction() as db:
        return head(db)


@on_server
def test_the_server_computes_the_same_link_as_the_workstation_for_awkward_text(
    site: SiteContext, manager: Actor
) -> None:
    awkward = 'é"\\\n\t\x01\x1f\x7f€𝄞\u2028 <>&'
    with site.transaction() as db:
        journal.append(db, manager, EntryKind.BACKUP_MADE, site.clock.now(), data={"at": awkward})
    assert verify_database(site.engine).ok


@on_server
def test_concurrent_appends_keep_one_chain(site: SiteContext, manager: Actor) -> None:
    def work() -> None:
        for _ in range(15):
            with site.transaction() as db:
                journal.append(db, manager, EntryKind.BACKUP_MADE, site.clock.now(), data={})

    size_before, _ = _head(site)
    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert _head(site)[0] == size_before + 60
    assert verify_database(site.engine).ok


@on_server
def test_an_entry_sent_without_its_link_gets_it_from_the_server(
    site: SiteContext, cluster: Cluster
) -> None:
    size, last = _head(site)
    with login(cluster, site, "GRANT aidant_agent TO {login}") as conn:
        row = conn.execute(
            b"INSERT INTO journal_entries (seq, at, kind, actor, usager_id, data, prev_hash, hash) "
            b"VALUES (0, '2026-01-01T00:00:00.000000Z', 'X', 'system', NULL, '{}', '', '') "
            b"RETURNING seq, prev_hash, hash"
        ).fetchone()
    body = entry_bytes(size + 1, "2026-01-01T00:00:00.000000Z", "X", "system", None, "{}")
    assert row == (size + 1, last, hashlib.sha256(bytes.fromhex(last) + body).hexdigest())
    assert verify_database(site.engine).ok


@on_server
def test_the_migrated_server_schema_matches_the_models(site: SiteContext) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import MetaData

    from aidant.storage.journal_purges import journal_purges
    from aidant.storage.models import Base
    from aidant.storage.server import document_chunks

    # The models, and the tables that exist on a server only: document chunks (migration 0008,
    # `storage.server.document_chunks`) and journal purges (0012).
    server_schema = MetaData()
    for table in (*Base.metadata.tables.values(), document_chunks, journal_purges):
        table.to_metadata(server_schema)
    with site.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), server_schema)
    # What exists on the server only, outside the models: the trigram index (migration 0005),
    # the agents' key slots (0007) and each site's rows kept apart (0009: a site column, its
    # index and per-site keys).
    extra = [d for d in diff if not _server_only(d)]
    assert extra == []


def _server_only(difference: object) -> bool:
    kind, thing = difference[0], difference[1]  # type: ignore[index]
    name = str(getattr(thing, "name", ""))
    if kind == "remove_index" and name.endswith("_trgm"):
        return True
    if kind == "remove_table" and name in ("aidant_site_members", "server_key_slots"):
        return True
    if kind == "remove_column" and difference[3].name == "site_id":  # type: ignore[index]
        return True
    if kind == "remove_index" and name.endswith("_site_id"):
        return True
    # Logins are unique per site on the server (the models say unique: one site per file).
    columns = [c.name for c in getattr(thing, "columns", ())]
    return (
        kind in ("add_constraint", "remove_constraint")
        and getattr(thing.table, "name", "") == "agents"
        and columns in (["login"], ["site_id", "login"])
    )


def test_the_server_migrations_go_down_and_up_again(cluster: Cluster) -> None:
    from alembic import command

    from aidant.storage import migrate
    from aidant.storage.server import make_server_engine
    from tests.support.server import fresh_database

    def triggers(engine: Engine) -> set[str]:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
            return {str(name) for (name,) in rows}

    with fresh_database(cluster) as url:
        engine = make_server_engine(url)
        try:
            assert triggers(engine) == {
                "journal_entries_append_only",
                "checkpoints_append_only",
                "journal_entries_link",
                "agents_guard_secrets",
                "server_key_slots_site",
                "documents_drop_chunks",
                "document_chunks_site",
                "journal_purges_computed",
                "journal_purges_kept",
                "journal_purges_not_truncated",
                "journal_entries_purged_only",
                "checkpoints_purged_only",
            }
            command.downgrade(migrate.alembic_config(engine), "0001")
            assert triggers(engine) == set()
            migrate.upgrade_to_head(engine)
            assert len(triggers(engine)) == 12
            assert migrate.current_revision(engine) == migrate.head_revision()
        finally:
            engine.dispose()
