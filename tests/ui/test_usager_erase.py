"""The right to erasure on the usager file: a manager's button, a confirmation that says what
goes and what stays, then the home screen; agents do not see it. Driven by accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from aidant.domain.errors import NotFound
from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.site.context import SiteContext
from tests.ui.conftest import find, screenshot
from tests.ui.walk import log_in_as_manager
from ui.main_window import MainWindow

ERASE = "Effacer les données de cette personne"


def _window(qtbot: QtBot, site: SiteContext) -> MainWindow:
    window = MainWindow(site)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click(qtbot: QtBot, window: QWidget, name: str) -> None:
    qtbot.mouseClick(find(window, name), Qt.MouseButton.LeftButton)


def _named(window: QWidget, name: str) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()]


def test_manager_erases_a_usager_after_confirming(qtbot: QtBot, demo_site: SiteContext) -> None:
    window = _window(qtbot, demo_site)
    log_in_as_manager(window)
    person = usagers.search(demo_site, "eleonore")[0]
    window.router.go("usager_file", person.id)

    _click(qtbot, window, ERASE)
    question = find(window, "Confirmation de l'effacement")
    assert isinstance(question, QLabel)
    said = question.text()
    assert person.display_name in said and "coffre" in said and "journal" in said
    screenshot(window, "usager_file-effacement")

    _click(qtbot, window, "Non, garder les données")  # nothing happens
    assert not _named(window, "Confirmation de l'effacement")
    assert usagers.get(demo_site, person.id).id == person.id

    _click(qtbot, window, ERASE)
    _click(qtbot, window, "Oui, effacer les données")
    assert window.router.current_name == "home"
    with pytest.raises(NotFound):
        usagers.get(demo_site, person.id)
    assert usagers.search(demo_site, "eleonore") == []


def test_an_agent_does_not_see_the_erase_button(qtbot: QtBot, demo_site: SiteContext) -> None:
    window = _window(qtbot, demo_site)
    window.login.login_edit.setText(AGENT.login)
    window.login.password_edit.setText(AGENT.password)
    window.login.submit.click()
    person = usagers.search(demo_site, "eleonore")[0]
    window.router.go("usager_file", person.id)
    assert window.router.current_name == "usager_file"
    assert find(window, "Ouvrir le coffre").isVisible()
    assert _named(window, ERASE) == []
