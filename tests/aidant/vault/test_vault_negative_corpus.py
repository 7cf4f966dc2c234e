"""Damaged blobs, in the spirit of age's test kit: each gives one specific sentence, and no
plaintext (not even a partial one) is returned. Interoperability with the `age` command."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

import crypto
from aidant import vault
from aidant.domain.actors import Actor
from aidant.site.context import SiteContext
from aidant.storage.models import Document
from aidant.vault.errors import DamagedDocument, SwappedDocument
from tests.aidant.vault.conftest import MadeVault, make_vault
from tests.support.blobs import ciphertext, remove_ciphertext, replace_ciphertext

CHUNK = 64 * 1024
# Three full chunks and a partial one: room to cut at a boundary and inside a chunk.
PLAINTEXT = hashlib.sha256(b"seed").digest() * (3 * CHUNK // 32 + 100)


def header_length(blob: bytes) -> int:
    return blob.index(b"\n--- ") + blob[blob.index(b"\n--- ") + 1 :].index(b"\n") + 2


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def truncate_inside(blob: bytes) -> bytes:
    return blob[: len(blob) - 100]


def cut_at_boundary(blob: bytes) -> bytes:
    # Header, 16-byte nonce, then two whole sealed chunks: the rest (final chunk) is missing.
    return blob[: header_length(blob) + 16 + 2 * (CHUNK + 16)]


def flip_header(blob: bytes) -> bytes:
    return flip(blob, header_length(blob) - 10)  # inside the header MAC line


def flip_payload(blob: bytes) -> bytes:
    return flip(blob, header_length(blob) + 16 + CHUNK + 500)


CASES: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("truncated", truncate_inside, "tronqué"),
    ("missing final chunk", cut_at_boundary, "dernière partie manque"),
    ("flipped header byte", flip_header, "en-tête du document chiffré a été modifié"),
    ("flipped payload byte", flip_payload, "contenu du document chiffré a été modifié"),
    ("empty file", lambda _blob: b"", "est vide"),
    ("not an age file", lambda blob: b"PK\x03\x04" + blob[4:], "pas un document chiffré"),
]


@pytest.fixture
def doc(site: SiteContext, agent: Actor, made: MadeVault) -> str:
    return vault.deposit(site, agent, made.usager_id, io.BytesIO(PLAINTEXT), title="Relevé")


@pytest.mark.parametrize(("name", "damage", "sentence"), CASES, ids=[c[0] for c in CASES])
def test_damaged_blob(
    site: SiteContext,
    made: MadeVault,
    doc: str,
    name: str,
    damage: Callable[[bytes], bytes],
    sentence: str,
) -> None:
    replace_ciphertext(site, doc, damage(ciphertext(site, doc)))
    with made.unlock(site) as ov:
        with pytest.raises(DamagedDocument) as info:
            ov.open(doc)
        assert sentence in str(info.value)
        assert str(info.value).count(".") <= 2 and "\n" not in str(info.value)
        # The description is still readable, and nothing was journalled as opened.
        assert ov.summary(doc).title == "Relevé"


def test_missing_blob(site: SiteContext, made: MadeVault, doc: str) -> None:
    remove_ciphertext(site, doc)
    where = "manque sur le serveur" if site.on_server else "introuvable"
    with made.unlock(site) as ov, pytest.raises(DamagedDocument, match=where):
        ov.open(doc)


def test_two_files_swapped_between_rows(
    site: SiteContext, agent: Actor, made: MadeVault, doc: str
) -> None:
    other = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"autre"), title="Autre")
    a_bytes, b_bytes = ciphertext(site, doc), ciphertext(site, other)
    replace_ciphertext(site, doc, b_bytes)
    replace_ciphertext(site, other, a_bytes)
    with made.unlock(site) as ov:
        for document in (doc, other):
            with pytest.raises(SwappedDocument, match="échangé avec celui d'un autre"):
                ov.open(document)


def test_metadata_moved_between_rows(
    site: SiteContext, agent: Actor, made: MadeVault, doc: str
) -> None:
    other = vault.deposit(site, agent, made.usager_id, io.BytesIO(b"autre"), title="Autre")
    with site.transaction() as db:
        rows = {r.id: r for r in db.scalars(select(Document))}
        rows[doc].metadata_ciphertext, rows[other].metadata_ciphertext = (
            rows[other].metadata_ciphertext,
            rows[doc].metadata_ciphertext,
        )
    with made.unlock(site) as ov, pytest.raises(DamagedDocument, match="description"):
        ov.documents()


def test_blob_of_another_vault(site: SiteContext, agent: Actor, made: MadeVault, doc: str) -> None:
    stranger = make_vault(site, agent, "Lefèvre", "Marcel")
    foreign = vault.deposit(site, agent, stranger.usager_id, io.BytesIO(b"x"), title="X")
    replace_ciphertext(site, doc, ciphertext(site, foreign))
    with made.unlock(site) as ov, pytest.raises(DamagedDocument, match="pas été chiffré pour"):
        ov.open(doc)


def test_zero_byte_document(site: SiteContext, agent: Actor, made: MadeVault) -> None:
    empty = vault.deposit(site, agent, made.usager_id, io.BytesIO(b""), title="Vide")
    with made.unlock(site) as ov:
        _, content = ov.open(empty)
        assert len(content) == 0


def test_decrypts_with_the_standard_age_tool(
    site: SiteContext, made: MadeVault, doc: str, tmp_path: Path
) -> None:
    if shutil.which("age") is None:
        pytest.skip("the age command is not installed (Debian package age)")
    identity = tmp_path / "identity.txt"
    identity.write_text(made.recovery + "\n")
    sealed = tmp_path / "document.age"
    sealed.write_bytes(ciphertext(site, doc))  # as stored: a file, or the server's chunks
    result = subprocess.run(
        ["age", "-d", "-i", str(identity), str(sealed)],
        capture_output=True,
        check=True,
    )
    assert result.stdout == PLAINTEXT


class Generated(io.RawIOBase):
    """`size` bytes of a repeating pattern, produced on demand (never whole in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.block = hashlib.sha256(b"big").digest() * (1 << 15)  # 1 MiB

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        n = min(self.left, len(self.block) if size is None or size < 0 else size)
        self.left -= n
        return self.block[:n] if n <= len(self.block) else self.block * (n // len(self.block))


@pytest.mark.slow
def test_200_mb_document_streams_in_and_verifies(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    size = 200 * 1024 * 1024
    tracemalloc.start()
    try:
        big = vault.deposit(site, agent, made.usager_id, Generated(size), title="Gros scan")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # streamed: far below the 200 MB of the document
    expected = hashlib.sha256()
    source = Generated(size)
    while chunk := source.read(1 << 20):
        expected.update(chunk)
    with made.unlock(site) as ov:
        _, content = ov.open(big)
        with content:
            assert len(content) == size
            assert hashlib.sha256(content.view()).digest() == expected.digest()
        # The same document cut short is refused as a whole.
        replace_ciphertext(site, big, ciphertext(site, big)[:-1000])
        with pytest.raises(DamagedDocument, match="tronqué"):
            ov.open(big)
    assert crypto.SecretBuffer  # the module under test stays importable without Qt
