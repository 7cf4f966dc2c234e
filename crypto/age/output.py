"""Where sealed batches go: written to the caller's writer and hashed (SHA-256) as written.

In the threaded form, one thread writes each batch and another hashes it while the caller
seals the next ones (ChaCha20-Poly1305, SHA-256 and file writes all release the GIL); a few
batch buffers take turns. Small outputs (one batch) never start the threads. When the writer
is a file (it has `fileno`), the kernel is asked to start writing each batch to disk at once
(`posix_fadvise(DONTNEED)`, where it exists), so the caller's final fsync has little left to
wait for.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import threading
from typing import Any, Protocol

_WRITEBACK_MIN = 256 * 1024
_BUFFERS = 3


class Writable(Protocol):
    """Anything with a binary `write`."""

    def write(self, data: bytes, /) -> int | None: ...


class HashingOutput:
    """Writes batches in the calling thread; `digest()` and `size` describe what was written."""

    def __init__(self, writer: Writable | Any, batch_size: int) -> None:
        self._writer: Any = writer
        self._hash = hashlib.sha256()
        self._written = 0
        self.size = 0
        self._batch = memoryview(bytearray(batch_size))

    def buffer(self) -> memoryview:
        """The buffer to seal the next batch into."""
        return self._batch

    def write(self, data: memoryview | bytes, *, final: bool = False) -> None:
        """Write and hash `data` (a slice of `buffer()` or any bytes)."""
        self.size += len(data)
        self._write(data)
        self._hash.update(data)

    def _write(self, data: memoryview | bytes) -> None:
        self._writer.write(data)
        offset = self._written
        self._written += len(data)
        fileno = getattr(self._writer, "fileno", None)
        if len(data) < _WRITEBACK_MIN or not callable(fileno) or not hasattr(os, "posix_fadvise"):
            return
        flush = getattr(self._writer, "flush", None)
        if callable(flush):
            flush()
        with contextlib.suppress(OSError, ValueError):  # a hint: never worth failing over
            os.posix_fadvise(fileno(), offset, len(data), os.POSIX_FADV_DONTNEED)

    def close(self) -> None:
        """Wait for pending writes (none here); raises the first write error."""

    def stop(self) -> None:
        """Stop any work in progress without raising (on the way out of an error)."""

    def digest(self) -> bytes:
        return self._hash.digest()


Job = tuple[memoryview, memoryview] | None


class ThreadedOutput(HashingOutput):
    """Writes in one worker thread and hashes in another while the caller seals."""

    def __init__(self, writer: Writable | Any, batch_size: int) -> None:
        super().__init__(writer, batch_size)
        self._batch_size = batch_size
        self._made = 1  # batch buffers made so far: the others only once the threads start
        self._jobs: list[queue.SimpleQueue[Job]] = [queue.SimpleQueue(), queue.SimpleQueue()]
        self._done: list[queue.SimpleQueue[memoryview]] = [queue.SimpleQueue(), queue.SimpleQueue()]
        self._threads: list[threading.Thread] = []
        self._pending = 0
        self._error: BaseException | None = None
        self._current = self._batch

    def buffer(self) -> memoryview:
        if self._threads:
            if self._made < _BUFFERS:
                self._made += 1
                self._current = memoryview(bytearray(self._batch_size))
            else:
                self._current = self._wait_one()
            self._raise_pending()
        return self._current

    def _wait_one(self) -> memoryview:
        batch = self._done[0].get()
        self._done[1].get()  # both workers take the batches in the same order
        self._pending -= 1
        return batch

    def write(self, data: memoryview | bytes, *, final: bool = False) -> None:
        if not self._threads:
            if final or not isinstance(data, memoryview):
                super().write(data)  # the header, or everything fits one batch: no thread
                return
            for job, work in enumerate((self._write, self._hash.update)):
                thread = threading.Thread(target=self._run, args=(job, work), daemon=True)
                thread.start()
                self._threads.append(thread)
        self._raise_pending()
        self.size += len(data)
        self._pending += 1
        for jobs in self._jobs:
            jobs.put((memoryview(data), self._current))

    def _run(self, job: int, work: Any) -> None:
        while (item := self._jobs[job].get()) is not None:
            data, batch = item
            if self._error is None:
                try:
                    work(data)
                except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread
                    self._error = exc
            self._done[job].put(batch)

    def _raise_pending(self) -> None:
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        self.stop()
        self._raise_pending()

    def stop(self) -> None:
        for jobs in self._jobs if self._threads else ():
            jobs.put(None)
        for thread in self._threads:
            thread.join()
        self._threads = []


class BackgroundHash:
    """SHA-256 of successive views, each hashed in a worker thread while the caller goes on.

    A view handed to `update` must stay unchanged until the next `update`, `wait` or `digest`.
    """

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.size = 0
        self._jobs: queue.SimpleQueue[memoryview | None] = queue.SimpleQueue()
        self._done: queue.SimpleQueue[None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._busy = False

    def update(self, view: memoryview) -> None:
        self.wait()
        self.size += len(view)
        if len(view) < _WRITEBACK_MIN:
            self._hash.update(view)
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        self._busy = True
        self._jobs.put(view)

    def _run(self) -> None:
        while (view := self._jobs.get()) is not None:
            self._hash.update(view)
            self._done.put(None)

    def wait(self) -> None:
        """Return once the last view has been hashed."""
        if self._busy:
            self._done.get()
            self._busy = False

    def stop(self) -> None:
        """Finish the pending work and end the thread (idempotent)."""
        self.wait()
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None

    def digest(self) -> bytes:
        self.stop()
        return self._hash.digest()
