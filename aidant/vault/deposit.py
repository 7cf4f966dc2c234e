"""Depositing a scan into a vault: encrypted for its recipient, so no secret is needed.

An agent at the desk files a paper; from then on only the usager's secret can read it, and
the agent cannot read it back. The scan is streamed (bounded memory, any size).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

import crypto
from aidant import journal
from aidant.domain.actors import Actor, require_agent
from aidant.domain.errors import FileError, Refused
from aidant.domain.ids import DocumentId, UsagerId, new_id
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.site.context import SiteContext
from aidant.storage.models import Document
from aidant.vault import binding, quota, server_blobs, store, thumbnails
from aidant.vault.blob_store import Sink
from aidant.vault.lifecycle import live_vault
from aidant.vault.metadata import Category, DocumentMetadata, sniff_media_type
from aidant.vault.names import check_title
from aidant.vault.texts import VaultText

log = logging.getLogger(__name__)

_HEAD = 16


class _SourceReader:
    """Reads the scan for the encryption; keeps its first bytes and size, remembers read errors."""

    def __init__(self, source: BinaryIO, *, direct: bool = False) -> None:
        self._source = source
        #: Whether the encryption may read straight into its buffer (`readinto`): for the
        #: files the deposit opens itself. Other sources are read through their `read`,
        #: which is all that a caller's reader promises to honour.
        self.readinto = self._readinto if direct else None
        self.head = b""
        self.size = 0
        self.error: OSError | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._source.read(size)
        except OSError as exc:
            self.error = exc
            raise
        self._count(data)
        return data

    def _readinto(self, view: memoryview) -> int:
        """Read straight into the encryption's buffer: no copy of the scan in Python."""
        try:
            count = int(self._source.readinto(view) or 0)  # type: ignore[attr-defined]
        except OSError as exc:
            self.error = exc
            raise
        self._count(view[:count])
        return count

    def _count(self, data: bytes | memoryview) -> None:
        if len(self.head) < _HEAD:
            self.head += bytes(data[: _HEAD - len(self.head)])
        self.size += len(data)


class _SinkWriter:
    """Writes the ciphertext where the blob store keeps it; remembers write errors (disk
    full...)."""

    def __init__(self, target: Sink) -> None:
        self._target = target
        self.error: OSError | None = None
        fileno = getattr(target, "fileno", None)
        # A file lets the encryption start the disk writes early (see crypto.age.output).
        self.fileno: Callable[[], int] | None = fileno if callable(fileno) else None

    def write(self, data: bytes) -> int:
        try:
            return self._target.write(data)
        except OSError as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        self._target.flush()


#: The largest file a deposit takes (a scanned paper is a few megabytes).
MAX_DEPOSIT_BYTES = 200 << 20


def _open_source(source: Path) -> BinaryIO:
    # A regular file only, opened without blocking: a named pipe with no writer is refused
    # at once rather than hanging the deposit.
    if source.is_dir():
        raise FileError(VaultText.SOURCE_IS_FOLDER, path=str(source))
    return safe_io.open_input(source, MAX_DEPOSIT_BYTES)


def _size_of(source: Path | BinaryIO) -> int | None:
    """The number of bytes left to read in `source`, when it can be known without reading."""
    try:
        if isinstance(source, Path):
            return source.stat().st_size if source.is_file() else None
        here = source.tell()
        end = source.seek(0, 2)
        source.seek(here)
        return end - here
    except (OSError, ValueError):
        return None


def deposit(
    ctx: SiteContext,
    actor: Actor,
    usager_id: UsagerId,
    source: Path | BinaryIO,
    *,
    title: str | None = None,
    category: Category = Category.AUTRE,
    expires_on: dt.date | None = None,
    page_count: int | None = None,
    original_name: str | None = None,
    thumbnail: bytes | None = None,
) -> DocumentId:
    """Encrypt `source` into the usager's vault (no vault secret needed); return its id.

    `thumbnail`, a small PNG or JPEG of the first page drawn by the caller, is encrypted
    beside the document. A deposit that would pass the vault's quota is refused. The
    ciphertext is kept by the site's blob store (`store.blobs`): on one PC a file, durable
    before the row and journal entry commit together; on a server, chunks committed with them.
    On any failure nothing is left behind (or an orphan file the next start-up removes); a
    server that goes away says so in one sentence.
    """
    with server_blobs.lost_server_as(ctx, VaultText.DEPOSIT_SERVER_LOST):
        require_agent(actor)
        if isinstance(source, Path):
            original_name = original_name or source.name
            title = title or source.stem
        title = check_title(title or "Document")
        if thumbnail is not None:
            thumbnail = thumbnails.check(thumbnail)
        # Validate the description before spending time on the encryption.
        DocumentMetadata(title, category, expires_on, page_count)
        with ctx.transaction() as db:
            vault = live_vault(db, usager_id)
            vault_id, recipient = vault.id, vault.recipient
            # Sealed only to the key the journal recorded when the vault was made.
            binding.check_recorded(db, usager_id, vault_id, recipient)
            size = _size_of(source)
            if size is not None:
                quota.require_room(quota.usage_in(db, vault_id), size, estimate=True)
        document_id = new_id()
        blob_name = store.new_blob_name()
        with contextlib.ExitStack() as stack:
            handle = (
                stack.enter_context(_open_source(source)) if isinstance(source, Path) else source
            )
            reader = _SourceReader(handle, direct=isinstance(source, Path))

            def write(target: Sink) -> crypto.CiphertextInfo:
                sink = _SinkWriter(target)
                try:
                    return crypto.encrypt_stream(reader, sink, recipient)
                except crypto.EncryptionFailed as exc:
                    if reader.error is not None:
                        where = source if isinstance(source, Path) else "document"
                        raise safe_io.io_error(reader.error, where) from exc
                    if sink.error is not None:
                        raise safe_io.io_error(sink.error, ctx.paths.vaults) from exc
                    raise FileError(VaultText.ENCRYPTION_FAILED) from exc

            def record(db: Session, info: crypto.CiphertextInfo) -> None:
                metadata = DocumentMetadata(
                    title=title,
                    category=category,
                    expires_on=expires_on,
                    page_count=page_count,
                    media_type=sniff_media_type(reader.head),
                    original_name=original_name,
                )
                sealed = crypto.encrypt_bytes(
                    metadata.sealed_json(document_id, info.sha256_hex), recipient
                )
                picture = (
                    None
                    if thumbnail is None
                    else thumbnails.seal(thumbnail, document_id, recipient)
                )
                now = ctx.clock.now()
                live = live_vault(db, usager_id)  # still there (not shredded meanwhile)
                if live.id != vault_id or live.recipient != recipient:
                    # Shredded and created again during the deposit: the blob is sealed to a key
                    # that no longer opens this vault (and that an old recovery sheet still would).
                    raise Refused(VaultText.VAULT_RECREATED_DURING_DEPOSIT)
                # Checked again with the real size: another deposit may have committed meanwhile.
                quota.require_room(quota.usage_in(db, vault_id), info.size)
                db.add(
                    Document(
                        id=document_id,
                        vault_id=vault_id,
                        blob_name=blob_name,
                        ciphertext_sha256=info.sha256_hex,
                        ciphertext_size=info.size,
                        metadata_ciphertext=sealed,
                        deposited_at=now,
                        deposited_by=actor.id,
                        thumbnail_ciphertext=picture,
                    )
                )
                db.flush()
                journal.append(
                    db,
                    actor,
                    EntryKind.DOCUMENT_DEPOSITED,
                    now,
                    usager_id=usager_id,
                    data={"vault": vault_id, "document": document_id, "size": reader.size},
                )

            store.blobs(ctx).store(vault_id, document_id, blob_name, write, record)
        log.info("document %s deposited in vault %s", document_id, vault_id)
        return DocumentId(document_id)
