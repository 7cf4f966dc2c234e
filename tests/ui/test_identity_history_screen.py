"""The usager file shows the values a correction replaced ("Anciennes valeurs"), as plain text:
a name that looks like markup is shown as typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from aidant.agents import accounts
from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.site.context import SiteContext
from tests.ui.conftest import find
from ui.main_window import MainWindow

OLD = "<b>Zwölfkirch</b>"


def _named(window: QWidget, name: str) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.accessibleName() == name]


def test_the_file_shows_the_old_values_of_a_corrected_identity(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    agent = accounts.login_with_password(demo_site, AGENT.login, AGENT.password)
    person = usagers.register(demo_site, agent, OLD, "Anastazja", dt.date(1946, 5, 14))
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.login.login_edit.setText(AGENT.login)
    window.login.password_edit.setText(AGENT.password)
    window.login.submit.click()
    window.router.go("usager_file", person.id)
    (previous,) = _named(window, "Anciennes valeurs")
    assert not previous.isVisible()  # never corrected: nothing to show

    qtbot.mouseClick(find(window, "Corriger l'identité"), Qt.MouseButton.LeftButton)
    family = find(window, "Nom de famille corrigé")
    birth = find(window, "Date de naissance corrigée")
    assert isinstance(family, QLineEdit) and isinstance(birth, QLineEdit)
    family.setText("Zwolfkirch")
    birth.setText("15/05/1946")
    qtbot.mouseClick(find(window, "Enregistrer la correction"), Qt.MouseButton.LeftButton)

    shown = find(window, "Anciennes valeurs")
    assert isinstance(shown, QLabel) and shown.textFormat() == Qt.TextFormat.PlainText
    assert f"nom de famille « {OLD} »" in shown.text()
    assert shown.text().endswith("date de naissance « 14/05/1946 »")
    name = find(window, "Nom et prénoms")
    assert isinstance(name, QLabel) and name.text() == "Anastazja ZWOLFKIRCH"
    assert window.grab().save("/tmp/usager-file-old-values.png")
