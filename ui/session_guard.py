"""The Qt side of a session: idle input, idle timer, screen lock, quit, dialogs, clipboard.

The rules live in `aidant.sessions.session`; this object only feeds them Qt events and adds the Qt
cleanups to the session's end (KeePassXC's lock sequence: close modal dialogs first, clear the
clipboard only if it still holds our copy, and mark what we copy as concealed).

Screen lock is reported on Linux desktops that implement the freedesktop or GNOME ScreenSaver
D-Bus interface (`ActiveChanged(true)`: GNOME, KDE, Xfce, Cinnamon, MATE), and on Windows by
the WTS session-change message (ui/windows_lock.py). On macOS, and on Linux without such a
service, the screen lock is not reported: the idle timeout still ends the session.
`applicationStateChanged` is not used: a window losing focus is not a lock.
"""

from __future__ import annotations

import hashlib
import logging
import sys

from PySide6.QtCore import SLOT, QByteArray, QEvent, QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from aidant.sessions.idle import IdleState
from aidant.sessions.session import EndReason, EndReport, Session

log = logging.getLogger(__name__)

#: Events that mean a person is at the keyboard or the mouse.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)

#: Clipboard managers (Klipper, wl-clip-persist, KDE Connect) skip data carrying this hint.
KDE_SECRET_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name
#: Windows clipboard history and cloud sync skip data in this registered format.
WINDOWS_EXCLUDE = (
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
)

SCREENSAVER_INTERFACES = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardKeeper:
    """Copies text marked as concealed, and clears the clipboard at the end only if it still
    holds our copy (the person may have copied something of their own since)."""

    def __init__(self) -> None:
        # A hash, not the text: the keeper must not become one more copy of the secret.
        self._ours: bytes | None = None

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(KDE_SECRET_HINT, QByteArray(b"secret"))
        if sys.platform == "win32":
            mime.setData(WINDOWS_EXCLUDE, QByteArray(b"\x01\x00\x00\x00"))
        QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._ours = _digest(text)

    def holds_ours(self) -> bool:
        if self._ours is None:
            return False
        return _digest(QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)) == self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds what we copied; say whether it did."""
        cleared = self.holds_ours()
        if cleared:
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self._ours = None
        return cleared


def close_modal_dialogs() -> int:
    """Close every modal dialog and popup, innermost first; return how many were closed.

    A dialog that stays open is an error (reported by the session's end, not hidden)."""
    closed = 0
    seen: set[int] = set()
    while (
        widget := QApplication.activeModalWidget() or QApplication.activePopupWidget()
    ) is not None:
        if id(widget) in seen:
            raise RuntimeError("a dialog refused to close")
        seen.add(id(widget))
        if isinstance(widget, QDialog):
            # done() also ends a running exec(): the code waiting on it sees "rejected".
            widget.done(QDialog.DialogCode.Rejected)
        else:
            widget.close()
        widget.hide()
        closed += 1
    return closed


def _slot(signature: str) -> bytes:
    # PySide6 6.12 types this argument as bytes but only accepts the str that SLOT() returns.
    return SLOT(signature)  # type: ignore[return-value]


class ScreenLockWatcher(QObject):
    """Emits `locked` when the desktop's screen saver or lock screen becomes active."""

    # locked: the session's screen was locked (no payload)
    locked = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reported = False
        if sys.platform == "win32" and bus is None:
            self._watch_windows()
            return
        bus = bus if bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("no D-Bus session bus: screen lock is not reported")
            return
        for interface, path in SCREENSAVER_INTERFACES:
            if bus.connect(
                "", path, interface, "ActiveChanged", self, _slot("_on_active_changed(bool)")
            ):
                self.reported = True
        if not self.reported:
            log.info("no screen saver interface on D-Bus: screen lock is not reported")

    def _watch_windows(self) -> None:
        from PySide6.QtWidgets import QWidget

        from ui.windows_lock import WindowsLockFilter, register_session_notifications

        # A hidden native window receives the session-change messages; the filter reads them.
        self._window = QWidget()
        self._filter = WindowsLockFilter(self.locked.emit)
        app = QApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
        self.reported = register_session_notifications(int(self._window.winId()))

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()


class SessionGuard(QObject):
    """Watches one session for the interface: input, idle timer, screen lock, quit."""

    # warn: whole seconds left before the session ends for idleness (shown as a countdown)
    warn = Signal(int)
    # expired: the session has just ended because nobody touched the PC (no payload)
    expired = Signal()
    # ended: the session ended, for any reason; payload: why (an EndReason)
    ended = Signal(EndReason)

    def __init__(
        self,
        session: Session,
        *,
        tick_ms: int = 1000,
        screen_lock: ScreenLockWatcher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clipboard = ClipboardKeeper()
        self._done = False
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("SessionGuard needs a QApplication")
        self._app = app
        app.installEventFilter(self)
        app.aboutToQuit.connect(self._on_quit)
        self.screen_lock = (
            screen_lock if screen_lock is not None else ScreenLockWatcher(parent=self)
        )
        self.screen_lock.locked.connect(self._on_screen_locked)
        session.on_end("modal dialogs", close_modal_dialogs, early=True)
        session.on_end("clipboard", self.clipboard.clear_if_ours)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- input --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.session.is_open:
            self.session.note_activity()
        return False

    def copy(self, text: str) -> None:
        """Copy `text` for the person (concealed from clipboard managers, cleared at the end)."""
        self.clipboard.copy(text)

    # -- ending -------------------------------------------------------------------------------
    @Slot()
    def tick(self) -> None:
        if self._done:
            return
        status = self.session.poll()
        if status.state is IdleState.WARN:
            self.warn.emit(status.seconds_left)
        else:
            self._finish()

    def end(self, reason: EndReason) -> EndReport | None:
        """End the session now (logout button, screen lock, quit); safe to call twice."""
        report = self.session.end(reason)
        self._finish()
        return report

    @Slot()
    def _on_quit(self) -> None:
        self.end(EndReason.QUIT)

    @Slot()
    def _on_screen_locked(self) -> None:
        self.end(EndReason.SCREEN_LOCK)

    def _finish(self) -> None:
        # While the end sequence runs (a nested call), the outer call finishes the job.
        if self._done or not self.session.is_ended:
            return
        self._done = True
        self.timer.stop()
        self._app.removeEventFilter(self)
        self._app.aboutToQuit.disconnect(self._on_quit)
        report = self.session.report
        reason = report.reason if report is not None else EndReason.LOGOUT
        if reason is EndReason.IDLE:
            self.expired.emit()
        self.ended.emit(reason)
