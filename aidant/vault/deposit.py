"""Depositing a scan into a vault: encrypted for its recipient, so no secret is needed.

An agent at the desk files a paper; from then on only the usager's secret can read it, and
the agent cannot read it back. The scan is streamed (bounded memory, any size).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from pathlib import Path
from typing import BinaryIO

import crypto
from aidant import journal
from aidant.domain.actors import Actor, require_agent
from aidant.domain.errors import FileError, Refused
from aidant.domain.ids import DocumentId, UsagerId, new_id
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.site.context import SiteContext
from aidant.storage.models import Document
from aidant.vault import store
from aidant.vault.lifecycle import live_vault
from aidant.vault.metadata import Category, DocumentMetadata, sniff_media_type
from aidant.vault.texts import VaultText

log = logging.getLogger(__name__)

_HEAD = 16


class _SourceReader:
    """Reads the scan for the encryption; keeps its first bytes and size, remembers read errors."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.head = b""
        self.size = 0
        self.error: OSError | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._source.read(size)
        except OSError as exc:
            self.error = exc
            raise
        if len(self.head) < _HEAD:
            self.head += data[: _HEAD - len(self.head)]
        self.size += len(data)
        return data


class _SinkWriter:
    """Writes the ciphertext to the blob; remembers write errors (disk full...)."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        try:
            return self._target.write(data)
        except OSError as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        self._target.flush()

    def fileno(self) -> int:
        # Lets the encryption start the disk writes early (see crypto.age.output).
        return self._target.fileno()


def _open_source(source: Path) -> BinaryIO:
    try:
        handle = source.open("rb")
    except IsADirectoryError:
        raise FileError(VaultText.SOURCE_IS_FOLDER, path=str(source)) from None
    except OSError as exc:
        raise safe_io.io_error(exc, source) from exc
    if not source.is_file():
        handle.close()
        raise FileError(VaultText.SOURCE_NOT_A_FILE, path=str(source))
    return handle


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
) -> DocumentId:
    """Encrypt `source` into the usager's vault (no vault secret needed); return its id.

    The blob is durable before its row and journal entry commit together; on any failure
    nothing is left behind (or an orphan the next start-up removes).
    """
    require_agent(actor)
    if isinstance(source, Path):
        original_name = original_name or source.name
        title = title or source.stem
    if not title:
        title = "Document"
    # Validate the description before spending time on the encryption.
    DocumentMetadata(title, category, expires_on, page_count)
    with ctx.transaction() as db:
        vault = live_vault(db, usager_id)
        vault_id, recipient = vault.id, vault.recipient
    document_id = new_id()
    blob_name = store.new_blob_name()
    with contextlib.ExitStack() as stack:
        handle = stack.enter_context(_open_source(source)) if isinstance(source, Path) else source
        reader = _SourceReader(handle)
        with store.blob_writer(ctx, vault_id, blob_name) as blob:
            sink = _SinkWriter(blob)
            try:
                info = crypto.encrypt_stream(reader, sink, recipient)
            except crypto.EncryptionFailed as exc:
                if reader.error is not None:
                    where = source if isinstance(source, Path) else "document"
                    raise safe_io.io_error(reader.error, where) from exc
                if sink.error is not None:
                    raise safe_io.io_error(sink.error, ctx.paths.vaults) from exc
                raise FileError(VaultText.ENCRYPTION_FAILED) from exc
    metadata = DocumentMetadata(
        title=title,
        category=category,
        expires_on=expires_on,
        page_count=page_count,
        media_type=sniff_media_type(reader.head),
        original_name=original_name,
    )
    try:
        sealed = crypto.encrypt_bytes(metadata.sealed_json(document_id, info.sha256_hex), recipient)
        now = ctx.clock.now()
        with ctx.transaction() as db:
            live = live_vault(db, usager_id)  # still there (not shredded meanwhile)
            if live.id != vault_id or live.recipient != recipient:
                # Shredded and created again during the deposit: the blob is sealed to a key
                # that no longer opens this vault (and that an old recovery sheet still would).
                raise Refused(VaultText.VAULT_RECREATED_DURING_DEPOSIT)
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
    except BaseException:
        with contextlib.suppress(FileError):
            store.remove_blob(ctx, vault_id, blob_name)
        raise
    log.info("document %s deposited in vault %s", document_id, vault_id)
    return DocumentId(document_id)
