"""The blob seam: where a vault document's age ciphertext is kept, as the services see it.

`aidant.vault.store.blobs(ctx)` gives the site's `BlobStore`: files in the data folder for the
embedded store (`store.FileBlobs`), chunks in the database for a site server
(`server_blobs.ServerBlobs`). Deposit, open, export, deletion, shredding and the start-up
cleanup go through it and never ask which one it is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Protocol

from sqlalchemy.orm import Session

import crypto
from aidant.storage.models import Document


class Sink(Protocol):
    """Where the encryption writes the ciphertext."""

    def write(self, data: bytes, /) -> int: ...

    def flush(self) -> None: ...


class Source(Protocol):
    """Where a decryption reads the ciphertext (a file opened for reading is one); the
    decryption uses `readinto` too when the source has it."""

    def read(self, size: int = -1, /) -> bytes: ...


#: Encrypts the document into the sink it is given: returns what was written.
Write = Callable[[Sink], crypto.CiphertextInfo]
#: Adds the document's row and journal entry in the transaction it is given.
Record = Callable[[Session, crypto.CiphertextInfo], None]


class BlobStore(Protocol):
    """Where the site keeps its documents' ciphertext (see the module's docstring)."""

    def prepare_vault(self, vault_id: str) -> None:
        """Make room for a new vault's documents."""

    def store(
        self, vault_id: str, document_id: str, blob_name: str, write: Write, record: Record
    ) -> crypto.CiphertextInfo:
        """Keep the ciphertext that `write` produces, then `record` the document: both are
        kept, or neither (a file store may leave an orphan file that the next opening removes).
        """

    def reading(self, row: Document) -> contextlib.AbstractContextManager[Source]:
        """The ciphertext of `row`; a missing or empty one is a DamagedDocument. Whether it is
        the one recorded for `row` is told by its size and SHA-256, which the caller compares
        while it decrypts (`crypto.decrypt_and_hash`)."""

    def remove(self, vault_id: str, blob_name: str) -> None:
        """Remove a deleted document's ciphertext (after its deletion committed)."""

    def remove_vault(self, vault_id: str) -> None:
        """Remove everything left of a shredded vault (after the shredding committed)."""

    def remove_orphans(self) -> int:
        """Remove ciphertext that no live document names; return how many blobs went."""
