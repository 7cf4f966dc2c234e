"""Ed25519 signatures (journal checkpoints). Private keys travel as 32 raw bytes, never PEM.

The signatures match the module of the same name already used by `aidant` (hex strings for
public keys and signatures), and additionally accept a SecretBuffer as private key.
"""

from __future__ import annotations

import logging

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)

PRIVATE_KEY_LENGTH = 32

PrivateKey = SecretBuffer | bytes | bytearray


def generate_signing_key() -> bytearray:
    """Return a new private key as 32 raw bytes (wrap it in a SecretBuffer or zero it)."""
    return bytearray(Ed25519PrivateKey.generate().private_bytes_raw())


def _private(private_key: PrivateKey) -> Ed25519PrivateKey:
    raw = private_key.view() if isinstance(private_key, SecretBuffer) else private_key
    if len(raw) != PRIVATE_KEY_LENGTH:
        raise ValueError("an Ed25519 private key is 32 bytes")
    # The library object holds its own copy of the key; we keep it alive only for one call.
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_key_hex(private_key: PrivateKey) -> str:
    """Return the public key matching a raw private key, as 64 hex characters."""
    return _private(private_key).public_key().public_bytes_raw().hex()


def sign(private_key: PrivateKey, message: bytes) -> str:
    """Return the Ed25519 signature of `message`, as 128 hex characters."""
    return _private(private_key).sign(message).hex()


def verify(public_hex: str, signature_hex: str, message: bytes) -> bool:
    """True when `signature_hex` is a valid signature of `message` by `public_hex`; never raises."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        key.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_hex: str) -> str:
    """A public key as people compare it on paper: 4 groups of 4 hex digits of its SHA-256."""
    import hashlib

    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def same_fingerprint(typed: str, public_hex: str) -> bool:
    """True when `typed` (spaces, dashes and case ignored) is the fingerprint of the key."""
    wanted = "".join(c for c in typed.upper() if c in "0123456789ABCDEF")
    return wanted == fingerprint(public_hex).replace(" ", "")
