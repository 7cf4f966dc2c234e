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
from aidant.vault.texts import VaultText
from crypto.errors import (
    BrokenSeal,
    CorruptSlot,
    CryptoError,
    DocumentError,
    EmptyFile,
    EncryptionFailed,
    MalformedCardCode,
    MalformedIdentity,
    MalformedRecipient,
    MissingFinalChunk,
    ModifiedHeader,
    ModifiedPayload,
    NotAgeFile,
    SecretZeroed,
    TruncatedFile,
    UnsupportedSlotVersion,
    WeakPassphrase,
    WrongIdentity,
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


#: Each crypto error class (the most specific first), the error it becomes and its sentence.
_TRANSLATIONS: tuple[tuple[type[CryptoError], type[AidantError], VaultText], ...] = (
    (WrongSecret, WrongVaultSecret, VaultText.WRONG_SECRET),
    (MalformedCardCode, MalformedSecret, VaultText.CARD_CODE_MALFORMED),
    (MalformedIdentity, MalformedSecret, VaultText.RECOVERY_KEY_MALFORMED),
    (WeakPassphrase, Refused, VaultText.PASSPHRASE_WEAK),
    (UnsupportedSlotVersion, CorruptVault, VaultText.SLOT_TOO_NEW),
    (CorruptSlot, CorruptVault, VaultText.SLOT_CORRUPT),
    (EncryptionFailed, DamagedDocument, VaultText.ENCRYPTION_FAILED),
    (EmptyFile, DamagedDocument, VaultText.DOCUMENT_EMPTY),
    (NotAgeFile, DamagedDocument, VaultText.NOT_A_VAULT_DOCUMENT),
    (MissingFinalChunk, DamagedDocument, VaultText.DOCUMENT_END_MISSING),
    (TruncatedFile, DamagedDocument, VaultText.DOCUMENT_TRUNCATED),
    (ModifiedHeader, DamagedDocument, VaultText.DOCUMENT_HEADER_MODIFIED),
    (ModifiedPayload, DamagedDocument, VaultText.DOCUMENT_CONTENT_MODIFIED),
    (WrongIdentity, DamagedDocument, VaultText.DOCUMENT_OTHER_VAULT),
    (DocumentError, DamagedDocument, VaultText.DOCUMENT_UNREADABLE),
    (SecretZeroed, CorruptVault, VaultText.SECRET_ERASED),
    (MalformedRecipient, CorruptVault, VaultText.RECIPIENT_INVALID),
    (BrokenSeal, CorruptVault, VaultText.SEAL_BROKEN),
)


def translate(exc: CryptoError) -> AidantError:
    """Turn a crypto error into the AidantError the command line and the UI show.

    The error class is chosen by the crypto error's class, and so is the sentence; when the
    crypto error names its case (`reason`, for malformed secrets and weak passphrases), the
    member of that name says it, filled with the error's `facts`. The crypto message itself is
    never passed on: `str()` of the result is the same French sentence, from the catalogue.
    """
    error_class: type[AidantError] = CorruptVault
    text = VaultText.CRYPTO_FAILED
    for crypto_class, error_class_for, text_for in _TRANSLATIONS:
        if isinstance(exc, crypto_class):
            error_class, text = error_class_for, text_for
            break
    if exc.reason is not None:
        text = VaultText[exc.reason.name]
    return error_class(text, **exc.facts)
