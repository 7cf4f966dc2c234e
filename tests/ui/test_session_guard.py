"""The session guard: idle warning and end on a fake clock, input restarts the count, modal
and print dialogs closed at the end, clipboard cleared only if still ours, screen lock over a
private D-Bus, quit."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from aidant.domain.actors import Actor
from aidant.domain.ids import UsagerId
from aidant.sessions import session as sessions
from aidant.sessions.session import EndReason
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from ui.session_guard import KDE_SECRET_HINT, ScreenLockWatcher, SessionGuard

USAGER = UsagerId("00000000-0000-4000-8000-000000000002")


@pytest.fixture
def no_lock() -> ScreenLockWatcher:
    # Tests other than the D-Bus one must not depend on the machine's session bus.
    return ScreenLockWatcher(bus=QDBusConnection("absent"))


def test_warning_then_end_on_idle(
    qtbot: QtBot, site: SiteContext, agent: Actor, clock: FakeClock, no_lock: ScreenLockWatcher
) -> None:
    session = sessions.start_usager_session(site, agent, USAGER)
    guard = SessionGuard(session, screen_lock=no_lock)
    warnings: list[int] = []
    guard.warn.connect(warnings.append)
    clock.advance(3 * 60)
    guard.tick()
    assert warnings == []
    clock.advance(60 + 30)
    guard.tick()
    assert warnings == [30]
    reasons: list[str] = []
    guard.ended.connect(reasons.append)
    with qtbot.waitSignal(guard.expired):
        clock.advance(30)
        guard.tick()
    assert reasons == ["idle"]
    assert not session.is_open and not guard.timer.isActive()
    guard.tick()  # a late tick does nothing
    assert guard.end(EndReason.LOGOUT) is None


def test_input_restarts_the_idle_count(
    qtbot: QtBot, site: SiteContext, agent: Actor, clock: FakeClock, no_lock: ScreenLockWatcher
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    session = sessions.start_agent_session(site, agent)
    guard = SessionGuard(session, screen_lock=no_lock)
    clock.advance(14 * 60 + 30)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(field, key)
    clock.advance(14 * 60)
    guard.tick()
    assert session.is_open
    clock.advance(60)
    guard.tick()
    assert not session.is_open


def test_end_closes_a_modal_dialog_that_is_running(
    qtbot: QtBot, site: SiteContext, agent: Actor, clock: FakeClock, no_lock: ScreenLockWatcher
) -> None:
    session = sessions.start_usager_session(site, agent, USAGER)
    guard = SessionGuard(session, screen_lock=no_lock)
    box = QMessageBox(QMessageBox.Icon.Question, "Aidant", "Imprimer ?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)

    def time_passes() -> None:
        clock.advance(10 * 60)
        guard.tick()

    QTimer.singleShot(0, time_passes)
    with qtbot.waitSignal(guard.expired):
        result = box.exec()
    assert result != QMessageBox.StandardButton.Yes
    assert QApplication.activeModalWidget() is None
    assert session.report is not None and session.report.failures == ()


def test_end_while_a_print_dialog_is_up(
    qtbot: QtBot, site: SiteContext, agent: Actor, no_lock: ScreenLockWatcher
) -> None:
    session = sessions.start_usager_session(site, agent, USAGER)
    guard = SessionGuard(session, screen_lock=no_lock)
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    QTimer.singleShot(0, lambda: guard.end(EndReason.SCREEN_LOCK))
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert session.report is not None and session.report.reason is EndReason.SCREEN_LOCK


def test_clipboard_cleared_only_if_it_still_holds_our_copy(
    qtbot: QtBot, site: SiteContext, agent: Actor, no_lock: ScreenLockWatcher
) -> None:
    clipboard = QGuiApplication.clipboard()
    first = SessionGuard(sessions.start_usager_session(site, agent, USAGER), screen_lock=no_lock)
    first.copy("Avis d'imposition 2025")
    mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
    assert mime.text() == "Avis d'imposition 2025"
    assert bytes(mime.data(KDE_SECRET_HINT).data()) == b"secret"
    first.end(EndReason.LOGOUT)
    assert clipboard.text() == ""

    second = SessionGuard(sessions.start_usager_session(site, agent, USAGER), screen_lock=no_lock)
    second.copy("Titre du document")
    clipboard.setText("ce que la personne a copié elle-même")
    second.end(EndReason.LOGOUT)
    assert clipboard.text() == "ce que la personne a copié elle-même"


def test_quit_ends_the_session(
    qtbot: QtBot, site: SiteContext, agent: Actor, no_lock: ScreenLockWatcher
) -> None:
    session = sessions.start_agent_session(site, agent)
    guard = SessionGuard(session, screen_lock=no_lock)
    with qtbot.waitSignal(guard.ended) as blocker:
        QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert blocker.args == ["quit"]


@pytest.fixture
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait()


def test_screen_lock_over_dbus_ends_the_session(
    qtbot: QtBot, site: SiteContext, agent: Actor, private_bus: str
) -> None:
    bus = QDBusConnection.connectToBus(private_bus, "aidant-test-bus")
    try:
        watcher = ScreenLockWatcher(bus=bus)
        assert watcher.reported
        session = sessions.start_agent_session(site, agent)
        guard = SessionGuard(session, screen_lock=watcher)
        with qtbot.waitSignal(guard.ended, timeout=5000) as blocker:
            subprocess.run(
                [
                    "dbus-send",
                    f"--bus={private_bus}",
                    "--type=signal",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged",
                    "boolean:true",
                ],
                check=True,
            )
        assert blocker.args == ["screen_lock"]
    finally:
        QDBusConnection.disconnectFromBus("aidant-test-bus")
