"""Small pictures of a document's first page, encrypted to the vault beside their document.

The core never draws: the interface renders a small PNG or JPEG when it deposits (it has Qt)
and hands it to `deposit`; here it is checked, bound to its document (its id is sealed with
the picture, so a thumbnail moved to another row is refused) and encrypted for the vault's
recipient. Reading a thumbnail is not opening the document: it is not journalled.
"""

from __future__ import annotations

import crypto
from aidant.domain.errors import UsageError
from aidant.vault.metadata import sniff_media_type
from aidant.vault.texts import VaultText

#: A thumbnail is a few kilobytes; anything bigger is not one.
MAX_THUMBNAIL_BYTES = 96 * 1024
_IMAGE_TYPES = {"image/png", "image/jpeg"}
_SEPARATOR = b"\n"


def check(picture: bytes) -> bytes:
    """`picture` if it is a small PNG or JPEG, else UsageError."""
    if (
        not picture
        or len(picture) > MAX_THUMBNAIL_BYTES
        or sniff_media_type(picture[:16]) not in _IMAGE_TYPES
    ):
        raise UsageError(VaultText.THUMBNAIL_INVALID, max_kib=MAX_THUMBNAIL_BYTES // 1024)
    return picture


def seal(picture: bytes, document_id: str, recipient: str) -> bytes:
    """The thumbnail encrypted for the vault, bound to `document_id`."""
    return crypto.encrypt_bytes(document_id.encode("ascii") + _SEPARATOR + picture, recipient)


def unseal(
    sealed: bytes, document_id: str, identity: crypto.SecretBuffer
) -> crypto.SecretBuffer | None:
    """The picture (in a wipeable buffer), or None when it is damaged or not this document's."""
    try:
        plain = crypto.decrypt_bytes(sealed, identity)
    except crypto.CryptoError:
        return None
    with plain:
        view = plain.view()
        prefix = document_id.encode("ascii") + _SEPARATOR
        if bytes(view[: len(prefix)]) != prefix:
            return None
        return crypto.SecretBuffer(view[len(prefix) :])
