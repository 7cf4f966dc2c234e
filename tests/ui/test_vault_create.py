"""Vault creation says every PIN problem (too short, not the same twice) and keeps the card's
code on screen until the card is printed or finishing without it is confirmed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.site.context import SiteContext
from tests.ui.conftest import find, screenshot
from ui.main_window import MainWindow
from ui.screens.vault import VaultScreen


def _window(qtbot: QtBot, site: SiteContext, tmp_path: Path) -> MainWindow:
    def printer(_parent: QWidget) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(tmp_path / "card.pdf"))
        return chosen

    window = MainWindow(site, printer_chooser=printer)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.login.login_edit.setText(AGENT.login)
    window.login.password_edit.setText(AGENT.password)
    window.login.submit.click()
    person = usagers.search(site, "marcel")[0]
    window.router.go("vault", person.id)
    return window


def _click(qtbot: QtBot, window: QWidget, name: str) -> None:
    qtbot.mouseClick(find(window, name), Qt.MouseButton.LeftButton)


def _pin(qtbot: QtBot, window: QWidget, digits: str) -> None:
    for digit in digits:
        _click(qtbot, window, f"Chiffre {digit}")
    _click(qtbot, window, "Valider le code")


def _error(window: QWidget) -> str:
    label = find(window, "Erreur de création du coffre")
    assert isinstance(label, QLabel)
    return label.text()


def test_pin_errors_are_shown(qtbot: QtBot, demo_site: SiteContext, tmp_path: Path) -> None:
    window = _window(qtbot, demo_site, tmp_path)
    _pin(qtbot, window, "12")
    assert "trop court" in _error(window) and "2 chiffre(s)" in _error(window)
    _pin(qtbot, window, "7294")
    _pin(qtbot, window, "7295")
    assert "pas les mêmes" in _error(window)
    screenshot(window, "coffre-codes-differents")


def test_the_card_code_stays_until_printed_or_skipping_is_confirmed(
    qtbot: QtBot, demo_site: SiteContext, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_site, tmp_path)
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)
    _pin(qtbot, window, "7294")
    _pin(qtbot, window, "7294")
    qtbot.waitUntil(lambda: not screen.create_panel.runner.busy(), timeout=20000)
    code = find(window, "Code de la carte du coffre")
    assert isinstance(code, QLabel) and "Code de la carte :" in code.text()

    _click(qtbot, window, "Terminer la création du coffre")
    assert "n'a pas été imprimée" in find(window, "Confirmation sans carte").text()  # type: ignore[attr-defined]
    assert code.isVisible()
    _click(qtbot, window, "Non, ne rien changer")
    assert code.isVisible()

    _click(qtbot, window, "Imprimer la carte du coffre")
    assert "Code de la carte :" in code.text()  # printing does not hide it
    _click(qtbot, window, "Terminer la création du coffre")
    assert not screen.create_panel.isVisible()
