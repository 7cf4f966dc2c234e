"""Small sealed values: ChaCha20-Poly1305 under a 32-byte key, bound to associated data.

Sealed form: `nonce (12 random bytes) || ciphertext || tag (16 bytes)`. The associated data
names what the value belongs to (for instance a record id and a kind), so a sealed value
copied to another place fails to open. Destroying the key makes every value sealed under it
unreadable for good ("crypto-shredding"): that is what the key is for.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.errors import BrokenSeal

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16


def new_seal_key() -> bytes:
    """A fresh random key for `seal`."""
    return os.urandom(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """`plaintext` sealed under `key`, bound to `associated` (a fresh random nonce each call)."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a seal key is {KEY_BYTES} bytes, not {len(key)}")
    nonce = os.urandom(NONCE_BYTES)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, associated)


def unseal(key: bytes, sealed: bytes, associated: bytes) -> bytes:
    """The plaintext of `seal(key, plaintext, associated)`; `BrokenSeal` for anything else."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a seal key is {KEY_BYTES} bytes, not {len(key)}")
    if len(sealed) < NONCE_BYTES + TAG_BYTES:
        raise BrokenSeal(detail=f"sealed value too short ({len(sealed)} bytes)")
    nonce, body = sealed[:NONCE_BYTES], sealed[NONCE_BYTES:]
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, body, associated)
    except InvalidTag as exc:
        raise BrokenSeal(detail="authentication tag mismatch") from exc
