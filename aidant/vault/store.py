"""Where a document's age ciphertext is kept: the blob seam, chosen by the site's store.

`blobs(ctx)` gives the site's `BlobStore`; the services deposit, read and remove through it and
never ask which one it is.

- The embedded store (`FileBlobs`, this module): `<data>/vaults/<vault id>/<random>.age`,
  written atomically. A blob is durable (fsync, rename) before its row commits; a blob without
  a live row is an orphan, left by a process killed between the two, and is removed when the
  site opens.
- A site server (`aidant.vault.server_blobs.ServerBlobs`): the same ciphertext in chunks in the
  server's database, written in the transaction of the document's row and journal entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

import crypto
from aidant.domain.errors import AidantError
from aidant.files import safe_io
from aidant.site.context import SiteContext
from aidant.storage.models import Document, Vault
from aidant.vault.blob_store import BlobStore, Record, Source, Write
from aidant.vault.errors import DamagedDocument
from aidant.vault.server_blobs import ServerBlobs
from aidant.vault.texts import VaultText

log = logging.getLogger(__name__)

BLOB_SUFFIX = ".age"
#: How much of a blob the self-test reads at a time.
_READ_CHUNK = 1 << 20
#: Another process (the command line while the app is open) may be between writing a blob and
#: committing its row, or still writing it: files younger than this are left alone.
ORPHAN_GRACE_S = 15 * 60


def vault_dir(ctx: SiteContext, vault_id: str) -> Path:
    return ctx.paths.vaults / vault_id


def ensure_vault_dir(ctx: SiteContext, vault_id: str) -> Path:
    safe_io.ensure_private_dir(ctx.paths.vaults, root=ctx.paths.root)
    return safe_io.ensure_private_dir(vault_dir(ctx, vault_id), root=ctx.paths.root)


def new_blob_name() -> str:
    # Random, unrelated to the document id or title: the folder listing reveals nothing.
    return secrets.token_hex(16) + BLOB_SUFFIX


@contextlib.contextmanager
def blob_writer(ctx: SiteContext, vault_id: str, blob_name: str) -> Iterator[BinaryIO]:
    """Atomic writer for one blob (temporary file, fsync, rename; removed on error)."""
    folder = ensure_vault_dir(ctx, vault_id)
    with safe_io.atomic_writer(folder / blob_name) as handle:
        yield handle


class FileBlobs:
    """The embedded store's blobs: age files in the data folder."""

    def __init__(self, ctx: SiteContext) -> None:
        self.ctx = ctx

    def prepare_vault(self, vault_id: str) -> None:
        ensure_vault_dir(self.ctx, vault_id)

    def store(
        self, vault_id: str, document_id: str, blob_name: str, write: Write, record: Record
    ) -> crypto.CiphertextInfo:
        with blob_writer(self.ctx, vault_id, blob_name) as blob:
            info = write(blob)
        try:
            with self.ctx.transaction() as db:
                record(db, info)
        except BaseException:
            with contextlib.suppress(AidantError):
                remove_blob(self.ctx, vault_id, blob_name)
            raise
        return info

    def reading(self, row: Document) -> contextlib.AbstractContextManager[Source]:
        return open_blob(self.ctx, row)

    def remove(self, vault_id: str, blob_name: str) -> None:
        remove_blob(self.ctx, vault_id, blob_name)

    def remove_vault(self, vault_id: str) -> None:
        safe_io.remove_tree(vault_dir(self.ctx, vault_id), self.ctx.paths.vaults)

    def remove_orphans(self) -> int:
        return remove_orphan_files(self.ctx)


def blobs(ctx: SiteContext) -> BlobStore:
    """The site's blob store: chunks in the server's database, else files in the data folder."""
    if ctx.on_server:
        return ServerBlobs(ctx)
    return FileBlobs(ctx)


def remove_orphans(ctx: SiteContext) -> int:
    """Remove the site's orphan blobs (at opening); return how many."""
    return blobs(ctx).remove_orphans()


def remove_blob(ctx: SiteContext, vault_id: str, blob_name: str) -> None:
    safe_io.remove_file(vault_dir(ctx, vault_id) / blob_name, ctx.paths.vaults)


def open_blob(ctx: SiteContext, row: Document) -> BinaryIO:
    """Open a document's blob for reading; a missing or empty blob is a DamagedDocument.

    Whether it is the blob recorded for `row` is told by its size and SHA-256, which the
    caller compares while it decrypts (`crypto.decrypt_and_hash`): a blob swapped with another
    row of the same vault would decrypt perfectly well.
    """
    path = vault_dir(ctx, row.vault_id) / row.blob_name
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise DamagedDocument(VaultText.BLOB_MISSING) from None
    except OSError as exc:
        raise safe_io.io_error(exc, path) from exc
    try:
        empty = os.fstat(handle.fileno()).st_size == 0
    except BaseException:
        handle.close()
        raise
    if empty:
        handle.close()
        raise DamagedDocument(VaultText.BLOB_EMPTY)
    return handle


def remove_orphan_files(ctx: SiteContext) -> int:
    """Delete partial writes and blob files that no live document row names; return how
    many."""
    root = ctx.paths.vaults
    if not root.is_dir():
        return 0
    with ctx.transaction() as db:
        live = {
            (vault_id, blob)
            for vault_id, blob in db.execute(
                select(Document.vault_id, Document.blob_name).where(Document.deleted_at.is_(None))
            )
        }
        shredded = {v for v in db.scalars(select(Vault.id).where(Vault.shredded_at.is_not(None)))}
    removed = 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink()):
        # Nothing can be deposited any more in a shredded vault: no grace there.
        grace = 0.0 if folder.name in shredded else ORPHAN_GRACE_S
        removed += len(safe_io.remove_partial_files(folder, grace))
        for blob in folder.iterdir():
            if (
                blob.is_file()
                and not blob.name.startswith(".")
                and (folder.name, blob.name) not in live
                and (grace == 0 or safe_io.is_older_than(blob, grace))
            ):
                safe_io.remove_file(blob, root)
                removed += 1
        if folder.name in shredded and not any(folder.iterdir()):
            safe_io.remove_tree(folder, root)
    if removed:
        log.warning("removed %d orphan vault file(s)", removed)
    return removed


AGE_HEADER = b"age-encryption.org/v1\n"


def vault_files_report(ctx: SiteContext) -> tuple[int, list[str]]:
    """Read every live document's ciphertext whole (self-test): (documents checked, the damaged
    ones as "vault folder/file name"). One is damaged when missing, empty, not the size and
    SHA-256 its row records, or without an age header."""
    with ctx.transaction() as db:
        rows = list(db.scalars(select(Document).where(Document.deleted_at.is_(None))))
    store = blobs(ctx)
    damaged: list[str] = []
    for row in rows:
        where = f"{row.vault_id[:8]}/{row.blob_name}"
        try:
            with store.reading(row) as handle:
                header = handle.read(len(AGE_HEADER))
                digest, size = hashlib.sha256(header), len(header)
                while block := handle.read(_READ_CHUNK):
                    digest.update(block)
                    size += len(block)
        except AidantError:
            damaged.append(where)
            continue
        matches = size == row.ciphertext_size and digest.hexdigest() == row.ciphertext_sha256
        if not matches or header != AGE_HEADER:
            damaged.append(where)
    return len(rows), damaged


def vault_headers_report(root: Path) -> tuple[int, list[str]]:
    """Without the database (a site opened by no agent): every vault file under `root` starts
    with an age header? (files checked, the damaged ones as "vault folder/file name")."""
    checked, damaged = 0, []
    if not root.is_dir():
        return 0, []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink()):
        for blob in sorted(folder.iterdir()):
            if not blob.is_file() or blob.name.startswith(".") or blob.is_symlink():
                continue
            checked += 1
            try:
                with blob.open("rb") as handle:
                    header = handle.read(len(AGE_HEADER))
            except OSError:
                header = b""
            if header != AGE_HEADER:
                damaged.append(f"{folder.name[:8]}/{blob.name}")
    return checked, damaged
