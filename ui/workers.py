"""Running slow service calls (Argon2id unlock, big deposits) off the interface thread.

`Runner[T]` runs a `Callable[[], T]` in its own QThread and hands the result to a typed
callback in the interface thread (`on_done(result: T)`), or the `AidantError` it raised to
`on_failed`: mypy follows the value from the service to the screen, with no cast. The thread
is stopped and waited for deterministically (`stop`: quit + wait), never left running.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from aidant.domain import faults
from aidant.domain.errors import AidantError
from ui.texts import UiText

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class _Done(Generic[T]):
    result: T


@dataclasses.dataclass(frozen=True)
class _Failed:
    error: AidantError


class _Task(QObject, Generic[T]):
    """The call, run in the worker thread; it keeps its outcome and says when it has one."""

    # finished: the call returned or raised; the outcome is in `outcome` (no payload, so the
    # value never travels through an untyped Qt argument)
    finished = Signal()

    def __init__(self, call: Callable[[], T]) -> None:
        super().__init__()
        self._call = call
        self.outcome: _Done[T] | _Failed | None = None

    @Slot()
    def run(self) -> None:
        try:
            self.outcome = _Done(self._call())
        except AidantError as exc:
            self.outcome = _Failed(exc)
        except Exception as exc:
            # A disk or a database fault met below the services: its own sentence.
            found = faults.answer(exc)
            if found is None:
                log.exception("background task failed")
                found = AidantError(UiText.UNEXPECTED, error=type(exc).__name__)
            self.outcome = _Failed(found)
        self.finished.emit()


class Runner(QObject, Generic[T]):
    """Runs one call at a time in a background thread; its outcome goes to typed callbacks,
    called in the interface thread once the thread has stopped."""

    def __init__(
        self,
        on_done: Callable[[T], None],
        on_failed: Callable[[AidantError], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed
        self._thread: QThread | None = None
        self._task: _Task[T] | None = None
        # The running thread, for `_halt` when this object is destroyed with its screen (a
        # logout in the middle of a deposit): a QThread dropped while running aborts.
        running: list[QThread] = []
        self._running = running
        self.destroyed.connect(lambda: _halt(running))

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, call: Callable[[], T]) -> None:
        if self._thread is not None:
            raise RuntimeError("a task is already running")
        thread = QThread()
        task = _Task(call)
        task.moveToThread(thread)
        thread.started.connect(task.run)
        # Queued to this object's (the interface) thread: the callbacks run there.
        task.finished.connect(self._finished)
        self._thread, self._task = thread, task
        self._running.append(thread)
        thread.start()

    @Slot()
    def _finished(self) -> None:
        task = self._task
        self.stop()
        outcome = task.outcome if task is not None else None
        if isinstance(outcome, _Done):
            self._on_done(outcome.result)
        elif isinstance(outcome, _Failed):
            self._on_failed(outcome.error)

    def stop(self) -> None:
        """Wait for the running call to end and release its thread."""
        if self._thread is not None:
            _halt(self._running)
            self._thread = None
            self._task = None


def _halt(running: list[QThread]) -> None:
    """Stop and wait for the threads in `running` (the call in progress ends first)."""
    while running:
        thread = running.pop()
        thread.quit()
        thread.wait()
