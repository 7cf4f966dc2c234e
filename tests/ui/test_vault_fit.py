"""The vault screens fit a public PC's 1366x768 window, in normal and large text: every button
of the open vault is on screen (screenshots in `screenshots/`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.setup.demo_vault import DEMO_PIN, demo_card_code
from aidant.site.context import SiteContext
from tests.e2e.conftest import click, type_text
from tests.ui.conftest import find, screenshot
from ui.appearance import Appearance, DisplayPrefs
from ui.main_window import MainWindow

SIZE = (1366, 768)


def _on_screen(window: QWidget, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(0, 0, *SIZE).contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("large", [False, True], ids=["normal", "grand-texte"])
def test_vault_screens_fit_1366x768(qtbot: QtBot, demo_site: SiteContext, large: bool) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    window = MainWindow(demo_site, appearance=Appearance(app, DisplayPrefs(large_text=large)))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    mode = "grand" if large else "normal"
    try:
        type_text(find(window, "Identifiant"), AGENT.login)
        type_text(find(window, "Mot de passe"), AGENT.password)
        click(qtbot, window, "Se connecter")
        person = usagers.search(window.ctx, "eleonore")[0]
        window.router.go("vault", person.id)
        qtbot.wait(50)
        screenshot(window, f"coffre-ferme-{mode}")
        for name in ("Valider le code", "Déposer un fichier"):
            assert _on_screen(window, find(window, name)), name
        type_text(find(window, "Code de la carte du coffre"), demo_card_code("Dupré", "Éléonore"))
        for digit in DEMO_PIN:
            click(qtbot, window, f"Chiffre {digit}")
        click(qtbot, window, "Valider le code")
        qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
        qtbot.wait(300)
        screenshot(window, f"coffre-ouvert-{mode}")
        for name in (
            "Voir le document",
            "Imprimer le document",
            "Supprimer le document",
            "Fermer le coffre",
        ):
            assert _on_screen(window, find(window, name)), name
    finally:
        app.setStyleSheet("")
        Appearance(app, DisplayPrefs())
