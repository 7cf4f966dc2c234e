"""The age v1 payload: STREAM over ChaCha20-Poly1305 in 64 KiB chunks (C2SP age, "Payload").

The payload key is `HKDF-SHA-256(file key, salt = 16-byte nonce, "payload")`; chunk `i` is
sealed with the nonce `i` (11 bytes, big endian) followed by 1 for the last chunk, 0 before.
Only the last chunk may be shorter than 64 KiB, and it is empty only when the whole plaintext
is. Work is done in batches of chunks read into and sealed into preallocated buffers
(`encrypt_into` / `decrypt_into`: no per-chunk copy in Python).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.age.header import hkdf
from crypto.age.output import BackgroundHash
from crypto.errors import MissingFinalChunk, ModifiedPayload, TruncatedFile

CHUNK = 64 * 1024
TAG = 16
SEALED = CHUNK + TAG
NONCE_SIZE = 16
BATCH = 16  # chunks per read and per write: 1 MiB


class Source(Protocol):
    """Anything with a binary `read` (and, better, `readinto`)."""

    def read(self, size: int = -1, /) -> bytes: ...


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return hkdf(file_key, nonce, b"payload")


def chunk_nonce(counter: int, last: bool) -> bytes:
    return (counter << 8 | last).to_bytes(12, "big")


def reader_into(reader: Source | Any) -> Callable[[memoryview], int]:
    """A `readinto`-like function for `reader` (copying only if it has no `readinto`)."""
    readinto = getattr(reader, "readinto", None)
    if callable(readinto):
        return lambda view: int(readinto(view) or 0)

    def copy_into(view: memoryview) -> int:
        data = reader.read(len(view))
        view[: len(data)] = data
        return len(data)

    return copy_into


def fill(read_into: Callable[[memoryview], int], view: memoryview) -> int:
    """Read until `view` is full or the source ends; return the byte count."""
    done = 0
    while done < len(view):
        n = read_into(view[done:])
        if not n:
            break
        done += n
    return done


class Sink(Protocol):
    """Gives the buffer each batch is sealed into, then takes the sealed batch."""

    def buffer(self) -> memoryview: ...

    def write(self, data: memoryview, *, final: bool = False) -> None: ...


def seal(read_into: Callable[[memoryview], int], key: bytes, sink: Sink) -> None:
    """Encrypt the whole source in batches sealed into `sink.buffer()` and given to `sink`.

    A chunk is known to be the last only once the source has ended: the last chunk of a full
    batch is kept back and sealed with the next batch.
    """
    aead = ChaCha20Poly1305(key)
    plain = bytearray(BATCH * CHUNK)
    view = memoryview(plain)
    counter = 0
    kept = 0
    high = 0  # how far plaintext went into `plain`: only that much is wiped at the end
    try:
        while True:
            before, high = high, len(plain)  # a read that fails may have written anywhere
            filled = kept + fill(read_into, view[kept:])
            high = max(before, filled)
            ended = filled < len(plain)
            count = max(1, -(-filled // CHUNK)) if ended else BATCH - 1
            sealed = sink.buffer()
            at = 0
            for index in range(count):
                start = index * CHUNK
                end = min(start + CHUNK, filled)
                last = ended and index == count - 1
                size = end - start + TAG
                aead.encrypt_into(
                    chunk_nonce(counter, last), view[start:end], None, sealed[at : at + size]
                )
                at += size
                counter += 1
            sink.write(sealed[:at], final=ended)
            if ended:
                return
            plain[:CHUNK] = view[(BATCH - 1) * CHUNK :]
            kept = CHUNK
    finally:
        plain[:high] = bytes(high)


class Input:
    """A read buffer over the ciphertext: the header is parsed from it, then the payload.

    With `digest`, every byte read is hashed, in a second thread while it is decrypted.
    """

    def __init__(
        self,
        reader: Source | Any,
        size: int = BATCH * SEALED + 1,
        digest: BackgroundHash | None = None,
    ) -> None:
        self._read_into = reader_into(reader)
        self._digest = digest
        self.buffer = bytearray(size)
        self.view = memoryview(self.buffer)
        self.start = 0
        self.end = 0
        self.ended = False
        self.total = 0  # bytes read from the source so far

    @property
    def available(self) -> int:
        return self.end - self.start

    def fill(self) -> None:
        """Move what is unread to the front and read until the buffer is full or input ends."""
        if self.ended:
            return
        if self._digest is not None:
            self._digest.wait()  # the bytes about to move or be overwritten are hashed
        if self.start:
            self.buffer[: self.available] = self.view[self.start : self.end]
            self.end -= self.start
            self.start = 0
        n = fill(self._read_into, self.view[self.end :])
        if self._digest is not None:
            self._digest.update(self.view[self.end : self.end + n])
        self.end += n
        self.total += n
        self.ended = self.end < len(self.buffer)

    def drain(self) -> None:
        """Read (and count) the rest of the source, to tell a cut file from a modified one."""
        while not self.ended:
            self.start = self.end
            self.fill()


def _open_chunk(
    aead: ChaCha20Poly1305, counter: int, chunk: memoryview, out: memoryview, last: bool
) -> bool:
    """Decrypt `chunk` into `out`; return whether it was the last one. Wipes `out` on failure."""
    try:
        aead.decrypt_into(chunk_nonce(counter, last), chunk, None, out)
        return last
    except InvalidTag:
        if not last:  # a full-size chunk may still be the last one
            return _open_chunk(aead, counter, chunk, out, True)
        out[:] = bytes(len(out))
        raise ModifiedPayload(detail=f"chunk {counter} fails authentication") from None


def unseal(source: Input, key: bytes, sink: Callable[[int], memoryview]) -> Iterator[int]:
    """Decrypt the payload that follows the header in `source`, chunk by chunk.

    `sink(n)` gives the view of `n` bytes each chunk is decrypted into; the size is yielded
    once that chunk has authenticated. Raises at the first failure, as the reference
    implementation does: a final chunk followed by more data is released, then refused.
    """
    aead = ChaCha20Poly1305(key)
    counter = 0
    while True:
        if source.available <= SEALED:
            source.fill()
        size = min(source.available, SEALED)
        more = source.available > SEALED
        if size == 0:
            raise MissingFinalChunk(detail=f"no final chunk after {counter} chunk(s)")
        if size < SEALED and (size < TAG or (size == TAG and counter > 0)):
            raise TruncatedFile(detail=f"impossible last chunk of {size} bytes")
        chunk = source.view[source.start : source.start + size]
        last = _open_chunk(aead, counter, chunk, sink(size - TAG), size < SEALED)
        source.start += size
        counter += 1
        yield size - TAG
        if last:
            if more:
                raise ModifiedPayload(detail="data after the final chunk")
            return
