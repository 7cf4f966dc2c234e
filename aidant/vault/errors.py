"""Vault errors a person can meet, and the translation of crypto/ errors at the boundary."""

from __future__ import annotations

from aidant.domain.errors import (
    AidantError,
    AuthenticationError,
    ExitCode,
    FileError,
    Refused,
    UsageError,
)
from crypto.errors import (
    CorruptSlot,
    CryptoError,
    DocumentError,
    MalformedCardCode,
    MalformedIdentity,
    WeakPassphrase,
    WrongSecret,
)


class NoVault(AidantError):
    exit_code = ExitCode.NOT_FOUND


class VaultShredded(Refused):
    """The vault was destroyed: nothing can be deposited or opened any more."""


class WrongVaultSecret(AuthenticationError):
    """The card code + PIN, passphrase or recovery key does not open this vault."""


class VaultLockedOut(AuthenticationError):
    """Too many wrong secrets: the vault waits before accepting another attempt."""


class MalformedSecret(UsageError):
    """A card code or recovery key with a typo (detected before any attempt is counted)."""


class DamagedDocument(FileError):
    """A stored document failed its checks: missing, swapped, truncated or modified."""

    exit_code = ExitCode.CHECK_FAILED


class SwappedDocument(DamagedDocument):
    """The blob on disk is not the one recorded when the document was deposited."""


class CorruptVault(AidantError):
    exit_code = ExitCode.STORAGE


def translate(exc: CryptoError) -> AidantError:
    """Turn a crypto error into the AidantError the command line and the UI show."""
    message = str(exc)
    if isinstance(exc, WrongSecret):
        return WrongVaultSecret(message)
    if isinstance(exc, MalformedCardCode | MalformedIdentity):
        return MalformedSecret(message)
    if isinstance(exc, WeakPassphrase):
        return Refused(message)
    if isinstance(exc, CorruptSlot):
        return CorruptVault(message)
    if isinstance(exc, DocumentError):
        return DamagedDocument(message)
    return CorruptVault(message)
