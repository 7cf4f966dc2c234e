"""The action screen offers only what an active mandate of the chosen holder covers, and says
why the other démarches are missing (it used to offer all ten and refuse afterwards)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from aidant import mandates
from aidant.domain.demarches import DEMARCHES, Demarche
from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.site.context import SiteContext
from tests.ui.conftest import find, screenshot
from ui.main_window import MainWindow


def _window(qtbot: QtBot, site: SiteContext) -> MainWindow:
    window = MainWindow(site)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.login.login_edit.setText(AGENT.login)
    window.login.password_edit.setText(AGENT.password)
    window.login.submit.click()
    return window


def _offered(window: QWidget) -> set[str]:
    labels = {DEMARCHES[d].label for d in Demarche}
    return {
        b.accessibleName()
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.accessibleName() in labels
    }


def test_only_covered_demarches_are_offered(qtbot: QtBot, demo_site: SiteContext) -> None:
    window = _window(qtbot, demo_site)
    person = usagers.search(demo_site, "eleonore")[0]
    window.router.go("action_new", person.id)
    label = DEMARCHES
    assert _offered(window) == {
        label[Demarche.LOGEMENT].label,
        label[Demarche.ARGENT].label,
        label[Demarche.SOCIAL].label,
    }
    missing = find(window, "Démarches non couvertes")
    assert isinstance(missing, QLabel)
    assert label[Demarche.JUSTICE].label in missing.text() and "mandat actif" in missing.text()
    screenshot(window, "action-demarches-couvertes")
    qtbot.mouseClick(find(window, label[Demarche.SOCIAL].label), Qt.MouseButton.LeftButton)
    find(window, "Ce qui a été fait").setText("Dossier CSS")  # type: ignore[attr-defined]
    qtbot.mouseClick(find(window, "Enregistrer l'action"), Qt.MouseButton.LeftButton)
    assert window.router.current_name == "usager_file"
    assert mandates.actions_of(demo_site, person.id)[0].description == "Dossier CSS"


def test_a_proche_holder_is_offered_their_own_demarches(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    window = _window(qtbot, demo_site)
    marcel = usagers.search(demo_site, "marcel")[0]
    window.router.go("action_new", marcel.id)
    # The site holds nothing for Marcel; his daughter holds "Social - Santé".
    assert _offered(window) == set()
    assert "Aucun mandat actif du site" in find(window, "Démarches non couvertes").text()  # type: ignore[attr-defined]
    holder = find(window, "Qui agit")
    assert isinstance(holder, QComboBox) and holder.count() == 2
    holder.setCurrentIndex(1)
    assert _offered(window) == {DEMARCHES[Demarche.SOCIAL].label}
    qtbot.mouseClick(find(window, DEMARCHES[Demarche.SOCIAL].label), Qt.MouseButton.LeftButton)
    find(window, "Ce qui a été fait").setText("Rendez-vous pris")  # type: ignore[attr-defined]
    qtbot.mouseClick(find(window, "Enregistrer l'action"), Qt.MouseButton.LeftButton)
    done = mandates.actions_of(demo_site, marcel.id)[0]
    assert done.description == "Rendez-vous pris" and done.proche_id is not None
