"""The window's sessions: idle warning with a countdown, end on idle back to the login with a
sentence, logout that applies the wipe plan, and the vault session ending on its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aidant.administration.policy import change_setting
from aidant.domain.actors import Actor
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from tests.conftest import AGENT_PASSWORD
from tests.ui.conftest import find
from ui.main_window import MainWindow
from ui.session_guard import ScreenLockWatcher


def _window(qtbot: QtBot, site: SiteContext) -> MainWindow:
    window = MainWindow(site, screen_lock=lambda: ScreenLockWatcher(bus=QDBusConnection("absent")))
    qtbot.addWidget(window)
    window.show()
    window.login.login_edit.setText("agent")
    window.login.password_edit.setText(AGENT_PASSWORD)
    window.login.submit.click()
    assert window.sessions.agent is not None
    return window


def test_idle_warning_then_end_returns_to_login(
    qtbot: QtBot, site: SiteContext, clock: FakeClock
) -> None:
    window = _window(qtbot, site)
    guard = window.sessions.agent_guard
    assert guard is not None
    clock.advance(15 * 60 - 30)  # agent timeout 15 min, warning 60 s before
    guard.tick()
    message = find(window, "Avertissement d'inactivité")
    assert isinstance(message, QLabel) and "30 secondes" in message.text()
    clock.advance(31)
    guard.tick()
    assert window.router.current_name == "login" and window.actor is None
    assert not window.idle_overlay.isVisible()
    error = find(window, "Erreur de connexion")
    assert isinstance(error, QLabel) and "personne n'a utilisé" in error.text()


def test_the_idle_warning_goes_when_the_mouse_moves_as_it_says(
    qtbot: QtBot, site: SiteContext, clock: FakeClock
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    window = _window(qtbot, site)
    guard = window.sessions.agent_guard
    assert guard is not None
    clock.advance(15 * 60 - 30)
    guard.tick()
    assert window.idle_overlay.isVisible()
    clock.advance(10)
    guard.tick()  # the countdown runs while the warning is up
    message = find(window, "Avertissement d'inactivité")
    assert isinstance(message, QLabel) and "20 secondes" in message.text()
    assert "bougez la souris" in message.text()
    QTest.mouseMove(window, QPoint(200, 200))
    QTest.mouseMove(window, QPoint(240, 260))
    assert not window.idle_overlay.isVisible()
    guard.tick()  # the move counted as activity: no warning comes back
    assert not window.idle_overlay.isVisible()
    assert window.actor is not None


def test_logout_applies_the_wipe_plan(
    qtbot: QtBot, site: SiteContext, manager: Actor, tmp_path: Path
) -> None:
    downloads = tmp_path / "Téléchargements"
    downloads.mkdir()
    (downloads / "avis-imposition.pdf").write_bytes(b"%PDF-1.4 left behind")
    with site.transaction() as db:
        change_setting(db, manager, "wipe_roots", [str(downloads)], site.clock.now())
    window = _window(qtbot, site)
    find(window, "Se déconnecter").click()  # type: ignore[attr-defined]
    assert window.router.current_name == "login"
    assert list(downloads.iterdir()) == []


def test_the_vault_closes_on_its_own_and_the_agent_stays(
    qtbot: QtBot, site: SiteContext, clock: FakeClock
) -> None:
    from aidant.domain.enums import EndReason
    from tests.ui.test_seams import FakeVault

    window = _window(qtbot, site)
    vault = FakeVault()
    window.sessions.vault.take(vault)  # type: ignore[arg-type]
    assert window.public_pc_banner.isVisible()
    clock.advance(5 * 60 + 1)  # the vault closes after 5 idle minutes, the agent's after 15
    with qtbot.waitSignal(window.sessions.vault.closed, timeout=5000) as closed:
        pass
    assert closed.args == [EndReason.IDLE]
    assert window.sessions.vault.current is None and vault.locks >= 1
    assert not window.public_pc_banner.isVisible()
    assert window.actor is not None and window.router.current_name == "home"
