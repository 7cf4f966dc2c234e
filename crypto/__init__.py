"""Pure cryptography for Aidant vaults: key slots, KDF, age documents, signatures, secrets.

Nothing here knows about databases, mandates or the UI.
"""

from crypto.agefile import (
    CiphertextInfo,
    decrypt_bytes,
    decrypt_stream,
    encrypt_bytes,
    encrypt_stream,
    generate_identity,
    parse_identity,
    parse_recipient,
    recipient_of,
)
from crypto.cardcode import format_card_code, generate_card_secret, parse_card_code
from crypto.errors import (
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
from crypto.hashing import HashingWriter, sha256_file, sha256_stream
from crypto.kdf import DEFAULT_PARAMS, MINIMUM_PARAMS, Argon2Params, derive_key
from crypto.passphrase import check_passphrase, passphrase_problem
from crypto.secretbuffer import SecretBuffer
from crypto.signing import generate_signing_key, public_key_hex, sign, verify
from crypto.slots import (
    KeySlot,
    SlotKind,
    unwrap_card_pin,
    unwrap_passphrase,
    wrap_card_pin,
    wrap_passphrase,
)

__all__ = [
    "DEFAULT_PARAMS",
    "MINIMUM_PARAMS",
    "Argon2Params",
    "CiphertextInfo",
    "CorruptSlot",
    "CryptoError",
    "DocumentError",
    "EmptyFile",
    "EncryptionFailed",
    "HashingWriter",
    "KeySlot",
    "MalformedCardCode",
    "MalformedIdentity",
    "MalformedRecipient",
    "MissingFinalChunk",
    "ModifiedHeader",
    "ModifiedPayload",
    "NotAgeFile",
    "SecretBuffer",
    "SecretZeroed",
    "SlotKind",
    "TruncatedFile",
    "UnsupportedSlotVersion",
    "WeakPassphrase",
    "WrongIdentity",
    "WrongSecret",
    "check_passphrase",
    "decrypt_bytes",
    "decrypt_stream",
    "derive_key",
    "encrypt_bytes",
    "encrypt_stream",
    "format_card_code",
    "generate_card_secret",
    "generate_identity",
    "generate_signing_key",
    "parse_card_code",
    "parse_identity",
    "parse_recipient",
    "passphrase_problem",
    "public_key_hex",
    "recipient_of",
    "sha256_file",
    "sha256_stream",
    "sign",
    "unwrap_card_pin",
    "unwrap_passphrase",
    "verify",
    "wrap_card_pin",
    "wrap_passphrase",
]
