"""The interface's typed seams: the generic worker, the one owner of the open vault and its
usager session, and the error and status lines every screen shares."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QThread
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from aidant.domain.actors import Actor
from aidant.domain.enums import EndReason
from aidant.domain.errors import AidantError
from aidant.domain.ids import UsagerId
from aidant.site.context import SiteContext
from tests.support.texts import SampleText
from ui.printing import PrintRefused
from ui.session_control import SessionControl
from ui.session_guard import ScreenLockWatcher
from ui.texts import PrintText
from ui.widgets import MessageLines, error_label, status_label
from ui.workers import Runner

USAGER = UsagerId("00000000-0000-4000-8000-000000000002")


class FakeVault:
    """Stands for an aidant.vault.OpenVault: whose it is, and whether it was locked."""

    def __init__(self, usager_id: str = USAGER) -> None:
        self.usager_id = UsagerId(usager_id)
        self.locks = 0

    def lock(self) -> None:
        self.locks += 1


def _control() -> SessionControl:
    return SessionControl(lambda: ScreenLockWatcher(bus=QDBusConnection("absent")))


def test_runner_hands_the_result_to_its_callback_and_stops_its_thread(qtbot: QtBot) -> None:
    results: list[int] = []
    errors: list[AidantError] = []
    runner: Runner[int] = Runner(results.append, errors.append)
    caller = QThread.currentThread()
    seen: list[QThread] = []

    def call() -> int:
        seen.append(QThread.currentThread())
        return 42

    runner.start(call)
    qtbot.waitUntil(lambda: results == [42])
    assert not runner.busy() and errors == []
    assert seen and seen[0] is not caller  # ran off the interface thread


def test_runner_reports_an_error_and_a_bug_as_aidant_errors(qtbot: QtBot) -> None:
    errors: list[AidantError] = []
    runner: Runner[int] = Runner(lambda _r: None, errors.append)

    def refused() -> int:
        raise AidantError(SampleText.REFUSED)

    def bug() -> int:
        raise ZeroDivisionError

    runner.start(refused)
    qtbot.waitUntil(lambda: len(errors) == 1)
    runner.start(bug)
    qtbot.waitUntil(lambda: len(errors) == 2)
    assert errors[0].message == "Non."
    assert "ZeroDivisionError" in errors[1].message
    assert not runner.busy()


def test_a_runner_destroyed_with_its_screen_waits_for_its_thread(qtbot: QtBot) -> None:
    # A logout in the middle of a deposit drops the screen: its thread must not be dropped
    # while running (Qt aborts the process), and the result goes nowhere.
    screen = QWidget()
    results: list[int] = []
    runner: Runner[int] = Runner(results.append, lambda _e: None, screen)
    release = threading.Event()
    finished = threading.Event()

    def call() -> int:
        release.wait(10)
        finished.set()
        return 1

    runner.start(call)
    threading.Timer(0.2, release.set).start()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert finished.is_set()  # waited for, not abandoned
    del runner, screen
    QCoreApplication.processEvents()
    assert results == []


def test_opening_a_vault_starts_its_session_and_locking_drops_both(
    qtbot: QtBot, site: SiteContext, agent: Actor
) -> None:
    control = _control()
    control.start_agent(site, agent)
    owner = control.vault
    vault = FakeVault()
    with qtbot.waitSignal(owner.opened):
        owner.take(vault)  # type: ignore[arg-type]
    assert owner.current is vault and owner.current_for(USAGER) is vault
    session = control.agent.children[-1] if control.agent is not None else None
    assert session is not None and session.is_open
    with qtbot.waitSignal(owner.closed) as closed:
        owner.lock()
    assert closed.args == [EndReason.LOGOUT]
    assert owner.current is None and vault.locks >= 1 and session.is_ended
    control.logout()


def test_the_agent_s_end_closes_the_open_vault_first(
    qtbot: QtBot, site: SiteContext, agent: Actor
) -> None:
    control = _control()
    control.start_agent(site, agent)
    vault = FakeVault()
    control.vault.take(vault)  # type: ignore[arg-type]
    order: list[object] = []
    control.vault.closed.connect(lambda reason: order.append(("vault", reason)))
    control.agent_ended.connect(lambda reason: order.append(("agent", reason)))
    control.logout()
    assert order == [("vault", EndReason.PARENT_ENDED), ("agent", EndReason.LOGOUT)]
    assert control.vault.current is None and vault.locks >= 1


def test_a_vault_unlocked_after_the_agent_left_is_locked_at_once(qtbot: QtBot) -> None:
    control = _control()  # no agent session
    vault = FakeVault()
    control.vault.take(vault)  # type: ignore[arg-type]
    assert control.vault.current is None and vault.locks == 1


class _Panel(QWidget, MessageLines):
    def __init__(self) -> None:
        super().__init__()
        self.init_messages(error_label("Erreur"), status_label("Information"))


def test_message_lines_show_the_error_sentence_then_a_status(qtbot: QtBot) -> None:
    panel = _Panel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_status("En cours…")
    panel.show_error(PrintRefused(PrintText.NO_ANSWER))
    assert panel.error.isVisible()
    assert panel.error.text() == "L'imprimante ne répond pas : vérifiez qu'elle est allumée."
    assert panel.status is not None and panel.status.text() == ""
    panel.show_status("Fait.")
    assert not panel.error.isVisible() and panel.status.text() == "Fait."
    panel.clear_messages()
    assert panel.status.text() == ""
