"""A site with login slots: the window opens nothing until an agent's password does, closes the
site at logout, and lets an agent change their password (accessible names only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from aidant.setup.demo import AGENT, ensure_demo_site
from aidant.setup.opening import prepare
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS
from tests.ui.conftest import find, screenshot
from ui.main_window import MainWindow
from ui.router import Route


def _log_in(qtbot: QtBot, window: MainWindow, login: str, password: str) -> None:
    login_edit, password_edit = find(window, "Identifiant"), find(window, "Mot de passe")
    assert isinstance(login_edit, QLineEdit) and isinstance(password_edit, QLineEdit)
    login_edit.clear()
    qtbot.keyClicks(login_edit, login)
    qtbot.keyClicks(password_edit, password)
    qtbot.keyClick(password_edit, Qt.Key.Key_Return)


def test_the_password_opens_the_site_and_the_logout_closes_it(qtbot: QtBot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "demo")
    ensure_demo_site(paths, costs=TEST_COSTS).close()
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    window.show()
    window.open_site_soon(lambda: prepare(paths, costs=TEST_COSTS))
    qtbot.waitUntil(lambda: window.shell.door is not None)
    assert window.shell.site is None

    _log_in(qtbot, window, AGENT.login, "wrong password")
    error = find(window, "Erreur de connexion")
    assert isinstance(error, QLabel) and error.text() == "Identifiant ou mot de passe incorrect."
    assert window.shell.site is None

    _log_in(qtbot, window, AGENT.login, AGENT.password)
    qtbot.waitUntil(lambda: window.home.isVisible())
    assert window.shell.site is not None

    qtbot.mouseClick(find(window, "Mots de passe et accès"), Qt.MouseButton.LeftButton)
    assert window.router.current_name is Route.ACCESS
    assert not find(window, "Mot de passe actuel").parent().parent().isHidden()  # type: ignore[union-attr]
    qtbot.keyClicks(find(window, "Mot de passe actuel"), AGENT.password)
    qtbot.keyClicks(find(window, "Nouveau mot de passe"), "nouveau-mot-1")
    qtbot.keyClicks(find(window, "Nouveau mot de passe, encore"), "nouveau-mot-1")
    screenshot(window, "access")
    qtbot.mouseClick(find(window, "Changer mon mot de passe"), Qt.MouseButton.LeftButton)
    assert find(window, "Résultat").text() == "Votre mot de passe est changé."  # type: ignore[attr-defined]

    qtbot.mouseClick(find(window, "Se déconnecter"), Qt.MouseButton.LeftButton)
    assert window.login.isVisible() and window.shell.site is None
    _log_in(qtbot, window, AGENT.login, "nouveau-mot-1")
    qtbot.waitUntil(lambda: window.home.isVisible())
    window.logout()


def test_a_rolled_back_journal_waits_for_a_manager_at_the_login(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import shutil

    from aidant.setup.demo import MANAGER

    paths = DataPaths(tmp_path / "demo")
    ensure_demo_site(paths, costs=TEST_COSTS).close()
    old = tmp_path / "old.db"
    shutil.copy2(paths.database, old)
    ctx, _ = prepare(paths, costs=TEST_COSTS).enter(AGENT.login, AGENT.password)
    ctx.close()  # the journal grew; this PC remembers it
    shutil.copy2(old, paths.database)

    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    window.show()
    window.open_site_soon(lambda: prepare(paths, costs=TEST_COSTS))
    qtbot.waitUntil(lambda: window.shell.door is not None)
    _log_in(qtbot, window, AGENT.login, AGENT.password)
    error = find(window, "Erreur de connexion")
    assert isinstance(error, QLabel) and "un responsable doit le constater" in error.text()
    acknowledge = find(window, "Constater le problème du journal et continuer")
    screenshot(window, "login-rollback")
    # An agent cannot acknowledge it; the manager types their password and acknowledges.
    qtbot.keyClicks(find(window, "Mot de passe"), AGENT.password)
    qtbot.mouseClick(acknowledge, Qt.MouseButton.LeftButton)
    assert "Seul un responsable" in error.text() and window.shell.site is None
    login = find(window, "Identifiant")
    assert isinstance(login, QLineEdit)
    login.clear()
    qtbot.keyClicks(login, MANAGER.login)
    qtbot.keyClicks(find(window, "Mot de passe"), MANAGER.password)
    qtbot.mouseClick(acknowledge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.isVisible())
    window.logout()
