"""The vault screens fit a public PC's 1366x768 window, in normal and large text: every button
of the open vault is on screen (screenshots in `screenshots/`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
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
    """The window kept its 1366x768 size and `widget` is wholly inside it, and inside every
    scroll area around it (scrolled to it first, as keyboard focus would)."""
    area = widget.parentWidget()
    while area is not None:
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget)
        area = area.parentWidget()
    QApplication.processEvents()
    if (window.width(), window.height()) != SIZE:
        return False
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    area = widget.parentWidget()
    while area is not None and area is not window:
        if isinstance(area, QScrollArea):
            view = area.viewport()
            if not QRect(view.mapTo(window, QPoint(0, 0)), view.size()).contains(rect):
                return False
        area = area.parentWidget()
    return QRect(0, 0, *SIZE).contains(rect)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "grand-texte"])
def test_vault_screens_fit_1366x768(qtbot: QtBot, demo_site: SiteContext, large: bool) -> None:
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
        for name in ("Valider le code", "Déposer un fichier", "Déposer les pages en un seul PDF"):
            assert _on_screen(window, find(window, name)), name
        type_text(find(window, "Code de la carte du coffre"), demo_card_code("Dupré", "Éléonore"))
        for digit in DEMO_PIN:
            click(qtbot, window, f"Chiffre {digit}")
        click(qtbot, window, "Valider le code")
        qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
        screen = window.router.screen("vault")
        qtbot.waitUntil(lambda: not screen.documents.loading(), timeout=20000)  # type: ignore[attr-defined]
        qtbot.wait(100)
        screenshot(window, f"coffre-ouvert-{mode}")
        for name in (
            "Voir le document",
            "Imprimer le document",
            "Supprimer le document",
            "Fermer le coffre",
            "Changer la carte, le code ou la phrase",
        ):
            assert _on_screen(window, find(window, name)), name
        click(qtbot, window, "Changer la carte, le code ou la phrase")
        click(qtbot, window, "Faire une nouvelle carte")
        screenshot(window, f"coffre-acces-{mode}")
        for name in ("Chiffre 0", "Valider le code", "Retirer la phrase secrète"):
            assert _on_screen(window, find(window, name)), name
    finally:
        app.setStyleSheet("")
        Appearance(app, DisplayPrefs())
