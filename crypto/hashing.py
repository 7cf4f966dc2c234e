"""SHA-256 helpers that work on streams, never on whole files."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import BinaryIO, Protocol

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024


class Writable(Protocol):
    """Anything with a binary `write`."""

    def write(self, data: bytes, /) -> int | None: ...


class Readable(Protocol):
    """Anything with a binary `read`."""

    def read(self, size: int = -1, /) -> bytes: ...


class HashingWriter:
    """Forward writes to `target` while counting bytes and computing their SHA-256."""

    def __init__(self, target: Writable) -> None:
        self._target = target
        self._hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        """Write all of `data` to the target and account for it."""
        self._target.write(data)
        self._hash.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        """Flush the target if it can be flushed."""
        flush = getattr(self._target, "flush", None)
        if callable(flush):
            flush()

    def digest(self) -> bytes:
        """SHA-256 of everything written so far."""
        return self._hash.digest()


def sha256_stream(reader: Readable | BinaryIO, chunk_size: int = CHUNK_SIZE) -> tuple[bytes, int]:
    """Hash `reader` to its end in bounded memory; return (digest, byte count)."""
    digest = hashlib.sha256()
    size = 0
    while chunk := reader.read(chunk_size):
        digest.update(chunk)
        size += len(chunk)
    return digest.digest(), size


def sha256_file(path: str | Path) -> tuple[bytes, int]:
    """Hash the file at `path`; return (digest, byte count)."""
    with Path(path).open("rb") as handle:
        return sha256_stream(handle)
