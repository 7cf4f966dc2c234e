"""SecretBuffer: a mutable byte buffer that can be wiped.

Limits, stated plainly: Python gives no guarantee that a secret never exists elsewhere in
memory. Strings typed in the UI, `bytes` passed to cryptography (keys), and buffers freed by
the allocator after a resize are copies this class cannot reach. What it does promise is that
the copy *it owns* is overwritten with zeros by `zero()` (or on leaving a `with` block), that it
never prints its content, and that it refuses any use after zeroing. It reduces the lifetime of
secrets in memory; it does not make them unreachable.
"""

from __future__ import annotations

import hmac
import logging
import os
import unicodedata
from types import TracebackType
from typing import NoReturn, Self

from crypto.errors import SecretZeroed

log = logging.getLogger(__name__)


class SecretBuffer:
    """Owns a `bytearray` holding a secret; zero it with `zero()` or a `with` block."""

    __slots__ = ("_buf", "_zeroed")

    def __init__(self, data: bytes | bytearray | memoryview | int = 0) -> None:
        """Copy `data` (or allocate `data` zero bytes if an int) into a private bytearray."""
        self._buf = bytearray(data)
        self._zeroed = False

    @classmethod
    def take(cls, source: bytearray) -> SecretBuffer:
        """Copy `source` into a new buffer, then wipe `source` so only one copy remains."""
        buffer = cls(source)
        source[:] = bytes(len(source))
        return buffer

    @classmethod
    def adopt(cls, buffer: bytearray) -> SecretBuffer:
        """Take ownership of `buffer` without copying (for large plaintexts).

        The caller must drop every other reference to `buffer`.
        """
        secret = cls()
        secret._buf = buffer
        return secret

    @classmethod
    def from_text(cls, text: str) -> SecretBuffer:
        """Encode typed text as NFC UTF-8 (so 'é' is the same on every keyboard).

        The `str` argument itself is immutable and cannot be wiped by us.
        """
        return cls(unicodedata.normalize("NFC", text).encode("utf-8"))

    @classmethod
    def random(cls, size: int) -> SecretBuffer:
        """Return `size` bytes from the OS CSPRNG."""
        return cls(os.urandom(size))

    def _check(self) -> None:
        if self._zeroed:
            raise SecretZeroed()

    def view(self) -> memoryview:
        """Return a live, writable view of the secret (no copy); invalid after `zero()`."""
        self._check()
        return memoryview(self._buf)

    def to_bytes(self) -> bytes:
        """Return an immutable copy, for APIs that require `bytes`. That copy cannot be wiped."""
        self._check()
        return bytes(self._buf)

    def decode(self) -> str:
        """Return the content as a UTF-8 `str` copy (which cannot be wiped)."""
        self._check()
        return self._buf.decode("utf-8")

    def zero(self) -> None:
        """Overwrite the content with zeros; later use raises SecretZeroed. Idempotent."""
        # Slice assignment of equal length never reallocates, so it works even while a
        # memoryview is exported and it overwrites the very memory holding the secret.
        self._buf[:] = bytes(len(self._buf))
        self._zeroed = True

    @property
    def zeroed(self) -> bool:
        """True once `zero()` has run."""
        return self._zeroed

    def __len__(self) -> int:
        self._check()
        return len(self._buf)

    def __enter__(self) -> Self:
        self._check()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.zero()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecretBuffer):
            return NotImplemented
        self._check()
        other._check()
        return hmac.compare_digest(self._buf, other._buf)

    __hash__ = None  # type: ignore[assignment]  # mutable and secret: never a dict key

    def __repr__(self) -> str:
        return "<SecretBuffer zeroed>" if self._zeroed else f"<SecretBuffer {len(self._buf)} bytes>"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("SecretBuffer cannot be pickled")

    def __del__(self) -> None:
        # Best effort only: CPython runs this promptly, but nothing guarantees it runs at all.
        if not self._zeroed:
            self.zero()
