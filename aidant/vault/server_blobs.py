"""Vault documents on a site server: the same age ciphertext, in chunks in the server's database.

A deposit encrypts on the workstation and sends the ciphertext as it comes, `CHUNK_BYTES` per
row of `document_chunks` (migration 0008), in the transaction that then adds the document's row
and its journal entry: the server holds all of it after the commit, or nothing. An open reads
the chunks one at a time and decrypts them on the workstation. Neither ever holds more than a
chunk or two of ciphertext in memory, and the server never sees a plaintext byte: the document,
its title and category (sealed in the row's metadata) and its thumbnail are all age ciphertext
for the vault's recipient. Setting a document's `deleted_at` deletes its chunks at the server,
in that same transaction (deletion, shredding, erasure of the person).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

import crypto
from aidant.domain.errors import StorageError
from aidant.site.context import SiteContext
from aidant.storage.models import Document
from aidant.storage.server import (
    CHUNK_BYTES,
    chunk_copy,
    connection_lost,
    document_chunks_of_site,
    read_chunk,
)
from aidant.storage.texts import StorageText
from aidant.vault.blob_store import Record, Source, Write
from aidant.vault.errors import DamagedDocument
from aidant.vault.texts import VaultText

log = logging.getLogger(__name__)


class ChunkSink:
    """Collects the ciphertext into `CHUNK_BYTES` chunks and sends each as soon as it is full."""

    def __init__(
        self, send: Callable[[str, int, bytes | memoryview], None], document_id: str
    ) -> None:
        self._send_chunk = send
        self._document_id = document_id
        self._buffer = bytearray(CHUNK_BYTES)
        self._filled = 0
        self.chunks = 0

    def write(self, data: bytes | memoryview, /) -> int:
        view = memoryview(data)
        while view:
            take = min(len(view), CHUNK_BYTES - self._filled)
            self._buffer[self._filled : self._filled + take] = view[:take]
            self._filled += take
            view = view[take:]
            if self._filled == CHUNK_BYTES:
                self._send()
        return len(data)

    def flush(self) -> None:
        """Nothing to do: the last, partial chunk is sent by `close`."""

    def close(self) -> None:
        if self._filled:
            self._send()

    def _send(self) -> None:
        # A view, not a copy: the driver copies the chunk into its COPY buffer before it
        # returns, so the buffer is free for the next chunk at once.
        with memoryview(self._buffer)[: self._filled] as chunk:
            self._send_chunk(self._document_id, self.chunks, chunk)
        self.chunks += 1
        self._filled = 0


class ChunkReader:
    """Reads a document's chunks in order, one query each: `readinto` for the decryption."""

    def __init__(self, db: Session, document_id: str) -> None:
        self._db = db
        self._document_id = document_id
        self._next = 0
        self._chunk = b""
        self._offset = 0

    def _fetch(self) -> bool:
        data = read_chunk(self._db, self._document_id, self._next)
        if data is None:
            return False
        self._chunk, self._offset = data, 0
        self._next += 1
        return True

    def readinto(self, view: memoryview, /) -> int:
        if self._offset >= len(self._chunk) and not self._fetch():
            return 0
        count = min(len(view), len(self._chunk) - self._offset)
        view[:count] = self._chunk[self._offset : self._offset + count]
        self._offset += count
        return count

    def read(self, size: int = -1, /) -> bytes:
        """At most `size` bytes (the rest of the current chunk when `size` is negative)."""
        if self._offset >= len(self._chunk) and not self._fetch():
            return b""
        end = len(self._chunk) if size < 0 else min(len(self._chunk), self._offset + size)
        data = self._chunk[self._offset : end]
        self._offset = end
        return data

    def has_data(self) -> bool:
        """Whether the document has a first chunk (read now, kept for `readinto`)."""
        return self._offset < len(self._chunk) or self._fetch()


class ServerBlobs:
    """The server's blob store (see the module's docstring)."""

    def __init__(self, ctx: SiteContext) -> None:
        self.ctx = ctx

    def prepare_vault(self, vault_id: str) -> None:
        """Nothing to make: a vault's chunks are rows."""

    def store(
        self, vault_id: str, document_id: str, blob_name: str, write: Write, record: Record
    ) -> crypto.CiphertextInfo:
        with self.ctx.transaction() as db:
            with chunk_copy(db) as send:
                sink = ChunkSink(send, document_id)
                info = write(sink)
                sink.close()
            record(db, info)
        log.debug("document %s: %d chunk(s) on the server", document_id, sink.chunks)
        return info

    @contextlib.contextmanager
    def reading(self, row: Document) -> Iterator[Source]:
        try:
            with self.ctx.transaction() as db:
                reader = ChunkReader(db, row.id)
                if not reader.has_data():
                    raise DamagedDocument(VaultText.BLOB_MISSING_ON_SERVER)
                yield reader
        except DBAPIError as exc:
            if connection_lost(exc):
                raise StorageError(StorageText.SERVER_UNREACHABLE) from exc
            raise

    def remove(self, vault_id: str, blob_name: str) -> None:
        """Nothing left to do: the server deleted the chunks with the row's `deleted_at`."""

    def remove_vault(self, vault_id: str) -> None:
        """Nothing left to do: shredding set every document's `deleted_at`."""

    def remove_orphans(self) -> int:
        """Chunks of deleted documents (none while the server's trigger is in place)."""
        deleted = select(Document.id).where(Document.deleted_at.is_not(None))
        with self.ctx.transaction() as db:
            gone = db.execute(
                delete(document_chunks_of_site)
                .where(document_chunks_of_site.c.document_id.in_(deleted))
                .returning(document_chunks_of_site.c.document_id)
            ).all()
        if gone:
            log.warning("removed the chunks of %d deleted document(s)", len({g[0] for g in gone}))
        return len({g[0] for g in gone})


@contextlib.contextmanager
def lost_server_as(ctx: SiteContext, text: VaultText) -> Iterator[None]:
    """On a server site, say `text` (one sentence) when the server goes away during the block;
    whatever the block had not committed is rolled back by the server."""
    try:
        yield
    except DBAPIError as exc:
        if ctx.on_server and connection_lost(exc):
            log.warning("site server lost: %s", exc.orig)
            raise StorageError(text) from exc
        raise
