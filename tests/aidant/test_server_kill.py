"""kill -9 of the site server during deposits: afterwards no chunk without its document, no
document without its journal entry, the journal verifies, and the application goes on.

The test starts its own cluster (durable: fsync at each commit, as a real server), deposits in
a loop from a thread, kills the postmaster and its server processes with SIGKILL in the middle
of a deposit, keeps depositing while the server is down, then starts the server again. Every
deposit that did not go through must have said so in one sentence (an `AidantError`), never
with a driver's exception.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from aidant import vault
from aidant.agents import accounts as agents
from aidant.domain.errors import AidantError
from aidant.domain.faults import answer
from aidant.journal import EntryKind
from aidant.journal.verify import verify_database
from aidant.setup.create import init_site
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths
from aidant.storage.models import Document, JournalEntry
from aidant.vault.server_blobs import ChunkSink
from tests.aidant.vault.conftest import make_vault
from tests.conftest import MANAGER_PASSWORD
from tools.pg_cluster import (
    Cluster,
    ClusterUnavailable,
    running,
    server_required,
)

MIB = 1 << 20


@pytest.fixture
def own_cluster() -> Iterator[Cluster]:
    try:
        with running(durable=True) as cluster:
            # Started again below by a plain `pg_ctl start`: the command-line options go
            # into the cluster's own settings.
            cluster.execute(
                "ALTER SYSTEM SET listen_addresses = ''",
                f"ALTER SYSTEM SET unix_socket_directories = '{cluster.socket_dir}'",
            )
            yield cluster
    except ClusterUnavailable as exc:
        if server_required():
            pytest.fail(f"PostgreSQL did not start (AIDANT_REQUIRE_SERVER=1): {exc}")
        pytest.skip(f"PostgreSQL is not available here: {exc}")


def _server_processes(data: Path) -> list[int]:
    """The postmaster of the cluster in `data`, then its server processes."""
    postmaster = int((data / "postmaster.pid").read_text().split()[0])
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines())
        except (OSError, ValueError):
            continue
        if fields.get("PPid", "").strip() == str(postmaster):
            children.append(int(status.parent.name))
    return [postmaster, *children]


def kill_server(cluster: Cluster) -> None:
    for pid in _server_processes(cluster.data):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{pid}").exists() for pid in _alive(cluster)):
        if time.monotonic() > deadline:
            raise AssertionError("the server processes outlived SIGKILL")
        time.sleep(0.05)


def _alive(cluster: Cluster) -> list[int]:
    try:
        return _server_processes(cluster.data)
    except (OSError, ValueError):
        return []


def start_again(cluster: Cluster) -> None:
    argv = [str(cluster.bindir / "pg_ctl"), "-D", str(cluster.data), "-l",
            str(cluster.root / "server.log"), "-w", "start"]  # fmt: skip
    if os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--", *argv]
    subprocess.run(argv, check=True, capture_output=True, timeout=120, cwd=cluster.root)


class Depositor(threading.Thread):
    """Deposits 4 MiB documents one after the other until told to stop. In its third deposit,
    once two chunks have gone to the server, it asks for the kill and waits for it."""

    def __init__(self, ctx: SiteContext, usager_id: str) -> None:
        super().__init__(daemon=True)
        self.ctx, self.usager_id = ctx, usager_id
        self.actor = agents.login_with_password(ctx, "chef", MANAGER_PASSWORD)
        self.deposited: list[str] = []
        self.failures: list[tuple[int, BaseException]] = []  # (chunks sent, error)
        self.sent = 0
        self.kill_now = threading.Event()
        self.killed = threading.Event()
        self.stop = threading.Event()

    def chunk_sent(self) -> None:
        self.sent += 1
        if len(self.deposited) == 2 and self.sent == 2 and not self.kill_now.is_set():
            self.kill_now.set()
            self.killed.wait(30)

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            scan = io.BytesIO(b"%PDF" + random.randbytes(4 * MIB))
            self.sent = 0
            try:
                self.deposited.append(
                    vault.deposit(self.ctx, self.actor, self.usager_id, scan, title=f"n{n}")
                )
            except BaseException as exc:  # noqa: BLE001 - every failure is checked below
                self.failures.append((self.sent, exc))
                time.sleep(0.05)


def test_kill_9_of_the_server_during_deposits(
    own_cluster: Cluster, tmp_path: Path, costs: Costs, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = own_cluster.create_database("kill")
    ctx = init_site(
        DataPaths(tmp_path / "data"), "Site tué", "chef", "Chef", MANAGER_PASSWORD,
        clock=FakeClock(), costs=costs, server_url=url,
    )  # fmt: skip
    try:
        manager = agents.login_with_password(ctx, "chef", MANAGER_PASSWORD)
        made = make_vault(ctx, manager)
        depositor = Depositor(ctx, made.usager_id)
        send = ChunkSink._send

        def counted(sink: ChunkSink) -> None:
            send(sink)
            depositor.chunk_sent()

        monkeypatch.setattr(ChunkSink, "_send", counted)
        depositor.start()
        assert depositor.kill_now.wait(60), depositor.failures
        kill_server(own_cluster)
        depositor.killed.set()
        time.sleep(1.0)  # deposits go on failing while the server is down
        depositor.stop.set()
        depositor.join(60)
        start_again(own_cluster)

        # The deposit under way when the server died, then those tried while it was down.
        assert depositor.failures and depositor.failures[0][0] == 2, depositor.failures
        for _sent, failure in depositor.failures:
            assert isinstance(failure, AidantError), repr(failure)
            assert answer(failure) is failure and "\n" not in str(failure)

        with ctx.engine.connect() as conn:
            orphans = conn.execute(
                text(
                    "SELECT count(*) FROM document_chunks c LEFT JOIN documents d "
                    "ON d.id = c.document_id WHERE d.id IS NULL OR d.deleted_at IS NOT NULL"
                )
            ).scalar_one()
        assert orphans == 0
        with ctx.transaction() as db:
            documents = set(db.scalars(select(Document.id)))
            entries = {
                json.loads(data)["document"]
                for data in db.scalars(
                    select(JournalEntry.data).where(
                        JournalEntry.kind == EntryKind.DOCUMENT_DEPOSITED.value
                    )
                )
            }
        assert documents == entries
        assert set(depositor.deposited) <= documents  # what was acknowledged was kept
        assert verify_database(ctx.engine).ok

        # The application reconnects by itself: the next deposit and an open work.
        again = vault.deposit(ctx, manager, made.usager_id, io.BytesIO(b"%PDF encore"), title="x")
        with made.unlock(ctx) as ov:
            assert ov.open(again)[1].to_bytes() == b"%PDF encore"
            for doc_id in documents:
                ov.open(doc_id)[1].zero()
    finally:
        ctx.close()
