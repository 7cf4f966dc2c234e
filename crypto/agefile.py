"""age v1 documents: identities, recipients, streaming encryption, all-or-nothing decryption.

Documents are age files (C2SP age v1) for the vault's X25519 recipient, produced and read by
pyrage. Encryption streams in bounded memory. Decryption buffers the plaintext in memory and
returns it only once the whole stream has authenticated: age authenticates chunk by chunk and
pyrage writes each verified chunk immediately, so streaming plaintext to the caller would hand
out the beginning of a truncated or modified file.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any, BinaryIO

import pyrage  # type: ignore[import-untyped,unused-ignore]

from crypto.errors import (
    DocumentError,
    EmptyFile,
    EncryptionFailed,
    MalformedIdentity,
    MalformedRecipient,
    MissingFinalChunk,
    ModifiedHeader,
    ModifiedPayload,
    NotAgeFile,
    Reason,
    TruncatedFile,
    WrongIdentity,
)
from crypto.hashing import HashingWriter, Readable, Writable
from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)

IDENTITY_PREFIX = "AGE-SECRET-KEY-1"
RECIPIENT_PREFIX = "age1"
IDENTITY_LENGTH = 74
RECIPIENT_LENGTH = 62
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

MAGIC = b"age-encryption.org/"
VERSION_LINE = b"age-encryption.org/v1\n"
CHUNK_SIZE = 64 * 1024
_TAG = 16
_NONCE = 16
_SEALED_CHUNK = CHUNK_SIZE + _TAG
_HEADER_CAPTURE = 64 * 1024  # our headers are ~300 bytes; a bigger one is not ours


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
    identity = pyrage.x25519.Identity.generate()
    return SecretBuffer(str(identity).encode("ascii")), str(identity.to_public())


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
        pyrage.x25519.Identity.from_str(compact)
    except pyrage.IdentityError as exc:
        raise MalformedIdentity(
            "La clé de secours contient une faute de frappe ; vérifiez-la caractère par caractère.",
            detail=str(exc),
            reason=Reason.RECOVERY_KEY_TYPO,
        ) from None
    return SecretBuffer(compact.encode("ascii"))


def _load_identity(identity: SecretBuffer) -> Any:
    # pyrage only accepts a str: this copy of the secret cannot be wiped.
    try:
        return pyrage.x25519.Identity.from_str(identity.decode())
    except (pyrage.IdentityError, UnicodeDecodeError) as exc:
        raise MalformedIdentity(detail=str(exc)) from None


def recipient_of(identity: SecretBuffer) -> str:
    """Return the public recipient (`age1...`) matching an identity."""
    return str(_load_identity(identity).to_public())


def parse_recipient(text: str) -> str:
    """Validate a recipient string; return it canonical (lower case) or raise MalformedRecipient."""
    compact = "".join(text.split()).lower()
    if not compact.startswith(RECIPIENT_PREFIX) or len(compact) != RECIPIENT_LENGTH:
        raise MalformedRecipient(detail="bad prefix or length")
    return str(_load_recipient(compact))


def _load_recipient(recipient: str) -> Any:
    try:
        return pyrage.x25519.Recipient.from_str(recipient)
    except pyrage.RecipientError as exc:
        raise MalformedRecipient(detail=str(exc)) from None


# --- encryption ------------------------------------------------------------------------------


def encrypt_stream(
    reader: Readable | BinaryIO, writer: Writable | BinaryIO, recipient: str
) -> CiphertextInfo:
    """Encrypt `reader` to `writer` for `recipient` in bounded memory.

    Returns the SHA-256 and size of the ciphertext written. Raises EncryptionFailed on error;
    the writer may then hold a partial ciphertext, which the caller must discard.
    """
    target = _load_recipient(recipient)
    hashing = HashingWriter(writer)
    try:
        pyrage.encrypt_io(reader, hashing, [target])
    except (pyrage.EncryptError, OSError, ValueError, TypeError) as exc:
        raise EncryptionFailed(detail=str(exc)) from exc
    hashing.flush()
    return CiphertextInfo(sha256=hashing.digest(), size=hashing.size)


def encrypt_bytes(plaintext: bytes | SecretBuffer, recipient: str) -> bytes:
    """Encrypt a small value (e.g. JSON metadata) for `recipient`; return the age file bytes."""
    source = plaintext.view() if isinstance(plaintext, SecretBuffer) else plaintext
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(source), out, recipient)
    return out.getvalue()


# --- decryption ------------------------------------------------------------------------------


class _RecordingReader:
    """Count what pyrage reads and keep the first bytes, to explain failures afterwards."""

    def __init__(self, source: Readable | BinaryIO) -> None:
        self._source = source
        self.prefix = bytearray()
        self.total = 0
        self.eof = False

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        if not data:
            self.eof = True
        if len(self.prefix) < _HEADER_CAPTURE:
            self.prefix += data[: _HEADER_CAPTURE - len(self.prefix)]
        self.total += len(data)
        return data

    def drain(self) -> None:
        """Read (and count) whatever pyrage left unread, so `total` is the full size."""
        try:
            while self.read(_HEADER_CAPTURE):
                pass
        except (OSError, ValueError):
            log.debug("could not read the rest of a failed document", exc_info=True)

    def header_length(self) -> int | None:
        """Length of the header including the `---` MAC line, if seen in full."""
        if not self.prefix.startswith(VERSION_LINE):
            return None
        start = self.prefix.find(b"\n--- ")
        if start < 0:
            return None
        end = self.prefix.find(b"\n", start + 1)
        return None if end < 0 else end + 1


def plaintext_length(ciphertext_size: int, header_length: int) -> int | None:
    """Exact plaintext size of a well-formed age file, or None if the layout is impossible."""
    payload = ciphertext_size - header_length - _NONCE
    if payload == _TAG:
        return 0
    full, last = divmod(payload, _SEALED_CHUNK)
    if payload < _TAG or 0 < last <= _TAG:
        return None
    chunks = full + (1 if last else 0)
    return payload - chunks * _TAG


class _SecretWriter:
    """Collect plaintext in a bytearray that is wiped on failure and on every regrowth."""

    def __init__(self, recording: _RecordingReader, total_size: int | None) -> None:
        self._recording = recording
        self._total_size = total_size
        self._buffer: bytearray | None = None
        self.length = 0

    def _expected(self) -> int:
        # Called at the first write, when the header has been read: the exact plaintext size
        # follows from the ciphertext size, so one allocation suffices and nothing is copied.
        header = self._recording.header_length()
        if self._total_size is None or header is None:
            return CHUNK_SIZE
        return plaintext_length(self._total_size, header) or CHUNK_SIZE

    def write(self, data: bytes) -> int:
        if self._buffer is None:
            self._buffer = bytearray(self._expected())
        end = self.length + len(data)
        if end > len(self._buffer):
            self._resize(max(end, 2 * len(self._buffer)))
        self._buffer[self.length : end] = data
        self.length = end
        return len(data)

    def _resize(self, size: int) -> None:
        # Allocate, copy, then wipe the old block ourselves: letting bytearray grow in place
        # could leave plaintext behind in memory freed by realloc.
        if self._buffer is None:
            raise RuntimeError("resizing a buffer that was never allocated")
        grown = bytearray(size)
        grown[: self.length] = self._buffer[: self.length]
        self.wipe()
        self._buffer = grown

    def wipe(self) -> None:
        if self._buffer is not None:
            self._buffer[:] = bytes(len(self._buffer))

    def result(self) -> SecretBuffer:
        if self._buffer is None:
            return SecretBuffer()
        if len(self._buffer) != self.length:
            self._resize(self.length)
        buffer, self._buffer = self._buffer, None
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


def _classify(
    exc: Exception, recording: _RecordingReader, expected_size: int | None
) -> DocumentError:
    message = str(exc)
    prefix = bytes(recording.prefix)
    if recording.total == 0:
        return EmptyFile(detail=message)
    if not prefix.startswith(MAGIC):
        if MAGIC.startswith(prefix) and recording.eof:
            return TruncatedFile(detail=f"header cut inside the magic: {message}")
        return NotAgeFile(detail=message)
    if not prefix.startswith(VERSION_LINE):
        if "Unknown age format" in message:
            return NotAgeFile(detail=message)
        return ModifiedHeader(detail=message)
    header = recording.header_length()
    if header is None:
        if recording.eof:
            return TruncatedFile(detail=f"header incomplete: {message}")
        return ModifiedHeader(detail=f"header unparseable: {message}")
    # With a v1 version line, pyrage's "Unknown age format" means a stanza failed to parse.
    if any(m in message for m in ("Header MAC is invalid", "Header is invalid", "Unknown age")):
        return ModifiedHeader(detail=message)
    if "No matching keys found" in message:
        # age cannot tell a foreign file from an edited recipient stanza: both just fail to
        # unwrap. The common case is the former.
        return WrongIdentity(detail=message)
    if "age file is truncated" in message:
        return MissingFinalChunk(detail=message)
    if "failed to fill whole buffer" in message:
        return TruncatedFile(detail=f"payload nonce incomplete: {message}")
    if "decryption error" in message:
        # pyrage stops reading at the first chunk that fails: count the rest of the file, or
        # a flipped byte in the middle would look like a file cut at that point.
        recording.drain()
        if expected_size is not None and recording.total < expected_size:
            return TruncatedFile(detail=f"{recording.total} of {expected_size} bytes: {message}")
        if plaintext_length(recording.total, header) is None:
            return TruncatedFile(detail=f"impossible payload length: {message}")
        return ModifiedPayload(detail=message)
    return DocumentError(detail=f"{type(exc).__name__}: {message}")


def decrypt_stream(
    reader: Readable | BinaryIO, identity: SecretBuffer, *, expected_size: int | None = None
) -> SecretBuffer:
    """Decrypt a whole age file from `reader`; return the plaintext only if all of it verified.

    On any failure the partial plaintext is wiped and a specific DocumentError is raised.
    `expected_size` (the ciphertext size recorded at encryption) lets a cut in the middle of
    the last chunk be reported as TruncatedFile; without it that case reads as ModifiedPayload.
    """
    key = _load_identity(identity)
    recording = _RecordingReader(reader)
    total = _stream_size(reader) if expected_size is None else expected_size
    sink = _SecretWriter(recording, total)
    try:
        pyrage.decrypt_io(recording, sink, [key])
    except (pyrage.DecryptError, OSError, ValueError) as exc:
        sink.wipe()
        error = _classify(exc, recording, expected_size)
        log.info("document decryption failed: %s (%s)", type(error).__name__, error.detail)
        raise error from None
    except BaseException:
        sink.wipe()
        raise
    return sink.result()


def decrypt_bytes(ciphertext: bytes, identity: SecretBuffer) -> SecretBuffer:
    """Decrypt a small age file held in memory (see `decrypt_stream`)."""
    return decrypt_stream(io.BytesIO(ciphertext), identity)
