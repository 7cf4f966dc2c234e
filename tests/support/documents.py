"""A stand-in for the vault service in the canary test and the session benchmark: deposit an
encrypted document and open it into a SecretBuffer with the crypto API directly.

Only the age encryption and the blob write are real (through crypto/ and aidant.safe_io); no
database row is made. Once the vault service is merged, the canary test should use it instead.
"""

from __future__ import annotations

from pathlib import Path

import crypto
from aidant import safe_io
from aidant.context import SiteContext
from aidant.ids import new_id


def deposit(ctx: SiteContext, recipient: str, plaintext: bytes) -> Path:
    """Encrypt `plaintext` to the vault's recipient and write the blob under the data dir."""
    folder = safe_io.ensure_private_dir(ctx.paths.vaults / "test-vault", root=ctx.paths.root)
    blob = folder / f"{new_id()}.age"
    safe_io.atomic_write_bytes(blob, crypto.encrypt_bytes(plaintext, recipient))
    return blob


def open_document(blob: Path, identity: crypto.SecretBuffer) -> crypto.SecretBuffer:
    """Decrypt a deposited blob into memory (never to disk)."""
    with blob.open("rb") as reader:
        return crypto.decrypt_stream(reader, identity)
