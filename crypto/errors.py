"""Exceptions raised by the crypto package.

Every exception derives from `CryptoError`. `str(exc)` is one French sentence that may be
shown to staff or usagers as is; the English technical detail, if any, is kept in `detail`
for logs and never shown to users. When a class covers several cases (a card code too short or
with a wrong character, a passphrase too short or too common), `reason` names the case and
`facts` holds the numbers or characters its sentence mentions, so that a caller can put the
sentence into words of its own (the application translates it at the edge).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import ClassVar


class Reason(enum.StrEnum):
    """The cases a malformed secret or a weak passphrase is refused for (stable codes)."""

    CARD_CODE_LENGTH = enum.auto()  # facts: expected, given
    CARD_CODE_CHARACTER = enum.auto()  # facts: character
    CARD_CODE_TYPO = enum.auto()
    RECOVERY_KEY_PREFIX = enum.auto()
    RECOVERY_KEY_LENGTH = enum.auto()  # facts: expected, given
    RECOVERY_KEY_CHARACTER = enum.auto()  # facts: character
    RECOVERY_KEY_TYPO = enum.auto()
    PASSPHRASE_TOO_SHORT = enum.auto()  # facts: min_length
    PASSPHRASE_REPEATS = enum.auto()
    PASSPHRASE_FEW_CHARACTERS = enum.auto()
    PASSPHRASE_TOO_COMMON = enum.auto()
    PASSPHRASE_SEQUENCE = enum.auto()
    PASSPHRASE_TOO_SIMPLE = enum.auto()


class CryptoError(Exception):
    """Base class: `str(exc)` is a one-sentence French user message."""

    default_message: ClassVar[str] = "Une erreur de chiffrement est survenue."

    def __init__(
        self,
        message: str | None = None,
        *,
        detail: str = "",
        reason: Reason | None = None,
        facts: Mapping[str, int | str] | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.detail = detail
        #: Which case `message` describes (None: the class's own, `default_message`).
        self.reason = reason
        #: The values `message` mentions for that case.
        self.facts: dict[str, int | str] = dict(facts or {})
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class SecretZeroed(CryptoError):
    """A SecretBuffer was used after it had been zeroed (a programming error)."""

    default_message = "Le coffre est verrouillé : ce secret a déjà été effacé de la mémoire."


# --- key slots -------------------------------------------------------------------------------


class CorruptSlot(CryptoError):
    """A serialised key slot cannot be parsed or has impossible values."""

    default_message = "La clé d'accès enregistrée pour ce coffre est illisible ou endommagée."


class UnsupportedSlotVersion(CorruptSlot):
    """The slot was written by a newer (or unknown) format version."""

    default_message = (
        "La clé d'accès de ce coffre a été créée par une version plus récente de l'application."
    )


class WrongSecret(CryptoError):
    """The PIN, card code or passphrase does not open this slot (or the slot was swapped)."""

    default_message = "Le code ou la phrase secrète ne permet pas d'ouvrir ce coffre."


class WeakPassphrase(CryptoError):
    """A passphrase was refused by the strength check; the message says why."""

    default_message = "La phrase secrète est trop facile à deviner."


class MalformedCardCode(CryptoError):
    """A typed vault-card code has a bad length, an unknown character or a typo."""

    default_message = "Le code de la carte du coffre est mal saisi."


class MalformedIdentity(CryptoError):
    """A recovery identity (AGE-SECRET-KEY-1...) is not valid."""

    default_message = "La clé de secours est mal saisie."


class MalformedRecipient(CryptoError):
    """A vault recipient (age1...) is not valid."""

    default_message = "La clé publique du coffre est invalide."


# --- documents -------------------------------------------------------------------------------


class DocumentError(CryptoError):
    """Base class for failures while encrypting or decrypting a document."""

    default_message = "Le document chiffré ne peut pas être ouvert."


class EncryptionFailed(DocumentError):
    """Encryption could not complete (I/O error or invalid input)."""

    default_message = "Le document n'a pas pu être chiffré."


class NotAgeFile(DocumentError):
    """The input does not start like an age v1 file."""

    default_message = "Ce fichier n'est pas un document chiffré du coffre."


class EmptyFile(NotAgeFile):
    """The input is zero bytes long."""

    default_message = "Le fichier du document est vide."


class TruncatedFile(DocumentError):
    """The file ends too early (partial copy, full disk...)."""

    default_message = "Le fichier du document est incomplet : il a été tronqué."


class MissingFinalChunk(TruncatedFile):
    """The file was cut exactly at a chunk boundary: the final chunk is missing."""

    default_message = "Le fichier du document est incomplet : sa dernière partie manque."


class ModifiedHeader(DocumentError):
    """The header fails to parse or its MAC does not verify."""

    default_message = "L'en-tête du document chiffré a été modifié ou endommagé."


class ModifiedPayload(DocumentError):
    """A payload chunk fails authentication."""

    default_message = "Le contenu du document chiffré a été modifié ou endommagé."


class WrongIdentity(DocumentError):
    """No header stanza opens with this identity."""

    default_message = "Ce document n'a pas été chiffré pour ce coffre."


# --- sealed values ---------------------------------------------------------------------------


class BrokenSeal(CryptoError):
    """A sealed value does not open: wrong key, other associated data, or altered bytes."""

    default_message = "Une valeur chiffrée est illisible : sa clé a changé ou elle a été modifiée."
