"""Depositing without the secret, listing, opening in memory, exporting, deleting."""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from aidant import vault
from aidant.domain.actors import Actor
from aidant.domain.errors import FileError, NotFound, PermissionDenied, Refused
from aidant.files import safe_io
from aidant.setup.opening import prepare
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import Document, JournalEntry
from aidant.vault import store
from aidant.vault.errors import NoVault
from aidant.vault.metadata import Category
from tests.aidant.vault.conftest import MadeVault
from tests.conftest import MANAGER_PASSWORD
from tests.support.blobs import ciphertext, stored_blobs
from tests.support.costs import TEST_COSTS

PDF = b"%PDF-1.4\n% fictitious scan\n" + bytes(range(256)) * 40


def journal(site: SiteContext) -> list[tuple[str, dict[str, object]]]:
    with site.transaction() as db:
        rows = db.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        return [(r.kind, json.loads(r.data)) for r in rows]


def blob_name(site: SiteContext, doc_id: str) -> str:
    with site.transaction() as db:
        row = db.get(Document, doc_id)
        assert row is not None
        return row.blob_name


def test_agent_deposits_without_unlocking_and_cannot_read(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    scan = tmp_path / "carte identité.pdf"
    scan.write_bytes(PDF)
    doc_id = vault.deposit(
        site,
        agent,
        made.usager_id,
        scan,
        category=Category.IDENTITE,
        expires_on=dt.date(2026, 4, 1),
        page_count=2,
    )
    blob = ciphertext(site, doc_id)
    with site.transaction() as db:
        row = db.get(Document, doc_id)
        assert row is not None and row.deposited_by == agent.id
        assert blob.startswith(b"age-encryption.org/v1\n") and PDF[:40] not in blob
        assert b"identit" not in row.metadata_ciphertext
        assert row.ciphertext_size == len(blob)
    kind, data = journal(site)[-1]
    assert kind == "document_deposited"
    assert data == {"vault": made.vault_id, "document": doc_id, "size": len(PDF)}
    assert "carte" not in json.dumps(journal(site))

    with made.unlock(site) as ov:
        [summary] = ov.documents()
        assert summary.metadata == vault.DocumentMetadata(
            title="carte identité",
            category=Category.IDENTITE,
            expires_on=dt.date(2026, 4, 1),
            page_count=2,
            media_type="application/pdf",
            original_name="carte identité.pdf",
        )
        meta, content = ov.open(doc_id[:8])
        assert meta == summary
        with content:
            assert bytes(content.view()) == PDF
    assert journal(site)[-1][0] == "document_opened"


def test_deposit_refusals_leave_nothing(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    with pytest.raises(FileError, match="introuvable"):
        vault.deposit(site, agent, made.usager_id, tmp_path / "absent.pdf")
    with pytest.raises(FileError, match="est un dossier"):
        vault.deposit(site, agent, made.usager_id, tmp_path)
    with pytest.raises(PermissionDenied):
        vault.deposit(site, made.usager, made.usager_id, io.BytesIO(PDF), title="x")
    with pytest.raises(NoVault):
        vault.deposit(site, agent, "nobody", io.BytesIO(PDF), title="x")

    class Failing(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            if self.tell() > 1000:
                raise OSError(errno.EIO, "Input/output error")
            return super().read(min(size or 500, 500))

    with pytest.raises(FileError) as info:
        vault.deposit(site, agent, made.usager_id, Failing(PDF * 3), title="x")
    assert "document" in str(info.value)
    assert stored_blobs(site, made.vault_id) == 0
    with site.transaction() as db:
        assert db.scalars(select(Document)).all() == []


def test_a_scan_that_cannot_be_read_midway_names_the_file_and_leaves_nothing(
    site: SiteContext,
    agent: Actor,
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A scan file is read straight into the encryption's buffer (`readinto`): a read error
    there is still the file's sentence, and nothing of the deposit stays."""
    scan = tmp_path / "scan abîmé.pdf"
    scan.write_bytes(PDF + os.urandom(3 << 20))
    opened = safe_io.open_input

    class Failing(io.BufferedReader):
        def readinto(self, buffer: Any) -> int:
            if self.tell() > 1000:
                raise OSError(errno.EIO, "Input/output error")
            return super().readinto(buffer)

    def open_failing(path: Path, max_bytes: int) -> Any:
        return Failing(opened(path, max_bytes).detach())  # type: ignore[attr-defined]

    monkeypatch.setattr(safe_io, "open_input", open_failing)
    before = journal(site)
    with pytest.raises(FileError) as info:
        vault.deposit(site, agent, made.usager_id, scan, title="x")
    assert str(scan) in str(info.value)
    assert stored_blobs(site, made.vault_id) == 0
    with site.transaction() as db:
        assert db.scalars(select(Document)).all() == []
    assert journal(site) == before


@pytest.mark.embedded_only  # the data folder's disk; the server's: test_vault_server.py
def test_full_disk_is_one_sentence_and_leaves_nothing(
    site: SiteContext, agent: Actor, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = safe_io.atomic_writer

    class FullDisk:
        def __init__(self, inner: io.BufferedWriter) -> None:
            self.inner, self.written = inner, 0

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > 100_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.inner.write(data)

        def flush(self) -> None:
            self.inner.flush()

    import contextlib

    @contextlib.contextmanager
    def full_writer(path: Path, mode: int = 0o600):  # type: ignore[no-untyped-def]
        with real(path, mode) as handle:
            yield FullDisk(handle)

    monkeypatch.setattr(safe_io, "atomic_writer", full_writer)
    with pytest.raises(FileError, match="est plein : libérez de la place"):
        vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF * 100), title="x")
    assert list((site.paths.vaults / made.vault_id).iterdir()) == []


def test_export_is_explicit_and_journalled(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    doc_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="Avis")
    with made.unlock(site) as ov:
        out = ov.export(doc_id, tmp_path, "avis.pdf")
        assert out == tmp_path / "avis.pdf" and out.read_bytes() == PDF
        assert journal(site)[-1] == (
            "document_exported",
            {"vault": made.vault_id, "document": doc_id},
        )
        with pytest.raises(FileError, match="existe déjà"):
            ov.export(doc_id, tmp_path, "avis.pdf")
        # Named after the title, a second copy gets a number instead.
        assert ov.export(doc_id, tmp_path) == tmp_path / "Avis.pdf"
        assert ov.export(doc_id, tmp_path) == tmp_path / "Avis (2).pdf"
        with pytest.raises(Refused, match="dossier d'Aidant"):
            ov.export(doc_id, site.paths.root)
        with pytest.raises(NotFound):
            ov.export("0000", tmp_path)


@pytest.mark.embedded_only  # files in the data folder (the server's chunks: test_vault_server.py)
def test_delete_and_orphan_cleanup(
    site: SiteContext, agent: Actor, made: MadeVault, clock: FakeClock
) -> None:
    keep = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"keep"), title="Garder")
    gone = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"gone"), title="Jeter")
    folder = site.paths.vaults / made.vault_id
    with made.unlock(site) as ov:
        ov.delete(gone)
        assert [d.id for d in ov.documents()] == [keep]
    assert len(list(folder.iterdir())) == 1
    # Leftovers of a process killed between blob and row, and of a killed write:
    safe_io.atomic_write_bytes(folder / "deadbeef.age", b"age-encryption.org/v1\n")
    (folder / ".x.age.abc.partial").write_bytes(b"half")
    # A deposit in progress in another process (blob written, row not yet committed):
    (folder / "cafe.age").write_bytes(b"age-encryption.org/v1\n")
    (folder / ".y.age.def.partial").write_bytes(b"half")
    old = time.time() - store.ORPHAN_GRACE_S - 60
    for name in ("deadbeef.age", ".x.age.abc.partial"):
        os.utime(folder / name, (old, old))
    site.close()
    reopened = prepare(site.paths, clock=clock, costs=TEST_COSTS).open_site(
        "chef", MANAGER_PASSWORD
    )
    try:
        assert sorted(p.name for p in folder.iterdir() if p.name != "cafe.age") == [
            ".y.age.def.partial",
            blob_name(reopened, keep),
        ]
        with made.unlock(reopened) as ov:
            assert ov.open(keep)[1].to_bytes() == b"keep"
    finally:
        reopened.close()


def test_expiring_papers(
    site: SiteContext, agent: Actor, made: MadeVault, clock: FakeClock
) -> None:
    today = clock.now().date()
    for title, days in (("Séjour", 10), ("CNI", 59), ("Passeport", 61), ("Ancienne", -3)):
        vault.deposit(
            site,
            agent,
            made.usager_id,
            io.BytesIO(b"p"),
            title=title,
            expires_on=today + dt.timedelta(days=days),
        )
    vault.deposit(site, agent, made.usager_id, io.BytesIO(b"p"), title="Sans date")
    with made.unlock(site) as ov:
        assert [d.title for d in vault.expiring_papers(ov)] == ["Ancienne", "Séjour", "CNI"]
        assert [d.title for d in ov.expiring_papers(within_days=90)][-1] == "Passeport"
