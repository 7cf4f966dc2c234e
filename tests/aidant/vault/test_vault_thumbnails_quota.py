"""Thumbnails stored encrypted beside their document and read without journalling; the quota
each vault may take, with one sentence when a deposit would pass it."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import func, select

from aidant import vault
from aidant.administration.policy import change_policy
from aidant.domain.actors import Actor
from aidant.domain.errors import Refused, UsageError
from aidant.site.context import SiteContext
from aidant.storage.models import Document, JournalEntry
from tests.aidant.vault.conftest import MadeVault
from tests.support.blobs import stored_blobs

PDF = b"%PDF-1.4\n% fictitious scan\n" + bytes(range(256)) * 40
PNG = b"\x89PNG\r\n\x1a\n" + b"thumbnail pixels" * 20


def opened_entries(site: SiteContext) -> int:
    with site.transaction() as db:
        return int(
            db.scalar(
                select(func.count())
                .select_from(JournalEntry)
                .where(JournalEntry.kind == "document_opened")
            )
            or 0
        )


def test_thumbnail_is_stored_encrypted_and_read_without_journalling(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    doc_id = vault.deposit(
        site, agent, made.usager_id, io.BytesIO(PDF), title="Avis", thumbnail=PNG
    )
    plain = vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="Sans image")
    with site.transaction() as db:
        sealed = db.get(Document, doc_id).thumbnail_ciphertext  # type: ignore[union-attr]
    assert sealed is not None and PNG not in sealed and b"thumbnail pixels" not in sealed
    with made.unlock(site) as ov:
        listed = ov.documents()
        pictures = ov.thumbnails([d.id for d in listed])
        assert pictures[plain] is None
        picture = pictures[doc_id]
        assert picture is not None and picture.to_bytes() == PNG
    assert opened_entries(site) == 0


def test_a_thumbnail_moved_to_another_row_is_refused(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    first = vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="A", thumbnail=PNG)
    second = vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="B")
    with site.transaction() as db:
        moved = db.get(Document, first).thumbnail_ciphertext  # type: ignore[union-attr]
        db.get(Document, second).thumbnail_ciphertext = moved  # type: ignore[union-attr]
    with made.unlock(site) as ov:
        assert ov.thumbnails([second])[second] is None


def test_only_small_png_or_jpeg_thumbnails(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    for bad in (b"GIF89a....", PDF, b"\xff\xd8\xff" + bytes(200_000)):
        with pytest.raises(UsageError, match="PNG ou JPEG"):
            vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="x", thumbnail=bad)


def test_older_documents_get_their_thumbnail_lazily(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    doc_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="Ancien")
    seen: list[tuple[bytes, str]] = []

    def render(content: memoryview, media_type: str) -> bytes:
        seen.append((bytes(content[:8]), media_type))
        return PNG

    with made.unlock(site) as ov:
        made_now = ov.make_thumbnail(doc_id, render)
        assert made_now is not None and made_now.to_bytes() == PNG
        stored = ov.thumbnails([doc_id])[doc_id]
        assert stored is not None and stored.to_bytes() == PNG
    assert seen == [(PDF[:8], "application/pdf")]
    assert opened_entries(site) == 0


def test_usage_and_quota_refusal_in_one_sentence(
    site: SiteContext, agent: Actor, manager: Actor, made: MadeVault
) -> None:
    assert vault.usage(site, made.usager_id).quota_mb == 600  # the default
    change_policy(site, manager, {"vault_quota_mb": 1})
    vault.deposit(site, agent, made.usager_id, io.BytesIO(b"%PDF" + bytes(600_000)), title="A")
    usage = vault.usage(site, made.usager_id)
    assert usage.used_bytes > 600_000 and usage.used_mb == 1 and usage.quota_mb == 1
    with pytest.raises(Refused) as refused:
        vault.deposit(site, agent, made.usager_id, io.BytesIO(b"%PDF" + bytes(600_000)), title="B")
    assert str(refused.value) == (
        "Ce document (1 Mo) ne tient plus dans le coffre : 1 Mo sont déjà utilisés sur les "
        "1 Mo permis ; supprimez des documents ou demandez au responsable du site."
    )
    # Nothing was written for the refused deposit, and nothing journalled.
    assert stored_blobs(site, made.vault_id) == 1
    with site.transaction() as db:
        kinds = [json.loads(r.data) for r in db.scalars(select(JournalEntry))]
    assert sum(1 for d in kinds if d.get("size")) == 1


def test_quota_is_checked_again_with_the_real_size_when_unknown_before(
    site: SiteContext, agent: Actor, manager: Actor, made: MadeVault
) -> None:
    class Pipe(io.RawIOBase):
        """A source whose size cannot be known before it is read."""

        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            return self._data.read(size)

        def seekable(self) -> bool:
            return False

        def tell(self) -> int:
            raise OSError("not seekable")

    change_policy(site, manager, {"vault_quota_mb": 1})
    with pytest.raises(Refused, match="ne tient plus dans le coffre"):
        vault.deposit(site, agent, made.usager_id, Pipe(bytes(1_200_000)), title="Gros")  # type: ignore[arg-type]
    assert stored_blobs(site, made.vault_id) == 0


def test_a_grid_lists_places_first_then_describes_page_by_page(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    ids = [
        vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title=f"Page {n}")
        for n in range(5)
    ]
    with made.unlock(site) as ov:
        places = ov.document_ids()
        assert sorted(places) == sorted(ids) and places == [d.id for d in ov.documents()]
        described = ov.describe([places[3], places[1]])
        assert [d.id for d in described] == [places[1], places[3]]  # in the vault's order
    assert opened_entries(site) == 0
