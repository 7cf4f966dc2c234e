"""Login slots: a short secret (a site's database key) wrapped under an agent's password AND a
device secret, so that neither the password alone nor the device alone opens it.

    P = Argon2id(password, salt, params, ad=A)          (kind "password")
    P = Argon2id(password, salt, params)                (kind "verifier": P is the raw hash of a
                                                         PHC-encoded password hash, for upgrades)
    K = HKDF-SHA256(ikm = P || device_secret, salt = salt, info = A)
    ciphertext = ChaCha20-Poly1305(K, nonce, secret, ad = A)

A binds the format name, version, kind, parameters, salt and the caller's context (the site id
and the keyed name of the login), each length-prefixed: a slot copied under another login or
with edited parameters fails to open. `password_key` is also what a later store may derive an
agent's other keys from (a server password, the key wrapping an agent's signing key).
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.errors import CorruptSlot, WrongSecret
from crypto.kdf import KEY_LENGTH, MINIMUM_PARAMS, SALT_LENGTH, Argon2Params, derive_key
from crypto.secretbuffer import SecretBuffer
from crypto.slots import b64 as _b64
from crypto.slots import slot_binding
from crypto.slots import unb64 as _unb64

FORMAT = "aidant-loginslot"
VERSION = 1
NONCE_LENGTH = 12
_TAG = 16
_MAX_SECRET = 256


class LoginSlotKind(enum.Enum):
    PASSWORD = "password"  # noqa: S105 - a slot kind, not a password
    VERIFIER = "verifier"


@dataclass(frozen=True)
class LoginSlot:
    kind: LoginSlotKind
    params: Argon2Params
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "params": self.params.to_dict(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ct": _b64(self.ciphertext),
        }

    @classmethod
    def from_dict(cls, data: Any) -> LoginSlot:
        if not isinstance(data, dict) or set(data) != {"kind", "params", "salt", "nonce", "ct"}:
            raise CorruptSlot(detail="not a login slot")
        try:
            slot = cls(
                LoginSlotKind(data["kind"]),
                Argon2Params.from_dict(data["params"]),
                _unb64(data["salt"]),
                _unb64(data["nonce"]),
                _unb64(data["ct"]),
            )
        except (ValueError, TypeError, KeyError) as exc:
            raise CorruptSlot(detail=str(exc)) from exc
        if len(slot.salt) != SALT_LENGTH or len(slot.nonce) != NONCE_LENGTH:
            raise CorruptSlot(detail="bad salt or nonce length")
        if not _TAG < len(slot.ciphertext) <= _MAX_SECRET + _TAG:
            raise CorruptSlot(detail="bad ciphertext length")
        return slot


def _ad(kind: LoginSlotKind, params: Argon2Params, salt: bytes, context: bytes) -> bytes:
    return slot_binding(FORMAT, VERSION, kind.value, params, salt, context)


def password_key(
    kind: LoginSlotKind, password: SecretBuffer, salt: bytes, params: Argon2Params, ad: bytes
) -> SecretBuffer:
    """The Argon2id stage (the costly one): 32 bytes that only the password gives."""
    if len(password) == 0:
        raise ValueError("empty password")
    context = ad if kind is LoginSlotKind.PASSWORD else b""
    return derive_key(password, salt, params, context=context)


def _wrapping_key(stage: SecretBuffer, device: SecretBuffer, salt: bytes, ad: bytes) -> bytes:
    ikm = bytes(stage.view()) + bytes(device.view())
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=salt, info=ad).derive(ikm)


def _seal(
    kind: LoginSlotKind,
    stage: SecretBuffer,
    secret: SecretBuffer,
    device: SecretBuffer,
    params: Argon2Params,
    salt: bytes,
    context: bytes,
) -> LoginSlot:
    if not 0 < len(secret) <= _MAX_SECRET:
        raise ValueError("secret has an impossible length")
    ad = _ad(kind, params, salt, context)
    nonce = os.urandom(NONCE_LENGTH)
    key = _wrapping_key(stage, device, salt, ad)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, bytes(secret.view()), ad)
    return LoginSlot(kind, params, salt, nonce, ciphertext)


def wrap_login(
    secret: SecretBuffer,
    password: SecretBuffer,
    device: SecretBuffer,
    context: bytes,
    *,
    params: Argon2Params,
    allow_weak_params: bool = False,
) -> LoginSlot:
    """Seal `secret` so that it opens with `password` and `device` together."""
    if not params.meets(MINIMUM_PARAMS) and not allow_weak_params:
        raise ValueError("Argon2 parameters below the required minimum")
    salt = os.urandom(SALT_LENGTH)
    ad = _ad(LoginSlotKind.PASSWORD, params, salt, context)
    with password_key(LoginSlotKind.PASSWORD, password, salt, params, ad) as stage:
        return _seal(LoginSlotKind.PASSWORD, stage, secret, device, params, salt, context)


def wrap_verifier(
    secret: SecretBuffer,
    raw_hash: bytes,
    salt: bytes,
    params: Argon2Params,
    device: SecretBuffer,
    context: bytes,
) -> LoginSlot:
    """Seal `secret` under the raw hash of an existing PHC password hash (an upgrade: the
    password is not known, yet only someone who types it, or reads the hash, can open it)."""
    with SecretBuffer(raw_hash) as stage:
        return _seal(LoginSlotKind.VERIFIER, stage, secret, device, params, salt, context)


def unwrap_login(
    slot: LoginSlot, password: SecretBuffer, device: SecretBuffer, context: bytes
) -> SecretBuffer:
    """The secret sealed in `slot`, or WrongSecret (wrong password, other device, moved slot)."""
    ad = _ad(slot.kind, slot.params, slot.salt, context)
    with password_key(slot.kind, password, slot.salt, slot.params, ad) as stage:
        key = _wrapping_key(stage, device, slot.salt, ad)
    try:
        plain = ChaCha20Poly1305(key).decrypt(slot.nonce, slot.ciphertext, ad)
    except InvalidTag:
        raise WrongSecret() from None
    return SecretBuffer(plain)


def subkey(device: SecretBuffer, label: str) -> bytes:
    """A key for one purpose (`label`) derived from a device secret."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label.encode()).derive(
        bytes(device.view())
    )


def keyed_name(key: bytes, name: str) -> str:
    """A name (a login) as a keyed hash: equal names match, the file does not show them."""
    return hmac.new(key, name.encode("utf-8"), hashlib.sha256).hexdigest()


def mac(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def mac_ok(key: bytes, data: bytes, tag: str) -> bool:
    return hmac.compare_digest(mac(key, data), tag)
