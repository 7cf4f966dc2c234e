"""Vault files written by earlier versions (pyrage) still open with crypto.age.

Until this version, documents and their sealed descriptions were encrypted by pyrage (rage),
whose headers carry a grease stanza ours do not. They are age v1 all the same.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

import pyrage  # type: ignore[import-untyped,unused-ignore]
import pytest
from sqlalchemy import select

import crypto
from aidant import vault
from aidant.domain.actors import Actor
from aidant.site.context import SiteContext
from aidant.storage.models import Document
from tests.aidant.vault.conftest import MadeVault
from tests.support.blobs import ciphertext


def _pyrage_encrypt_stream(
    reader: BinaryIO, writer: BinaryIO, recipient: str
) -> crypto.CiphertextInfo:
    hashing = crypto.HashingWriter(writer)
    pyrage.encrypt_io(reader, hashing, [pyrage.x25519.Recipient.from_str(recipient)])
    return crypto.CiphertextInfo(sha256=hashing.digest(), size=hashing.size)


def _pyrage_encrypt_bytes(plaintext: bytes | crypto.SecretBuffer, recipient: str) -> bytes:
    data = plaintext.to_bytes() if isinstance(plaintext, crypto.SecretBuffer) else plaintext
    return bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)]))


def test_documents_deposited_with_pyrage_still_open(
    site: SiteContext,
    agent: Actor,
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content = b"%PDF-1.7\n" + os.urandom(3 * 64 * 1024 + 11)
    scan = tmp_path / "avis.pdf"
    scan.write_bytes(content)
    with monkeypatch.context() as patched:
        patched.setattr(crypto, "encrypt_stream", _pyrage_encrypt_stream)
        patched.setattr(crypto, "encrypt_bytes", _pyrage_encrypt_bytes)
        doc_id = vault.deposit(site, agent, made.usager_id, scan, title="Avis")
    blob = ciphertext(site, doc_id)
    with site.transaction() as db:
        row = db.scalars(select(Document).where(Document.id == doc_id)).one()
        # rage's grease stanza: proof the files really came from the previous implementation
        assert blob.startswith(b"age-encryption.org/v1\n") and blob.count(b"\n-> ") == 2
        assert row.metadata_ciphertext.count(b"\n-> ") == 2
    with made.unlock(site) as ov:
        [summary] = ov.documents()
        assert summary.metadata.title == "Avis"
        _, opened = ov.open(doc_id)
        with opened:
            assert bytes(opened.view()) == content
