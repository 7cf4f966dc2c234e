"""Log in on the demo site and find a usager, through accessible names only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from aidant.setup.demo import AGENT
from aidant.site.context import SiteContext
from tests.ui.conftest import find, screenshot
from ui.main_window import MainWindow


def test_login_search_logout(qtbot: QtBot, demo_site: SiteContext) -> None:
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "démonstration" in find(window, "Bandeau site de démonstration").text()  # type: ignore[attr-defined]
    screenshot(window, "login")

    login = find(window, "Identifiant")
    password = find(window, "Mot de passe")
    assert isinstance(login, QLineEdit) and isinstance(password, QLineEdit)
    qtbot.keyClicks(login, AGENT.login)
    qtbot.keyClicks(password, "wrong password")
    qtbot.mouseClick(find(window, "Se connecter"), Qt.MouseButton.LeftButton)
    error = find(window, "Erreur de connexion")
    assert isinstance(error, QLabel) and error.text() == "Identifiant ou mot de passe incorrect."
    assert password.text() == ""

    qtbot.keyClicks(password, AGENT.password)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.home.isVisible())
    assert "Samir" in find(window, "Agent connecté").text()  # type: ignore[attr-defined]

    search = find(window, "Rechercher un usager")
    results = find(window, "Usagers trouvés")
    assert isinstance(search, QLineEdit) and isinstance(results, QListWidget)
    qtbot.keyClicks(search, "eleonore")
    assert results.count() == 1 and "Éléonore" in results.item(0).text()
    screenshot(window, "home")

    logout = find(window, "Se déconnecter")
    assert isinstance(logout, QPushButton)
    qtbot.mouseClick(logout, Qt.MouseButton.LeftButton)
    assert window.login.isVisible() and window.actor is None
