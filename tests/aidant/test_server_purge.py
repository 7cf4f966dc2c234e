"""`aidant server purge`: the journal's oldest entries go once their archive time is over, by
the site's maintenance login, and the server decides which (migration 0012).

The site here was made eight years ago (`tests.support.aged_site`): its first entries are past
the six years of the default policy (three of retention, three of archive), its latest ones are
not. What the maintenance login may not do is sent straight through psycopg with that very
login.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from aidant.journal.checkpoints import verify_journal, write_checkpoint
from aidant.journal.texts import JournalText
from aidant.journal.verify import verify_database
from aidant.people import usagers
from aidant.setup import server as server_setup
from aidant.setup.backup import backup
from aidant.setup.restore import restore_server_backup
from aidant.setup.texts import SetupText
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from tests.support.aged_site import PASSWORD, Aged, aged_site
from tests.support.cli import Cli
from tests.support.opening import reopen
from tests.support.server import add_member, as_server_owner
from tests.support.server_site import ServerSite
from tools.pg_cluster import Cluster


def _seqs(ctx: SiteContext, sql: str) -> list[int]:
    with ctx.engine.connect() as conn:
        return [int(v) for v in conn.execute(text(sql)).scalars()]


@pytest.fixture
def aged(pg_cluster: Cluster, tmp_path: Path) -> Iterator[Aged]:
    with aged_site(pg_cluster, tmp_path) as site:
        yield site


def _as(aged: Aged, user: str) -> psycopg.Connection:
    return psycopg.connect(
        f"host={aged.cluster.socket_dir} port={aged.cluster.port} user={user} "
        f"dbname={aged.database}",
        autocommit=True,
    )


def test_the_purge_removes_the_entries_past_their_archive_time_and_the_journal_verifies(
    aged: Aged,
) -> None:
    head = max(_seqs(aged.ctx, "SELECT seq FROM journal_entries"))

    done = server_setup.purge_journal(aged.paths, aged.secret)

    assert done is not None
    assert (done.up_to, done.entries, done.archive_years) == (aged.last_old, aged.last_old, 6)
    assert min(_seqs(aged.ctx, "SELECT seq FROM journal_entries")) == aged.last_old + 1
    assert max(_seqs(aged.ctx, "SELECT seq FROM journal_entries")) == head
    assert min(_seqs(aged.ctx, "SELECT size FROM checkpoints")) > aged.last_old
    result = verify_journal(aged.ctx, aged.manager)
    assert result.ok, result.problem
    assert (result.size, result.purged) == (head, done)
    assert result.checkpoints_checked == 1
    # The journal goes on: appends link to the kept head, and a new checkpoint (covering
    # entries since the signer's last one, some of them purged) verifies.
    usagers.register(aged.ctx, aged.manager, "PETIT", "Jean", dt.date(1950, 5, 6))
    write_checkpoint(aged.ctx, aged.manager)
    again = verify_journal(aged.ctx, aged.manager)
    assert again.ok, again.problem
    assert again.checkpoints_checked == 2
    # Nothing more is due.
    assert server_setup.purge_journal(aged.paths, aged.secret) is None
    assert _seqs(aged.ctx, "SELECT up_to FROM journal_purges") == [aged.last_old]


def test_the_verification_says_where_the_journal_now_begins(aged: Aged, cli: Cli) -> None:
    data = ["--data-dir", str(aged.paths.root), "--as", "chef"]
    code, out, err = cli(*data, "journal", "verify", stdin=f"{PASSWORD}\n")
    assert code == 0, err
    assert "purgées" not in out
    server_setup.purge_journal(aged.paths, aged.secret)
    code, out, err = cli(*data, "journal", "verify", stdin=f"{PASSWORD}\n")
    assert code == 0, err
    assert f"Les entrées n° 1 à {aged.last_old} ont été purgées le" in out


def test_the_server_refuses_any_other_deletion_even_to_the_maintenance_login(
    aged: Aged,
) -> None:
    head = max(_seqs(aged.ctx, "SELECT seq FROM journal_entries"))
    with _as(aged, aged.maintenance) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(b"DELETE FROM journal_entries WHERE seq = %d" % head)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(b"DELETE FROM checkpoints")
        # What it sends is not what is kept: the server computes the purge itself.
        conn.execute(
            b"INSERT INTO journal_purges (up_to, head_hash, cutoff, archive_years, entries, at) "
            b"VALUES (%d, 'x', now(), 0, 0, now())" % head
        )
        row = conn.execute(b"SELECT up_to, archive_years FROM journal_purges").fetchall()
        assert row == [(aged.last_old, 6)]
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(b"DELETE FROM journal_entries WHERE seq = %d" % head)
        for statement in (
            b"UPDATE journal_purges SET up_to = up_to + 1",
            b"DELETE FROM journal_purges",
            b"TRUNCATE journal_purges",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        # Within the purge, the deletion the server allows.
        conn.execute(b"DELETE FROM journal_entries WHERE seq <= %d" % aged.last_old)
    manager = f"aidant_purge_test_{secrets.token_hex(4)}"
    aged.cluster.execute(f"CREATE ROLE {manager} LOGIN IN ROLE aidant_manager")
    add_member(aged.cluster, aged.database, manager, aged.ctx.site.site_id)
    try:
        with _as(aged, manager) as conn:
            for statement in (
                b"INSERT INTO journal_purges DEFAULT VALUES",
                b"DELETE FROM journal_entries WHERE seq = %d" % head,
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(statement)
    finally:
        with _as(aged, "postgres") as conn:
            conn.execute("DELETE FROM aidant_site_members WHERE role_name = %s", (manager,))
        aged.cluster.execute(f"DROP ROLE {manager}")
    assert verify_journal(aged.ctx, aged.manager).ok


def _tampered(aged: Aged, sql: str, **params: object) -> JournalText | None:
    with aged.ctx.engine.connect() as conn:
        as_server_owner(conn)
        conn.execute(text(sql), params)
        from aidant.journal.verify import verify_database

        result = verify_database(conn)
        conn.rollback()
    return None if result.problem is None else cast(JournalText, result.problem.text)


def test_a_change_after_the_purge_is_still_found(aged: Aged) -> None:
    server_setup.purge_journal(aged.paths, aged.secret)
    first = aged.last_old + 1
    assert (
        _tampered(aged, "UPDATE journal_entries SET actor = 'x' WHERE seq = :s", s=first)
        == JournalText.ENTRY_MODIFIED
    )
    assert (
        _tampered(aged, "DELETE FROM journal_entries WHERE seq = :s", s=first)
        == JournalText.ENTRY_MISSING
    )
    # A purge record that names another head: the first kept entry no longer follows it.
    assert (
        _tampered(aged, "UPDATE journal_purges SET head_hash = repeat('a', 64)")
        == JournalText.CHAIN_BROKEN
    )


def test_a_checkpoint_from_before_the_purge_is_said_to_be_unverifiable(aged: Aged) -> None:
    server_setup.purge_journal(aged.paths, aged.secret)
    result = verify_journal(aged.ctx, aged.manager, aged.old_checkpoint)
    assert not result.ok
    assert result.problem is not None and result.problem.text == JournalText.BEFORE_PURGE
    assert f"1 à {aged.last_old}" in str(result.problem)


def test_the_command_runs_with_the_maintenance_password_only(
    served: ServerSite, cli: Cli, tmp_path: Path
) -> None:
    data = ["--data-dir", str(served.data)]
    code, out, err = cli(*data, "server", "purge", stdin="not-the-password\n")
    assert code != 0 and out == ""
    assert err.strip() == f"aidant : {SetupText.MAINTENANCE_REFUSED.value}"
    code, out, err = cli(*data, "server", "purge", stdin=f"{served.maintenance_password}\n")
    assert code == 0, err
    assert "rien n'a été effacé" in out
    code, out, err = cli("--data-dir", str(tmp_path / "elsewhere"), "server", "purge", stdin="x\n")
    assert code != 0 and "Traceback" not in err


def test_a_purged_journal_backed_up_restores_and_verifies_with_its_rules(
    aged: Aged, tmp_path: Path
) -> None:
    done = server_setup.purge_journal(aged.paths, aged.secret)
    saved = backup(aged.ctx, aged.manager, tmp_path / "copies").folder
    name = f"aidant_purge_restore_{os.getpid()}"
    url = aged.cluster.create_database(name)
    try:
        restored = DataPaths(tmp_path / "other-pc")
        restore_server_backup(restored, saved, url)
        with reopen(restored, clock=aged.ctx.clock, login="chef", password=PASSWORD) as ctx:
            result = verify_database(ctx.engine)
            assert result.ok, result.problem
            assert result.purged == done
        # The rules came back with the schema: even the owner cannot delete a kept entry.
        owner = dataclasses.replace(aged, database=name)
        refused = pytest.raises(errors.InsufficientPrivilege, match="within its archive time")
        with _as(owner, "postgres") as conn, refused:
            conn.execute(b"DELETE FROM journal_entries WHERE seq = %d" % aged.head)
    finally:
        aged.cluster.drop_database(name)
