"""Key slots: the vault identity wrapped under a key derived from a PIN+card or a passphrase.

Serialised format (version 1), canonical JSON (sorted keys, no spaces, ASCII):

    {"aead": "chacha20poly1305", "ct": <base64 ciphertext+tag>, "format": "aidant-keyslot",
     "kdf": "argon2id", "kind": "card_pin" | "passphrase", "nonce": <base64 12 bytes>,
     "params": {"m_kib": int, "p": int, "t": int}, "salt": <base64 16 bytes>, "v": 1}

Wrapping key = Argon2id(key material, salt, params, ad=A) where key material is
`card_secret (16 bytes) || PIN` for CARD_PIN and `passphrase` for PASSPHRASE (NFC UTF-8).
The identity string is sealed with ChaCha20-Poly1305 under associated data A, which binds the
format name, version, kind, KDF parameters, salt and the caller's vault id (each length
prefixed). A slot copied into another vault, or with edited parameters, fails to open.
"""

from __future__ import annotations

import base64
import binascii
import enum
import json
import logging
import os
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.cardcode import CARD_SECRET_BYTES
from crypto.errors import CorruptSlot, UnsupportedSlotVersion, WrongSecret
from crypto.kdf import DEFAULT_PARAMS, MINIMUM_PARAMS, SALT_LENGTH, Argon2Params, derive_key
from crypto.passphrase import check_passphrase
from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)

SLOT_FORMAT = "aidant-keyslot"
SLOT_VERSION = 1
NONCE_LENGTH = 12
_TAG_LENGTH = 16
_MAX_PLAINTEXT = 1024


class SlotKind(enum.Enum):
    """What opens a slot."""

    CARD_PIN = "card_pin"
    PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind name, not a password


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the vault identity, with everything needed to unwrap it."""

    kind: SlotKind
    params: Argon2Params
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    version: int = SLOT_VERSION

    def to_dict(self) -> dict[str, Any]:
        """JSON-able dict in the documented format."""
        return {
            "format": SLOT_FORMAT,
            "v": self.version,
            "kind": self.kind.value,
            "kdf": "argon2id",
            "params": self.params.to_dict(),
            "salt": b64(self.salt),
            "aead": "chacha20poly1305",
            "nonce": b64(self.nonce),
            "ct": b64(self.ciphertext),
        }

    def to_bytes(self) -> bytes:
        """Canonical JSON encoding of `to_dict()`."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def from_dict(cls, data: Any) -> KeySlot:
        """Parse a dict from `to_dict`; raises CorruptSlot or UnsupportedSlotVersion."""
        if not isinstance(data, dict) or data.get("format") != SLOT_FORMAT:
            raise CorruptSlot(detail="not a key slot")
        if data.get("v") != SLOT_VERSION:
            raise UnsupportedSlotVersion(detail=f"slot version {data.get('v')!r}")
        expected = {"format", "v", "kind", "kdf", "params", "salt", "aead", "nonce", "ct"}
        if set(data) != expected:
            raise CorruptSlot(detail=f"unexpected keys {sorted(set(data) ^ expected)}")
        if data["kdf"] != "argon2id" or data["aead"] != "chacha20poly1305":
            raise CorruptSlot(detail="unknown algorithm")
        try:
            slot = cls(
                kind=SlotKind(data["kind"]),
                params=Argon2Params.from_dict(data["params"]),
                salt=unb64(data["salt"]),
                nonce=unb64(data["nonce"]),
                ciphertext=unb64(data["ct"]),
            )
        except (ValueError, TypeError, KeyError) as exc:
            raise CorruptSlot(detail=str(exc)) from exc
        if len(slot.salt) != SALT_LENGTH or len(slot.nonce) != NONCE_LENGTH:
            raise CorruptSlot(detail="bad salt or nonce length")
        if not _TAG_LENGTH < len(slot.ciphertext) <= _MAX_PLAINTEXT + _TAG_LENGTH:
            raise CorruptSlot(detail="bad ciphertext length")
        return slot

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlot:
        """Parse the output of `to_bytes`; raises CorruptSlot or UnsupportedSlotVersion."""
        try:
            data = json.loads(raw.decode("ascii"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorruptSlot(detail=f"not JSON: {exc}") from exc
        return cls.from_dict(data)

    def needs_upgrade(self, target: Argon2Params = DEFAULT_PARAMS) -> bool:
        """True if this slot's KDF is weaker than `target` and should be re-wrapped."""
        return self.version < SLOT_VERSION or not self.params.meets(target)


def b64(raw: bytes) -> str:
    """`raw` as standard base64 text (the slot files' encoding)."""
    return base64.b64encode(raw).decode("ascii")


def unb64(text: Any) -> bytes:
    """Strict base64 text back to bytes; TypeError or ValueError when it is not that."""
    if not isinstance(text, str):
        raise TypeError("expected a base64 string")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("invalid base64") from exc


def length_field(raw: bytes) -> bytes:
    """`raw` prefixed with its length (4 bytes, big-endian), for unambiguous concatenation."""
    return struct.pack(">I", len(raw)) + raw


def slot_binding(
    format_name: str, version: int, kind: str, params: Argon2Params, salt: bytes, owner: bytes
) -> bytes:
    """What a sealed slot is bound to (its AEAD associated data): the format, its version, the
    slot kind, the Argon2id costs, the salt and what it belongs to (a vault, a site), each
    length-prefixed so that no two different bindings give the same bytes."""
    return b"".join(
        length_field(part)
        for part in (
            format_name.encode("ascii"),
            struct.pack(">H", version),
            kind.encode("ascii"),
            struct.pack(">III", params.memory_kib, params.iterations, params.lanes),
            salt,
            owner,
        )
    )


def _associated_data(
    kind: SlotKind, version: int, params: Argon2Params, salt: bytes, vault_id: bytes
) -> bytes:
    return slot_binding(SLOT_FORMAT, version, kind.value, params, salt, vault_id)


def _key_material(
    kind: SlotKind, secret: SecretBuffer, card_secret: SecretBuffer | None
) -> SecretBuffer:
    if len(secret) == 0:
        raise ValueError("empty secret")
    if kind is SlotKind.PASSPHRASE:
        return SecretBuffer(secret.view())
    if card_secret is None or len(card_secret) != CARD_SECRET_BYTES:
        raise ValueError("a 16-byte card secret is required")
    # The card secret has a fixed length, so plain concatenation is unambiguous.
    material = SecretBuffer(CARD_SECRET_BYTES + len(secret))
    view = material.view()
    view[:CARD_SECRET_BYTES] = card_secret.view()
    view[CARD_SECRET_BYTES:] = secret.view()
    return material


def _wrap(
    kind: SlotKind,
    identity: SecretBuffer,
    secret: SecretBuffer,
    card_secret: SecretBuffer | None,
    vault_id: bytes,
    params: Argon2Params,
    allow_weak_params: bool,
) -> KeySlot:
    if not params.meets(MINIMUM_PARAMS) and not allow_weak_params:
        raise ValueError("Argon2 parameters below the required minimum")
    if not 0 < len(identity) <= _MAX_PLAINTEXT:
        raise ValueError("identity has an impossible length")
    salt = os.urandom(SALT_LENGTH)
    nonce = os.urandom(NONCE_LENGTH)
    ad = _associated_data(kind, SLOT_VERSION, params, salt, vault_id)
    with (
        _key_material(kind, secret, card_secret) as material,
        derive_key(material, salt, params, context=ad) as key,
    ):
        ciphertext = ChaCha20Poly1305(key.view()).encrypt(nonce, identity.view(), ad)
    return KeySlot(kind=kind, params=params, salt=salt, nonce=nonce, ciphertext=ciphertext)


def wrap_card_pin(
    identity: SecretBuffer,
    pin: SecretBuffer,
    card_secret: SecretBuffer,
    vault_id: bytes,
    *,
    params: Argon2Params = DEFAULT_PARAMS,
    allow_weak_params: bool = False,
) -> KeySlot:
    """Seal `identity` under Argon2id(card secret + PIN); `allow_weak_params` is for tests."""
    return _wrap(SlotKind.CARD_PIN, identity, pin, card_secret, vault_id, params, allow_weak_params)


def wrap_passphrase(
    identity: SecretBuffer,
    passphrase: SecretBuffer,
    vault_id: bytes,
    *,
    params: Argon2Params = DEFAULT_PARAMS,
    allow_weak_params: bool = False,
) -> KeySlot:
    """Seal `identity` under Argon2id(passphrase); raises WeakPassphrase if it is too weak."""
    check_passphrase(passphrase)
    return _wrap(
        SlotKind.PASSPHRASE, identity, passphrase, None, vault_id, params, allow_weak_params
    )


def _unwrap(
    slot: KeySlot, secret: SecretBuffer, card_secret: SecretBuffer | None, vault_id: bytes
) -> SecretBuffer:
    ad = _associated_data(slot.kind, slot.version, slot.params, slot.salt, vault_id)
    identity = SecretBuffer(len(slot.ciphertext) - _TAG_LENGTH)
    with (
        _key_material(slot.kind, secret, card_secret) as material,
        derive_key(material, slot.salt, slot.params, context=ad) as key,
    ):
        try:
            ChaCha20Poly1305(key.view()).decrypt_into(
                slot.nonce, slot.ciphertext, ad, identity.view()
            )
        except InvalidTag:
            identity.zero()
            # Deliberately vague: a wrong secret, a slot from another vault and an edited
            # slot are indistinguishable by design, and the log must not help guessing.
            log.info("key slot did not open (%s)", slot.kind.value)
            raise WrongSecret() from None
    return identity


def unwrap_card_pin(
    slot: KeySlot, pin: SecretBuffer, card_secret: SecretBuffer, vault_id: bytes
) -> SecretBuffer:
    """Return the identity sealed in a CARD_PIN slot, or raise WrongSecret."""
    if slot.kind is not SlotKind.CARD_PIN:
        raise ValueError("not a card+PIN slot")
    return _unwrap(slot, pin, card_secret, vault_id)


def unwrap_passphrase(slot: KeySlot, passphrase: SecretBuffer, vault_id: bytes) -> SecretBuffer:
    """Return the identity sealed in a PASSPHRASE slot, or raise WrongSecret."""
    if slot.kind is not SlotKind.PASSPHRASE:
        raise ValueError("not a passphrase slot")
    return _unwrap(slot, passphrase, None, vault_id)
