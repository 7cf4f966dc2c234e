"""Running slow service calls (Argon2id unlock, big deposits) off the interface thread.

One worker object per task, moved to its own QThread; the thread is stopped and waited for
deterministically (`stop`), never left running at exit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from aidant.domain.errors import AidantError
from ui.texts import UiText

log = logging.getLogger(__name__)


class _Task(QObject):
    #: Emitted with the call's result.
    done = Signal(object)
    #: Emitted with the AidantError it raised (its str() is the sentence to show).
    failed = Signal(object)

    def __init__(self, call: Callable[[], object]) -> None:
        super().__init__()
        self._call = call

    @Slot()
    def run(self) -> None:
        try:
            result = self._call()
        except AidantError as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:
            log.exception("background task failed")
            self.failed.emit(AidantError(UiText.UNEXPECTED, error=type(exc).__name__))
            return
        self.done.emit(result)


class Runner(QObject):
    """Runs one call at a time in a background thread; results come back as signals."""

    #: Emitted in the interface thread with the result of the call.
    done = Signal(object)
    #: Emitted in the interface thread with the AidantError raised by the call.
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._task: _Task | None = None

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, call: Callable[[], object]) -> None:
        if self._thread is not None:
            raise RuntimeError("a task is already running")
        thread = QThread()
        task = _Task(call)
        task.moveToThread(thread)
        thread.started.connect(task.run)
        task.done.connect(self._finish_done)
        task.failed.connect(self._finish_failed)
        self._thread, self._task = thread, task
        thread.start()

    def _finish_done(self, result: object) -> None:
        self.stop()
        self.done.emit(result)

    def _finish_failed(self, error: object) -> None:
        self.stop()
        self.failed.emit(error)

    def stop(self) -> None:
        """Wait for the running call to end and release its thread."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._task = None
