"""age v1 documents: identities, recipients, streaming encryption, all-or-nothing decryption.

Documents are age files (C2SP age v1) for the vault's X25519 recipient, written and read by
`crypto.age` (our own implementation on `cryptography`'s primitives, checked against the
specification's test vectors, the `age` tool and pyrage). Encryption streams in bounded memory
and hashes the ciphertext as it is written. `decrypt_stream` returns the plaintext only once
the whole file has authenticated: age authenticates chunk by chunk, so handing plaintext out
as it comes would hand out the beginning of a truncated or modified file. `decrypt_chunks` is
that streaming form, for callers that can take back what they were given.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from crypto.age import file as agev1
from crypto.age import x25519
from crypto.age.output import BackgroundHash
from crypto.age.stream import CHUNK, NONCE_SIZE, SEALED, TAG, Input, reader_into, unseal
from crypto.errors import (
    DocumentError,
    EncryptionFailed,
    MalformedIdentity,
    MalformedRecipient,
    ModifiedPayload,
    Reason,
    TruncatedFile,
)
from crypto.hashing import Readable, Writable
from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)

IDENTITY_PREFIX = "AGE-SECRET-KEY-1"
RECIPIENT_PREFIX = "age1"
IDENTITY_LENGTH = 74
RECIPIENT_LENGTH = 62
CHUNK_SIZE = CHUNK
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


@dataclass(frozen=True)
class CiphertextInfo:
    """What was written by an encryption: SHA-256 of the ciphertext and its size in bytes."""

    sha256: bytes
    size: int

    @property
    def sha256_hex(self) -> str:
        """Lower-case hex of `sha256`."""
        return self.sha256.hex()


# --- identities and recipients ---------------------------------------------------------------


def generate_identity() -> tuple[SecretBuffer, str]:
    """Create a vault key pair: (identity string `AGE-SECRET-KEY-1...` in a buffer, recipient)."""
    scalar = SecretBuffer.random(32)
    try:
        identity = x25519.encode_identity(scalar.to_bytes())
        recipient = x25519.encode_recipient(x25519.public_of(scalar.to_bytes()))
    finally:
        scalar.zero()
    return SecretBuffer(identity.encode("ascii")), recipient


def parse_identity(text: str | SecretBuffer) -> SecretBuffer:
    """Validate a typed recovery identity (spaces, line breaks and case are tolerated).

    Returns the canonical upper-case identity; raises MalformedIdentity with a French reason.
    """
    raw = text.decode() if isinstance(text, SecretBuffer) else text
    compact = "".join(raw.split()).upper()
    if not compact.startswith(IDENTITY_PREFIX):
        raise MalformedIdentity(
            "La clé de secours doit commencer par « AGE-SECRET-KEY-1 ».",
            reason=Reason.RECOVERY_KEY_PREFIX,
        )
    if len(compact) != IDENTITY_LENGTH:
        raise MalformedIdentity(
            f"La clé de secours doit comporter {IDENTITY_LENGTH} caractères ; "
            f"{len(compact)} ont été saisis.",
            reason=Reason.RECOVERY_KEY_LENGTH,
            facts={"expected": IDENTITY_LENGTH, "given": len(compact)},
        )
    for char in compact[len(IDENTITY_PREFIX) :]:
        if char.lower() not in _BECH32:
            raise MalformedIdentity(
                f"Le caractère « {char} » ne peut pas figurer dans une clé de secours.",
                reason=Reason.RECOVERY_KEY_CHARACTER,
                facts={"character": char},
            )
    try:
        x25519.decode_identity(compact)
    except ValueError as exc:
        raise MalformedIdentity(
            "La clé de secours contient une faute de frappe ; vérifiez-la caractère par caractère.",
            detail=str(exc),
            reason=Reason.RECOVERY_KEY_TYPO,
        ) from None
    return SecretBuffer(compact.encode("ascii"))


def _scalar(identity: SecretBuffer) -> bytes:
    # cryptography takes the key as bytes: this copy of the secret cannot be wiped.
    try:
        return x25519.decode_identity(identity.decode())
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedIdentity(detail=str(exc)) from None


def recipient_of(identity: SecretBuffer) -> str:
    """Return the public recipient (`age1...`) matching an identity."""
    return x25519.encode_recipient(x25519.public_of(_scalar(identity)))


def parse_recipient(text: str) -> str:
    """Validate a recipient string; return it canonical (lower case) or raise MalformedRecipient."""
    compact = "".join(text.split()).lower()
    if not compact.startswith(RECIPIENT_PREFIX) or len(compact) != RECIPIENT_LENGTH:
        raise MalformedRecipient(detail="bad prefix or length")
    return x25519.encode_recipient(_recipient_key(compact))


def _recipient_key(recipient: str) -> bytes:
    try:
        return x25519.decode_recipient(recipient)
    except ValueError as exc:
        raise MalformedRecipient(detail=str(exc)) from None


# --- encryption ------------------------------------------------------------------------------


def encrypt_stream(
    reader: Readable | BinaryIO, writer: Writable | BinaryIO, recipient: str
) -> CiphertextInfo:
    """Encrypt `reader` to `writer` for `recipient` in bounded memory.

    Returns the SHA-256 and size of the ciphertext written (hashed as it is written). Raises
    EncryptionFailed on error; the writer may then hold a partial ciphertext, which the caller
    must discard. The writer is flushed, not synced: making it durable is the caller's part.
    """
    key = _recipient_key(recipient)
    try:
        digest, size = agev1.encrypt(reader_into(reader), writer, key)
        flush = getattr(writer, "flush", None)
        if callable(flush):
            flush()
    except (OSError, ValueError, TypeError) as exc:
        raise EncryptionFailed(detail=str(exc)) from exc
    return CiphertextInfo(sha256=digest, size=size)


def encrypt_bytes(plaintext: bytes | SecretBuffer, recipient: str) -> bytes:
    """Encrypt a small value (e.g. JSON metadata) for `recipient`; return the age file bytes."""
    source = plaintext.view() if isinstance(plaintext, SecretBuffer) else plaintext
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(source), out, recipient)
    return out.getvalue()


# --- decryption ------------------------------------------------------------------------------


def plaintext_length(ciphertext_size: int, header_length: int) -> int | None:
    """Exact plaintext size of a well-formed age file, or None if the layout is impossible."""
    payload = ciphertext_size - header_length - NONCE_SIZE
    if payload == TAG:
        return 0
    full, last = divmod(payload, SEALED)
    if payload < TAG or 0 < last <= TAG:
        return None
    chunks = full + (1 if last else 0)
    return payload - chunks * TAG


class _Plaintext:
    """Collects plaintext in a bytearray that is wiped on failure and on every regrowth."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.length = 0

    def expect(self, size: int | None) -> None:
        # The exact plaintext size follows from the ciphertext size: one allocation suffices
        # and nothing is copied.
        self._buffer = bytearray(CHUNK if size is None else size)

    def reserve(self, size: int) -> memoryview:
        end = self.length + size
        if end > len(self._buffer):
            self._resize(max(end, 2 * len(self._buffer)))
        view = memoryview(self._buffer)[self.length : end]
        self.length = end
        return view

    def _resize(self, size: int) -> None:
        # Allocate, copy, then wipe the old block ourselves: letting bytearray grow in place
        # could leave plaintext behind in memory freed by realloc.
        grown = bytearray(size)
        grown[: self.length] = self._buffer[: self.length]
        self.wipe()
        self._buffer = grown

    def wipe(self) -> None:
        self._buffer[:] = bytes(len(self._buffer))

    def result(self) -> SecretBuffer:
        if len(self._buffer) != self.length:
            self._resize(self.length)
        buffer, self._buffer = self._buffer, bytearray()
        return SecretBuffer.adopt(buffer)


def _stream_size(reader: Readable | BinaryIO) -> int | None:
    try:
        if not reader.seekable():  # type: ignore[union-attr]
            return None
        here = reader.tell()  # type: ignore[union-attr]
        end = reader.seek(0, io.SEEK_END)  # type: ignore[union-attr]
        reader.seek(here)  # type: ignore[union-attr]
        return int(end - here)
    except (AttributeError, OSError, ValueError):
        return None


def _refine(error: DocumentError, source: Input, expected_size: int | None) -> DocumentError:
    """A chunk that fails in a file shorter than recorded is a cut, not a modification."""
    if type(error) is ModifiedPayload and expected_size is not None:
        source.drain()
        if source.total < expected_size:
            return TruncatedFile(detail=f"{source.total} of {expected_size} bytes: {error.detail}")
    return error


def decrypt_stream(
    reader: Readable | BinaryIO, identity: SecretBuffer, *, expected_size: int | None = None
) -> SecretBuffer:
    """Decrypt a whole age file from `reader`; return the plaintext only if all of it verified.

    On any failure the partial plaintext is wiped and a specific DocumentError is raised.
    `expected_size` (the ciphertext size recorded at encryption) lets a cut in the middle of
    the last chunk be reported as TruncatedFile; without it that case reads as ModifiedPayload.
    """
    return _decrypt(reader, identity, expected_size, None)


def decrypt_and_hash(
    reader: Readable | BinaryIO, identity: SecretBuffer, *, expected_size: int | None = None
) -> tuple[SecretBuffer, CiphertextInfo]:
    """`decrypt_stream`, also returning the SHA-256 and size of the ciphertext it read.

    The ciphertext is read once, and hashed in a second thread while it is decrypted: the
    caller compares the hash with the one recorded at encryption without a second pass.
    """
    digest = BackgroundHash()
    try:
        plaintext = _decrypt(reader, identity, expected_size, digest)
        info = CiphertextInfo(sha256=digest.digest(), size=digest.size)
    finally:
        digest.stop()
    return plaintext, info


def _decrypt(
    reader: Readable | BinaryIO,
    identity: SecretBuffer,
    expected_size: int | None,
    digest: BackgroundHash | None,
) -> SecretBuffer:
    scalar = _scalar(identity)
    total = _stream_size(reader) if expected_size is None else expected_size
    source = Input(reader, digest=digest)
    sink = _Plaintext()
    try:
        key = agev1.open_payload(source, scalar)
        header_length = source.start - NONCE_SIZE
        sink.expect(None if total is None else plaintext_length(total, header_length))
        for _ in unseal(source, key, sink.reserve):
            pass
    except DocumentError as exc:
        sink.wipe()
        error = _refine(exc, source, expected_size)
        log.info("document decryption failed: %s (%s)", type(error).__name__, error.detail)
        raise error from None
    except OSError as exc:
        sink.wipe()
        raise DocumentError(detail=f"read error: {exc}") from exc
    except BaseException:
        sink.wipe()
        raise
    return sink.result()


def decrypt_bytes(ciphertext: bytes, identity: SecretBuffer) -> SecretBuffer:
    """Decrypt a small age file held in memory (see `decrypt_stream`)."""
    return decrypt_stream(io.BytesIO(ciphertext), identity)


def decrypt_chunks(reader: Readable | BinaryIO, identity: SecretBuffer) -> Iterator[bytes]:
    """Yield the plaintext chunk by chunk, each once it has authenticated.

    Raises a DocumentError at the first failure, after the chunks already given: a caller
    must be able to discard them (see `decrypt_stream` for the all-or-nothing form).
    """
    source = Input(reader)
    key = agev1.open_payload(source, _scalar(identity))
    scratch = memoryview(bytearray(CHUNK))
    try:
        for size in unseal(source, key, lambda n: scratch[:n]):
            yield bytes(scratch[:size])
    finally:
        scratch[:] = bytes(CHUNK)
