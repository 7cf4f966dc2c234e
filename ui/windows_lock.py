"""Screen lock on Windows: the session-change message WTS sends when the workstation locks.

`WTSRegisterSessionNotification` asks Windows to send WM_WTSSESSION_CHANGE to one of our
windows; a native event filter on the application sees it and reports WTS_SESSION_LOCK. The
message parsing is tested on any platform with a synthetic MSG; the registration itself only
runs on Windows (and has not yet been run on a real Windows desktop).
"""

from __future__ import annotations

import ctypes
import ctypes.wintypes
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray

log = logging.getLogger(__name__)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
#: The event type Qt gives native Windows messages.
WINDOWS_MSG = b"windows_generic_MSG"


class WindowsLockFilter(QAbstractNativeEventFilter):
    """Calls `on_lock` when Windows reports that this session's workstation was locked."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        raw = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if raw == WINDOWS_MSG and message:
            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._on_lock()
        return False, 0  # never swallow the message


def register_session_notifications(window_id: int) -> bool:
    """Ask Windows to send session changes (lock, unlock) to the window `window_id`."""
    if sys.platform != "win32":
        return False
    try:
        wtsapi32 = ctypes.WinDLL("wtsapi32")
        ok = bool(wtsapi32.WTSRegisterSessionNotification(window_id, NOTIFY_FOR_THIS_SESSION))
    except OSError:
        log.warning("WTSRegisterSessionNotification is not available", exc_info=True)
        return False
    if not ok:
        log.warning("WTSRegisterSessionNotification failed: screen lock is not reported")
    return ok
