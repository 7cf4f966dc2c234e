"""Where sealed batches go: written to the caller's writer and hashed (SHA-256) as written.

With a second thread the writing and hashing of one batch overlap the sealing of the next
(ChaCha20-Poly1305, SHA-256 and file writes all release the GIL): two batch buffers take
turns. Small outputs (one batch) never start the thread.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from typing import Any, Protocol


class Writable(Protocol):
    """Anything with a binary `write`."""

    def write(self, data: bytes, /) -> int | None: ...


class HashingOutput:
    """Writes batches in the calling thread; `digest()` and `size` describe what was written."""

    def __init__(self, writer: Writable | Any, batch_size: int) -> None:
        self._writer: Any = writer
        self._hash = hashlib.sha256()
        self.size = 0
        self._batch = memoryview(bytearray(batch_size))

    def buffer(self) -> memoryview:
        """The buffer to seal the next batch into."""
        return self._batch

    def write(self, data: memoryview | bytes, *, final: bool = False) -> None:
        """Write and hash `data` (a slice of `buffer()` or any bytes)."""
        self._write(data)

    def _write(self, data: memoryview | bytes) -> None:
        self._writer.write(data)
        self._hash.update(data)
        self.size += len(data)

    def close(self) -> None:
        """Wait for pending writes (none here); raises the first write error."""

    def stop(self) -> None:
        """Stop any work in progress without raising (on the way out of an error)."""

    def digest(self) -> bytes:
        return self._hash.digest()


class ThreadedOutput(HashingOutput):
    """Writes and hashes in a worker thread while the caller seals the next batch."""

    def __init__(self, writer: Writable | Any, batch_size: int) -> None:
        super().__init__(writer, batch_size)
        self._free: queue.SimpleQueue[memoryview] = queue.SimpleQueue()
        self._work: queue.SimpleQueue[tuple[memoryview, memoryview] | None] = queue.SimpleQueue()
        self._spare = memoryview(bytearray(batch_size))
        self._worker: threading.Thread | None = None
        self._error: BaseException | None = None
        self._current = self._batch

    def buffer(self) -> memoryview:
        if self._worker is not None:
            self._current = self._free.get()
            self._raise_pending()
        return self._current

    def write(self, data: memoryview | bytes, *, final: bool = False) -> None:
        if self._worker is None:
            if final or not isinstance(data, memoryview):
                self._write(data)  # the header, or everything fits one batch: no thread
                return
            self._worker = threading.Thread(target=self._run, name="age-output", daemon=True)
            self._worker.start()
            self._free.put(self._spare)
        self._raise_pending()
        self._work.put((memoryview(data), self._current))

    def _run(self) -> None:
        while (item := self._work.get()) is not None:
            data, batch = item
            if self._error is None:
                try:
                    self._write(data)
                except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread
                    self._error = exc
            self._free.put(batch)

    def _raise_pending(self) -> None:
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        self.stop()
        self._raise_pending()

    def stop(self) -> None:
        if self._worker is not None:
            self._work.put(None)
            self._worker.join()
            self._worker = None
