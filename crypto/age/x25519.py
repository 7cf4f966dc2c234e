"""X25519 recipients and identities of age v1: key encoding, wrapping and unwrapping.

A file key is wrapped for a recipient with an ephemeral X25519 exchange:
`wrap key = HKDF-SHA-256(shared, salt = share || recipient, "age-encryption.org/v1/X25519")`,
`body = ChaCha20-Poly1305(wrap key, zero nonce, file key)`; the stanza is
`-> X25519 <share>` with that 32-byte body.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.age import bech32
from crypto.age.header import FILE_KEY_SIZE, Stanza, b64decode, b64encode, hkdf
from crypto.errors import ModifiedHeader

RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
STANZA_TYPE = "X25519"
_INFO = b"age-encryption.org/v1/X25519"
_KEY_SIZE = 32
_ZERO_NONCE = bytes(12)


def decode_recipient(text: str) -> bytes:
    """The 32-byte public key of an `age1…` recipient; raises ValueError."""
    hrp, key = bech32.decode(text)
    if hrp != RECIPIENT_HRP or len(key) != _KEY_SIZE or text != text.lower():
        raise ValueError("not an X25519 age recipient")
    return key


def encode_recipient(public_key: bytes) -> str:
    return bech32.encode(RECIPIENT_HRP, public_key)


def decode_identity(text: str) -> bytes:
    """The 32-byte scalar of an `AGE-SECRET-KEY-1…` identity; raises ValueError."""
    hrp, key = bech32.decode(text)
    if hrp != IDENTITY_HRP or len(key) != _KEY_SIZE or text != text.upper():
        raise ValueError("not an X25519 age identity")
    return key


def encode_identity(scalar: bytes) -> str:
    return bech32.encode(IDENTITY_HRP, scalar).upper()


def public_of(scalar: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(scalar).public_key().public_bytes_raw()


def _wrap_key(shared: bytes, share: bytes, recipient: bytes) -> bytes:
    if shared == bytes(_KEY_SIZE):  # low-order point: the exchange carries no secret
        raise ModifiedHeader(detail="X25519 share is a low-order point")
    return hkdf(shared, share + recipient, _INFO)


def wrap(file_key: bytes, recipient: bytes) -> Stanza:
    """The stanza that gives `file_key` to the holder of `recipient`'s identity."""
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    body = ChaCha20Poly1305(_wrap_key(shared, share, recipient)).encrypt(
        _ZERO_NONCE, file_key, None
    )
    return Stanza(STANZA_TYPE, (b64encode(share).decode("ascii"),), body)


def unwrap(stanzas: tuple[Stanza, ...], scalar: bytes) -> bytes | None:
    """The file key from the first X25519 stanza this identity opens, or None.

    A malformed X25519 stanza is a `ModifiedHeader` (it must not be skipped as foreign);
    stanzas of other types are ignored.
    """
    identity = X25519PrivateKey.from_private_bytes(scalar)
    recipient = identity.public_key().public_bytes_raw()
    for stanza in stanzas:
        if stanza.kind != STANZA_TYPE:
            continue
        if len(stanza.args) != 1:
            raise ModifiedHeader(detail="X25519 stanza must have exactly one argument")
        share = b64decode(stanza.args[0].encode("ascii"))
        if len(share) != _KEY_SIZE:
            raise ModifiedHeader(detail="X25519 share must be 32 bytes")
        if len(stanza.body) != FILE_KEY_SIZE + 16:
            raise ModifiedHeader(detail="X25519 body must be 32 bytes")
        try:
            shared = identity.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:
            raise ModifiedHeader(detail="X25519 share is a low-order point") from None
        aead = ChaCha20Poly1305(_wrap_key(shared, share, recipient))
        try:
            return aead.decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            continue
    return None
