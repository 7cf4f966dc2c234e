"""Where a site keeps its secrets: the database key and the journal signing key.

Production sites use the OS keyring (`keyring`: Windows Credential Locker, macOS Keychain,
Secret Service on Linux). `keyrings.alt` is never used: on a headless Linux it silently falls
back to a plaintext file. A demonstration site may instead keep throwaway keys in a file next
to its data; the application says so on screen.
"""

from __future__ import annotations

import enum
import json
import logging
from pathlib import Path
from typing import Protocol

import keyring
import keyring.errors
from keyring.backends import fail

from aidant.domain import faults
from aidant.domain.errors import KeyringUnavailable, StorageError
from aidant.files import safe_io
from aidant.storage.texts import StorageText

log = logging.getLogger(__name__)

SERVICE = "Aidant"


class KeyName(enum.StrEnum):
    DATABASE = "database-key"
    SIGNING = "journal-signing-key"
    #: This PC's half of every login slot (aidant.site.access); sites made before it kept
    #: the DATABASE key itself here.
    DEVICE = "device-secret"
    #: The journal's last known length and head (aidant.site.anchor).
    ANCHOR = "journal-anchor"


class KeyStoreKind(enum.StrEnum):
    KEYRING = "keyring"
    DEMO_FILE = "demo-file"


#: The sentence of a missing keyring (kept for callers that print or compare it).
NO_KEYRING = str(StorageText.NO_KEYRING.value)


class KeyStore(Protocol):
    kind: KeyStoreKind

    def get(self, name: KeyName) -> bytearray | None:
        """The key, or None when it is absent."""
        ...

    def put(self, name: KeyName, secret: bytes | bytearray) -> None: ...

    def delete(self, name: KeyName) -> None: ...


def keyring_available() -> bool:
    """True when a real OS keyring backend is configured."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    chained = getattr(backend, "backends", None)
    return not (chained is not None and len(chained) == 0)


class OsKeyStore:
    """Secrets in the OS keyring, one entry per key, named after the site id."""

    kind = KeyStoreKind.KEYRING

    def __init__(self, site_id: str) -> None:
        self._user = site_id

    def _account(self, name: KeyName) -> str:
        return f"{self._user}:{name.value}"

    def get(self, name: KeyName) -> bytearray | None:
        if not keyring_available():
            raise KeyringUnavailable(StorageText.NO_KEYRING)
        try:
            value = keyring.get_password(SERVICE, self._account(name))
        except keyring.errors.KeyringError as exc:
            log.info("keyring read failed: %s", exc)
            raise KeyringUnavailable(StorageText.NO_KEYRING) from exc
        if value is None:
            return None
        try:
            return bytearray.fromhex(value)
        except ValueError as exc:
            raise StorageError(StorageText.UNREADABLE_KEYRING_KEY) from exc

    def put(self, name: KeyName, secret: bytes | bytearray) -> None:
        if not keyring_available():
            raise KeyringUnavailable(StorageText.NO_KEYRING)
        try:
            keyring.set_password(SERVICE, self._account(name), bytes(secret).hex())
        except keyring.errors.KeyringError as exc:
            log.info("keyring write failed: %s", exc)
            raise KeyringUnavailable(StorageText.NO_KEYRING) from exc

    def delete(self, name: KeyName) -> None:
        try:
            keyring.delete_password(SERVICE, self._account(name))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(StorageText.NO_KEYRING) from exc


class DemoFileKeyStore:
    """Throwaway keys in a file next to the data. Only for demonstration sites."""

    kind = KeyStoreKind.DEMO_FILE

    def __init__(self, path: Path) -> None:
        self._path = path

    def _load(self) -> dict[str, str]:
        if not self._path.exists():
            return {}
        try:
            data = json.loads(self._path.read_text("utf-8"))
        except OSError as exc:  # the disk, not the keys: say so
            raise faults.os_error(exc, self._path) from exc
        except ValueError as exc:
            raise StorageError(StorageText.UNREADABLE_DEMO_KEYS) from exc
        if not isinstance(data, dict):
            raise StorageError(StorageText.UNREADABLE_DEMO_KEYS)
        return {str(k): str(v) for k, v in data.items()}

    def get(self, name: KeyName) -> bytearray | None:
        value = self._load().get(name.value)
        if value is None:
            return None
        try:
            return bytearray.fromhex(value)
        except ValueError as exc:
            raise StorageError(StorageText.UNREADABLE_DEMO_KEYS) from exc

    def put(self, name: KeyName, secret: bytes | bytearray) -> None:
        data = self._load()
        data[name.value] = bytes(secret).hex()
        safe_io.atomic_write_bytes(self._path, json.dumps(data, indent=1).encode())

    def delete(self, name: KeyName) -> None:
        data = self._load()
        data.pop(name.value, None)
        safe_io.atomic_write_bytes(self._path, json.dumps(data, indent=1).encode())
