"""Vault documents on a site server: chunks streamed both ways, all or nothing with the row and
its journal entry, gone with the document, memory bounded whatever the document's size."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import subprocess
import tracemalloc
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from aidant import vault
from aidant.domain.actors import Actor
from aidant.domain.errors import FileError, Refused, StorageError
from aidant.domain.faults import answer
from aidant.people.retention import erase_usager
from aidant.site.context import SiteContext
from aidant.storage.models import Document, JournalEntry
from aidant.storage.server import CHUNK_BYTES, connection_lost
from aidant.vault import store
from aidant.vault.errors import DamagedDocument, SwappedDocument
from aidant.vault.texts import VaultText
from tests.aidant.vault.conftest import MadeVault, make_vault
from tests.support.blobs import (
    chunk_rows,
    ciphertext,
    remove_ciphertext,
    replace_ciphertext,
    stored_blobs,
)
from tests.support.server import SERVER, add_member
from tools.pg_cluster import Cluster, find_bindir

pytestmark = pytest.mark.parametrize("store", [SERVER], indirect=True)

MIB = 1 << 20


def _entries(site: SiteContext) -> int:
    with site.transaction() as db:
        return len(db.scalars(select(JournalEntry.seq)).all())


def test_a_deposit_is_streamed_in_chunks_and_opens_whole(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    scan = b"%PDF-1.7\n" + bytes(range(256)) * (10 * 1024)  # 2.5 MiB
    doc_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(scan), title="Avis")
    stored = ciphertext(site, doc_id)
    with site.transaction() as db:
        row = db.get(Document, doc_id)
        assert row is not None
        assert row.ciphertext_size == len(stored)
        assert row.ciphertext_sha256 == hashlib.sha256(stored).hexdigest()
    assert stored.startswith(b"age-encryption.org/v1\n") and scan[:64] not in stored
    assert chunk_rows(site) == -(-len(stored) // CHUNK_BYTES) == 3
    assert not site.paths.vaults.exists() or not any(site.paths.vaults.rglob("*.age"))
    with made.unlock(site) as ov:
        assert ov.open(doc_id)[1].to_bytes() == scan
    assert store.vault_files_report(site) == (1, [])


def test_another_documents_chunks_or_none_are_refused(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    first = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"premier"), title="Un")
    second = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"second"), title="Deux")
    replace_ciphertext(site, first, ciphertext(site, second))
    with made.unlock(site) as ov, pytest.raises(SwappedDocument):
        ov.open(first)
    remove_ciphertext(site, first)
    with made.unlock(site) as ov, pytest.raises(DamagedDocument) as caught:
        ov.open(first)
    assert caught.value.text is VaultText.BLOB_MISSING_ON_SERVER
    checked, damaged = store.vault_files_report(site)
    assert checked == 2 and len(damaged) == 1


def test_a_deposit_that_fails_midway_leaves_no_chunk_row_or_entry(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    before = _entries(site)

    class Failing(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            if self.tell() > 3 * MIB:
                raise OSError(errno.EIO, "Input/output error")
            return super().read(size)

    with pytest.raises(FileError):
        vault.deposit(site, agent, made.usager_id, Failing(bytes(6 * MIB)), title="x")
    assert chunk_rows(site) == 0 and _entries(site) == before
    # Refused after its chunks were sent (the quota, checked again with the real size).
    with site.transaction() as db:
        from aidant.administration.policy import change_setting
        from aidant.agents import accounts

        manager = accounts.login_with_password(site, "chef", "manager-password-1")
        change_setting(db, manager, "vault_quota_mb", 1, site.clock.now())
    before = _entries(site)
    with pytest.raises(Refused):
        vault.deposit(site, agent, made.usager_id, io.BytesIO(bytes(3 * MIB)), title="y")
    assert chunk_rows(site) == 0 and _entries(site) == before
    with site.transaction() as db:
        assert db.scalars(select(Document)).all() == []


def test_deletion_shredding_and_erasure_remove_the_chunks(
    site: SiteContext, agent: Actor, manager: Actor, made: MadeVault
) -> None:
    kept = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"garder"), title="Garder")
    gone = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"jeter"), title="Jeter")
    with made.unlock(site) as ov:
        ov.delete(gone)
    assert ciphertext(site, gone) == b"" and ciphertext(site, kept) != b""
    with made.unlock(site) as ov:
        ov.shred()
    assert stored_blobs(site, made.vault_id) == 0

    other = make_vault(site, agent, "Martin", "Léa")
    vault.deposit(site, agent, other.usager_id, io.BytesIO(b"papier"), title="Papier")
    assert stored_blobs(site, other.vault_id) == 1
    erase_usager(site, manager, other.usager_id)  # the people service, unaware of chunks
    assert chunk_rows(site) == 0
    assert store.remove_orphans(site) == 0


def _resident_mib(field: str) -> int:
    status = Path("/proc/self/status").read_text()
    return int(status.split(f"{field}:")[1].split()[0]) // 1024


def test_memory_stays_bounded_for_a_large_document(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    size = 48 * MIB
    scan = tmp_path / "gros.pdf"
    with scan.open("wb") as out:
        for _ in range(size // MIB):
            out.write(b"%PDF" + bytes(MIB - 4))
    # The process's resident peak too (the driver's own buffers are not Python objects):
    # Linux resets it when asked through /proc/self/clear_refs.
    Path("/proc/self/clear_refs").write_text("5")
    resident = _resident_mib("VmRSS")
    tracemalloc.start()
    try:
        doc_id = vault.deposit(site, agent, made.usager_id, scan, title="Gros")
        deposit_peak = tracemalloc.get_traced_memory()[1]
        resident_growth = _resident_mib("VmHWM") - resident
        with made.unlock(site) as ov:
            tracemalloc.reset_peak()
            _, content = ov.open(doc_id)
            open_peak = tracemalloc.get_traced_memory()[1]
            with content:
                assert len(content.view()) == size
    finally:
        tracemalloc.stop()
    # A few chunks at a time, never the document (nor, on open, a second copy of it).
    assert deposit_peak < 12 * MIB, deposit_peak
    assert resident_growth < 24, resident_growth
    assert open_peak < size + 12 * MIB, open_peak


def test_a_lost_server_is_told_apart_from_a_refused_statement(
    site: SiteContext, agent: Actor, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    lost = OperationalError("INSERT", {}, psycopg.OperationalError("server closed the connection"))
    refused = OperationalError("INSERT", {}, psycopg.errors.QueryCanceled("canceling statement"))
    assert connection_lost(lost) and not connection_lost(refused)

    def drop(*_args: object, **_kwargs: object) -> None:
        raise lost

    monkeypatch.setattr("aidant.vault.server_blobs.ChunkSink._send", drop)
    with pytest.raises(StorageError) as caught:
        vault.deposit(site, agent, made.usager_id, io.BytesIO(bytes(2 * MIB)), title="x")
    assert caught.value.text is VaultText.DEPOSIT_SERVER_LOST
    assert answer(caught.value) is caught.value


def test_the_application_role_adds_and_reads_chunks_but_never_rewrites_them(
    site: SiteContext, agent: Actor, made: MadeVault, pg_cluster: Cluster
) -> None:
    doc_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"%PDF x"), title="Avis")
    name = f"aidant_test_chunks_{os.getpid()}"
    database = make_url(site.site.server_url or "").database or "postgres"
    pg_cluster.execute(f"CREATE ROLE {name} LOGIN IN ROLE aidant_agent")
    add_member(pg_cluster, database, name, site.site.site_id)
    dsn = f"host={pg_cluster.socket_dir} port={pg_cluster.port} user={name} dbname={database}"
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            # Its own site's chunks, through their view; never the table itself.
            assert conn.execute("SELECT count(*) FROM document_chunks_of_site").fetchone() == (1,)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT count(*) FROM document_chunks")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE document_chunks SET data = 'x'")
            # Deleting the document (as the application does) takes its chunks with it.
            conn.execute("UPDATE documents SET deleted_at = now() WHERE id = %s", (doc_id,))
            assert conn.execute("SELECT count(*) FROM document_chunks_of_site").fetchone() == (0,)
    finally:
        pg_cluster.execute(f"DROP OWNED BY {name}", database=database)
        pg_cluster.execute(f"DROP ROLE {name}")


def _recipe(doc: Path) -> list[str]:
    """The shell commands of docs/site-server.md's "opened without Aidant" section."""
    text = doc.read_text(encoding="utf-8")
    section = text.split("### A document opened without Aidant", 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0].strip() for block in section.split("```sh\n")[1:]]


def test_the_recovery_sheet_opens_a_server_document_with_psql_and_age_alone(
    site: SiteContext, agent: Actor, made: MadeVault, pg_cluster: Cluster, tmp_path: Path
) -> None:
    if shutil.which("age") is None:
        pytest.skip("the age command is not installed (Debian package age)")
    scan = os.urandom(CHUNK_BYTES * 2 + 12345)  # three chunks, the last one short
    doc_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(scan), title="Avis")
    listing, extract = _recipe(Path(__file__).parents[3] / "docs" / "site-server.md")
    database = make_url(str(site.engine.url)).database or ""
    env = {
        **os.environ,
        "PATH": f"{find_bindir()}:{os.environ['PATH']}",
        "PGHOST": str(pg_cluster.socket_dir),
        "PGPORT": str(pg_cluster.port),
        "PGUSER": "postgres",
    }

    def run(command: str) -> str:
        command = command.replace("BASE", database).replace("VAULT", made.vault_id)
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command.replace("DOCUMENT", doc_id)],
            cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    rows = [line.split("|") for line in run(listing).splitlines()]
    assert [(row[0], int(row[2])) for row in rows] == [(doc_id, len(ciphertext(site, doc_id)))]
    run(extract)
    identity = tmp_path / "identity.txt"
    identity.write_text(made.recovery + "\n")
    opened = subprocess.run(
        ["age", "-d", "-i", str(identity), str(tmp_path / "fichier.age")],
        capture_output=True, check=True,
    )  # fmt: skip
    assert opened.stdout == scan


def test_the_recovery_sheet_of_a_server_site_sends_to_its_administrator(
    site: SiteContext, agent: Actor, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from aidant.people import usagers
    from aidant.vault.forms import recovery_pdf
    from crypto import SecretBuffer

    person = usagers.register(site, agent, "Dupré", "Éléonore")
    with SecretBuffer.from_text("246810") as pin:
        created = vault.create_vault(site, agent, person.id, pin)
    try:
        pdf = recovery_pdf(site, created)
    finally:
        created.wipe()
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "demandez à son administrateur les fichiers .age du coffre" in flat
    assert created.vault_id in text.replace("\n", "")
    assert "dossier « vaults »" not in flat
    assert "age -d -i identity.txt fichier.age > fichier" in flat
