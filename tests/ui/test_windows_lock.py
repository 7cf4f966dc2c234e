"""The Windows lock message is recognised (a synthetic MSG: this runs on any platform)."""

from __future__ import annotations

import ctypes
import ctypes.wintypes

from PySide6.QtCore import QByteArray

from ui.windows_lock import (
    WINDOWS_MSG,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WindowsLockFilter,
    register_session_notifications,
)


def _message(kind: int, param: int) -> ctypes.wintypes.MSG:
    msg = ctypes.wintypes.MSG()
    msg.message, msg.wParam = kind, param
    return msg


def test_only_a_session_lock_message_reports_a_lock() -> None:
    seen: list[str] = []
    native = WindowsLockFilter(lambda: seen.append("locked"))
    unlock = _message(WM_WTSSESSION_CHANGE, 0x8)  # WTS_SESSION_UNLOCK
    paint = _message(0x000F, WTS_SESSION_LOCK)  # WM_PAINT, same number in wParam
    lock = _message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    for msg in (unlock, paint):
        assert native.nativeEventFilter(QByteArray(WINDOWS_MSG), ctypes.addressof(msg)) == (
            False,
            0,
        )
    assert seen == []
    # Another platform's event type is ignored, whatever the bytes say.
    native.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(lock))
    assert seen == []
    assert native.nativeEventFilter(QByteArray(WINDOWS_MSG), ctypes.addressof(lock)) == (False, 0)
    assert seen == ["locked"]


def test_registration_is_windows_only() -> None:
    import sys

    if sys.platform != "win32":
        assert register_session_notifications(1234) is False
