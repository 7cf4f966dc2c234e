"""A vault document's ciphertext as the tests see it, on either store: its file in the data
folder (embedded) or its chunks in the server's database (`document_chunks`)."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, or_, select

from aidant.files import safe_io
from aidant.site.context import SiteContext
from aidant.storage.models import Document
from aidant.storage.server import CHUNK_BYTES, document_chunks


def _row(site: SiteContext, document_id: str) -> Document:
    with site.transaction() as db:
        row = db.get(Document, document_id)
        assert row is not None, document_id
        db.expunge(row)
        return row


def ciphertext(site: SiteContext, document_id: str) -> bytes:
    """The whole stored ciphertext of a document."""
    row = _row(site, document_id)
    if not site.on_server:
        return (site.paths.vaults / row.vault_id / row.blob_name).read_bytes()
    with site.transaction() as db:
        parts = db.scalars(
            select(document_chunks.c.data)
            .where(document_chunks.c.document_id == document_id)
            .order_by(document_chunks.c.seq)
        )
        return b"".join(parts)


def replace_ciphertext(site: SiteContext, document_id: str, data: bytes) -> None:
    """Put `data` in place of a document's ciphertext, as someone tampering with the store
    would (an empty file, or one empty chunk, for an empty `data`)."""
    row = _row(site, document_id)
    if not site.on_server:
        path = site.paths.vaults / row.vault_id / row.blob_name
        safe_io.atomic_write_bytes(path, data, overwrite=True)
        return
    with site.transaction() as db:
        db.execute(delete(document_chunks).where(document_chunks.c.document_id == document_id))
        for seq, start in enumerate(range(0, max(len(data), 1), CHUNK_BYTES)):
            part = data[start : start + CHUNK_BYTES]
            db.execute(
                insert(document_chunks),
                {"document_id": document_id, "seq": seq, "data": part},
            )


def remove_ciphertext(site: SiteContext, document_id: str) -> None:
    """Remove a document's ciphertext from the store, its row staying."""
    row = _row(site, document_id)
    if not site.on_server:
        (site.paths.vaults / row.vault_id / row.blob_name).unlink()
        return
    with site.transaction() as db:
        db.execute(delete(document_chunks).where(document_chunks.c.document_id == document_id))


def stored_blobs(site: SiteContext, vault_id: str) -> int:
    """How many ciphertexts the store keeps for a vault: the entries of its folder (partial
    files included), or the documents with chunks on the server (chunks that no document
    names counted too)."""
    if not site.on_server:
        folder = site.paths.vaults / vault_id
        return len(list(folder.iterdir())) if folder.is_dir() else 0
    with site.transaction() as db:
        return int(
            db.scalar(
                select(func.count(func.distinct(document_chunks.c.document_id)))
                .outerjoin(Document, Document.id == document_chunks.c.document_id)
                .where(or_(Document.vault_id == vault_id, Document.id.is_(None)))
            )
            or 0
        )


def chunk_rows(site: SiteContext) -> int:
    """Every row of `document_chunks` (server only)."""
    with site.transaction() as db:
        return int(db.scalar(select(func.count()).select_from(document_chunks)) or 0)
