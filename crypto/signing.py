"""Ed25519 signatures (journal checkpoints). Private keys travel as 32-byte bytearrays."""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def generate_signing_key() -> bytearray:
    """A new private key as 32 raw bytes (zero it when done)."""
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return bytearray(raw)


def public_key_hex(private_key: bytes | bytearray) -> str:
    """The public key matching a raw private key, as 64 hex characters."""
    key = Ed25519PrivateKey.from_private_bytes(bytes(private_key))
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


def sign(private_key: bytes | bytearray, message: bytes) -> str:
    """Signature of `message`, as 128 hex characters."""
    return Ed25519PrivateKey.from_private_bytes(bytes(private_key)).sign(message).hex()


def verify(public_hex: str, signature_hex: str, message: bytes) -> bool:
    """True when `signature_hex` is a valid signature of `message` by `public_hex`."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        key.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True
