"""An unlocked vault: the identity in a wipeable buffer, and what the usager can do with it.

`lock()` zeroes every secret it holds and is idempotent: the session code calls it on logout,
idle timeout, screen lock and quit. Documents are returned as `SecretBuffer`s in memory;
only `export()` writes plaintext, into the folder the usager chose, and is journalled.
Listing the documents and reading their thumbnails is not opening them: not journalled.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import crypto
from aidant import journal
from aidant.domain.actors import Actor
from aidant.domain.errors import FileError, NotFound, Refused
from aidant.domain.ids import DocumentId, UsagerId, VaultId
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.site.clock import to_site_local
from aidant.site.context import SiteContext
from aidant.storage.models import Document
from aidant.vault import lifecycle, names, quota, store, thumbnails
from aidant.vault.errors import DamagedDocument, SwappedDocument, translate
from aidant.vault.metadata import DocumentMetadata
from aidant.vault.texts import VaultText

log = logging.getLogger(__name__)

EXPIRING_WITHIN_DAYS = 60


class UnlockMethod(enum.StrEnum):
    CARD = "card_pin"
    PASSPHRASE = "passphrase"  # noqa: S105 - a method name, not a password
    RECOVERY = "recovery"


@dataclasses.dataclass(frozen=True)
class DocumentSummary:
    id: DocumentId
    metadata: DocumentMetadata
    deposited_at: dt.datetime
    ciphertext_size: int

    @property
    def title(self) -> str:
        return self.metadata.title


class VaultIsLocked(Refused):
    """The vault was locked (session ended): unlock it again."""


class OpenVault:
    """The usager's vault while it is unlocked. Always end with `lock()` (or a `with` block)."""

    def __init__(
        self,
        ctx: SiteContext,
        actor: Actor,
        vault_id: str,
        usager_id: str,
        recipient: str,
        identity: crypto.SecretBuffer,
        method: UnlockMethod,
        card_secret: crypto.SecretBuffer | None = None,
    ) -> None:
        self.ctx = ctx
        self.actor = actor
        self.vault_id = VaultId(vault_id)
        self.usager_id = UsagerId(usager_id)
        self.recipient = recipient
        self.method = method
        self._identity = identity
        # Kept only when unlocked by card, so that the PIN can be changed on the same card.
        self._card_secret = card_secret

    # --- locking -------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._identity.zeroed

    def lock(self) -> None:
        """Zero the identity (and card secret). Safe to call any number of times."""
        self._identity.zero()
        if self._card_secret is not None:
            self._card_secret.zero()

    close = lock

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    def identity(self) -> crypto.SecretBuffer:
        if self.locked:
            raise VaultIsLocked(VaultText.VAULT_LOCKED)
        return self._identity

    def card_secret(self) -> crypto.SecretBuffer | None:
        return self._card_secret

    def _journal(self, kind: EntryKind, db: Session, now: dt.datetime, **data: Any) -> None:
        journal.append(
            db,
            self.actor,
            kind,
            now,
            usager_id=self.usager_id,
            data={"vault": self.vault_id, **data},
        )

    # --- documents -----------------------------------------------------------------------

    def _rows(self, only: Sequence[str] | None = None) -> list[Document]:
        self.identity()  # refuses once locked
        with self.ctx.transaction() as db:
            lifecycle.live_vault(db, self.usager_id)
            stmt = (
                select(Document)
                .where(Document.vault_id == self.vault_id, Document.deleted_at.is_(None))
                .order_by(Document.deposited_at, Document.id)
            )
            if only is not None:
                stmt = stmt.where(Document.id.in_(list(only)))
            rows = list(db.scalars(stmt))
            db.expunge_all()
        return rows

    def _summary(self, row: Document) -> DocumentSummary:
        try:
            with crypto.decrypt_bytes(row.metadata_ciphertext, self.identity()) as raw:
                metadata = DocumentMetadata.from_sealed_json(
                    raw.view(), row.id, row.ciphertext_sha256
                )
        except crypto.CryptoError as exc:
            raise translate(exc) from None
        except (ValueError, KeyError, TypeError):
            raise DamagedDocument(VaultText.METADATA_MISMATCH) from None
        return DocumentSummary(DocumentId(row.id), metadata, row.deposited_at, row.ciphertext_size)

    def documents(self) -> list[DocumentSummary]:
        """Every document of the vault, oldest first, with its decrypted description."""
        return [self._summary(row) for row in self._rows()]

    def document_ids(self) -> list[DocumentId]:
        """The ids of the vault's documents, oldest first, nothing decrypted (a grid shows
        its places at once, then `describe`s them page by page)."""
        return [DocumentId(row.id) for row in self._rows()]

    def describe(self, document_ids: Sequence[str]) -> list[DocumentSummary]:
        """The decrypted descriptions of these documents, in the vault's order."""
        return [self._summary(row) for row in self._rows(document_ids)]

    def usage(self) -> quota.VaultUsage:
        """How much of the site's quota this vault uses."""
        return quota.usage(self.ctx, self.usager_id)

    def thumbnails(
        self, document_ids: Sequence[str]
    ) -> dict[DocumentId, crypto.SecretBuffer | None]:
        """The thumbnails of these documents (None: none stored, or damaged); not journalled.

        One query for the batch; each picture comes in a wipeable buffer.
        """
        identity = self.identity()
        with self.ctx.transaction() as db:
            rows = db.execute(
                select(Document.id, Document.thumbnail_ciphertext).where(
                    Document.vault_id == self.vault_id,
                    Document.id.in_(list(document_ids)),
                    Document.deleted_at.is_(None),
                )
            ).all()
        return {
            DocumentId(doc_id): None
            if sealed is None
            else thumbnails.unseal(sealed, doc_id, identity)
            for doc_id, sealed in rows
        }

    def make_thumbnail(
        self, document_id: DocumentId, render: Callable[[memoryview, str], bytes | None]
    ) -> crypto.SecretBuffer | None:
        """Draw and store the thumbnail of a document deposited without one (older ones).

        `render` gets the plaintext and media type and returns a small PNG or JPEG (or None).
        The plaintext goes to nobody but `render` and is wiped at once: this is not opening the
        document, and it is not journalled. Returns the stored picture.
        """
        row = self._row(document_id)
        summary = self._summary(row)
        with self._decrypt(row) as content:
            picture = render(content.view(), summary.metadata.media_type)
        if picture is None:
            return None
        sealed = thumbnails.seal(thumbnails.check(picture), row.id, self.recipient)
        with self.ctx.transaction() as db:
            live = db.get(Document, row.id)
            if live is not None and live.deleted_at is None and live.thumbnail_ciphertext is None:
                live.thumbnail_ciphertext = sealed
        return crypto.SecretBuffer(picture)

    def _row(self, document_id: str) -> Document:
        matches = [r for r in self._rows() if r.id == document_id]
        if not matches:
            matches = [r for r in self._rows() if r.id.startswith(document_id)]
        if len(matches) != 1 or len(document_id) < 4:
            raise NotFound(VaultText.NO_SUCH_DOCUMENT)
        return matches[0]

    def summary(self, document_id: DocumentId) -> DocumentSummary:
        return self._summary(self._row(document_id))

    def _decrypt(self, row: Document) -> crypto.SecretBuffer:
        with store.blobs(self.ctx).reading(row) as handle:
            try:
                content, read = crypto.decrypt_and_hash(
                    handle, self.identity(), expected_size=row.ciphertext_size
                )
            except crypto.CryptoError as exc:
                # The specific reason (truncated, modified header or payload, other vault).
                raise translate(exc) from None
        if read.size != row.ciphertext_size or read.sha256_hex != row.ciphertext_sha256:
            # It decrypts, yet it is not the blob recorded for this row: another document
            # of the same vault was put in its place. Its plaintext is never returned.
            content.zero()
            raise SwappedDocument(VaultText.BLOB_SWAPPED)
        return content

    def open(self, document_id: DocumentId) -> tuple[DocumentSummary, crypto.SecretBuffer]:
        """The document's description and its plaintext, in memory only (zero it when done)."""
        row = self._row(document_id)
        summary = self._summary(row)
        content = self._decrypt(row)
        now = self.ctx.clock.now()
        with self.ctx.transaction() as db:
            self._journal(EntryKind.DOCUMENT_OPENED, db, now, document=row.id)
        return summary, content

    def export(self, document_id: DocumentId, folder: Path, name: str | None = None) -> Path:
        """Write the plaintext into `folder`, chosen by the usager; journalled.

        The file name is made from the document's title (or from `name`), cleaned so that it
        names a plain file of that folder; a title-made name that exists gets a number, a
        `name` that exists is refused. Any target whose parent is not `folder` is refused, and
        so is the site's own data folder.
        """
        chosen = folder.expanduser().absolute()
        if not chosen.is_dir():
            raise FileError(VaultText.EXPORT_FOLDER_MISSING, path=str(chosen))
        chosen = chosen.resolve()
        site_root = self.ctx.paths.root.resolve()
        if chosen == site_root or site_root in chosen.parents:
            raise Refused(VaultText.PLAINTEXT_IN_DATA_DIR)
        row = self._row(document_id)
        media_type = self._summary(row).metadata.media_type
        if name is not None:
            destination = chosen / names.safe_file_name(name, media_type)
            if destination.exists() or destination.is_symlink():
                raise safe_io.already_exists(destination)
        else:
            destination = _free_name(
                chosen, names.export_file_name(self._summary(row).title, media_type)
            )
        if destination.parent != chosen or destination.resolve().parent != chosen:
            raise Refused(VaultText.EXPORT_OUTSIDE_FOLDER)
        now = self.ctx.clock.now()
        # The entry and the file go together: the file is written inside the transaction, so
        # a failed write leaves no entry, and a failed commit removes the file. The document is
        # decrypted before: on a server the journal's lock is held from the entry to the commit.
        written = False
        with self._decrypt(row) as content:
            try:
                with self.ctx.transaction() as db:
                    self._journal(EntryKind.DOCUMENT_EXPORTED, db, now, document=row.id)
                    safe_io.atomic_write_bytes(destination, content.view(), overwrite=False)
                    written = True
            except BaseException:
                if written:  # an export that is not journalled must not exist
                    safe_io.remove_file(destination, destination.parent)
                raise
        return destination

    def delete(self, document_id: DocumentId) -> None:
        """Delete one document (its row is kept, without description, for the journal)."""
        row = self._row(document_id)
        now = self.ctx.clock.now()
        with self.ctx.transaction() as db:
            live = db.get(Document, row.id)
            if live is None:  # document rows are never deleted, only emptied
                raise RuntimeError(f"document {row.id} vanished while being deleted")
            live.deleted_at = now
            live.metadata_ciphertext = b""
            self._journal(EntryKind.DOCUMENT_DELETED, db, now, document=row.id)
        try:
            store.blobs(self.ctx).remove(row.vault_id, row.blob_name)
        except FileError:
            log.warning("blob of deleted document %s left for the start-up cleanup", row.id)

    def expiring_papers(
        self,
        within_days: int = EXPIRING_WITHIN_DAYS,
        documents: Sequence[DocumentSummary] | None = None,
    ) -> list[DocumentSummary]:
        return expiring_papers(self, within_days, documents)

    def shred(self) -> int:
        """The usager destroys their whole vault; the vault is locked afterwards."""
        try:
            return lifecycle.shred(self.ctx, self.actor, self.vault_id)
        finally:
            self.lock()


def _free_name(folder: Path, file_name: str) -> Path:
    """`folder / file_name`, or with " (2)", " (3)"... before the suffix when it exists."""
    stem, dot, suffix = file_name.rpartition(".")
    candidate = folder / file_name
    number = 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = folder / f"{stem} ({number}){dot}{suffix}"
    return candidate


def expiring_papers(
    open_vault: OpenVault,
    within_days: int = EXPIRING_WITHIN_DAYS,
    documents: Sequence[DocumentSummary] | None = None,
) -> list[DocumentSummary]:
    """Papers whose validity ends within `within_days` (or has ended), soonest first.

    `documents`: the list already read, if the caller has it (saves decrypting it again).
    """
    today = to_site_local(open_vault.ctx.clock.now()).date()
    limit = today + dt.timedelta(days=within_days)
    soon = [
        d
        for d in (open_vault.documents() if documents is None else documents)
        if d.metadata.expires_on is not None and d.metadata.expires_on <= limit
    ]
    return sorted(soon, key=lambda d: d.metadata.expires_on or today)
