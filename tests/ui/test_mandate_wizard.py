"""The mandate flow as an agent and a person live it, at 1366×768: counted clicks and prints
from "Nouveau mandat" to the form to sign, what the consent step shows and says, "Précédent",
focus, and drafts left by cancelling (listed, resumed, deleted after a confirmation)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from aidant import mandates
from aidant.domain.demarches import DEMARCHES, Demarche
from aidant.mandates.rules import MandateStatus
from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.site.clock import to_site_local
from aidant.site.context import SiteContext
from tests.ui.conftest import find, screenshot
from ui.main_window import MainWindow


class Counted:
    """Clicks made by name, and print jobs (each to a PDF file in the test's folder)."""

    def __init__(self, qtbot: QtBot, folder: Path) -> None:
        self.qtbot, self.folder = qtbot, folder
        self.clicks = 0
        self.prints: list[Path] = []
        self.window: MainWindow | None = None

    def printer(self, _parent: QWidget) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"print-{len(self.prints) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.prints.append(path)
        return printer

    def click(self, name: str) -> None:
        assert self.window is not None
        self.qtbot.mouseClick(find(self.window, name), Qt.MouseButton.LeftButton)
        self.clicks += 1


@pytest.fixture
def counted(qtbot: QtBot, demo_site: SiteContext, tmp_path: Path) -> Counted:
    counter = Counted(qtbot, tmp_path)
    window = MainWindow(demo_site, printer_chooser=counter.printer)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.login.login_edit.setText(AGENT.login)
    window.login.password_edit.setText(AGENT.password)
    window.login.submit.click()
    counter.window = window
    return counter


def _open_file(counted: Counted, query: str = "marcel") -> str:
    assert counted.window is not None
    person = usagers.search(counted.window.ctx, query)[0]
    counted.window.router.go("usager_file", person.id)
    return person.id


def _label(window: QWidget, name: str) -> str:
    widget = find(window, name)
    assert isinstance(widget, QLabel)
    return widget.text()


def test_a_mandate_takes_7_clicks_and_1_print(counted: Counted) -> None:
    window = counted.window
    assert window is not None
    usager_id = _open_file(counted)
    counted.click("Nouveau mandat")
    QApplication.processEvents()
    screenshot(window, "mandat-1-le-mandat")
    counted.click("Logement")
    counted.click("Un an (365 jours)")
    counted.click("Étape suivante")
    screenshot(window, "mandat-2-accord")
    counted.click("Points lus et compris")
    counted.click("La personne est d'accord")
    counted.click("Imprimer le mandat à signer")
    screenshot(window, "mandat-3-a-signer")
    print(f"\nmandate flow: {counted.clicks} clicks, {len(counted.prints)} print(s)")
    assert counted.clicks <= 8 and len(counted.prints) == 1
    newest = mandates.mandates_of(window.ctx, usager_id)[0]
    assert newest.status is MandateStatus.ACTIVE and newest.demarches == ("logement",)
    assert counted.prints[0].stat().st_size > 1000


def test_the_consent_step_shows_and_says_what_is_agreed(counted: Counted) -> None:
    window = counted.window
    assert window is not None
    _open_file(counted)
    for name in ("Nouveau mandat", "Logement", "Social - Santé", "Un mois (31 jours)"):
        counted.click(name)
    counted.click("Étape suivante")
    agreed = _label(window, "Ce que la personne accepte")
    assert "Espace France Services de démonstration" in agreed
    shown = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text())
    for demarche in (Demarche.LOGEMENT, Demarche.SOCIAL):
        assert DEMARCHES[demarche].label in shown
    draft = window.router.screen("mandate_wizard").mandate  # type: ignore[attr-defined]
    local = to_site_local(draft.expires_at)
    assert f"{local:%d/%m/%Y %H:%M}" in _label(window, "Fin du mandat")
    preview = find(window, "Aperçu du formulaire")
    assert isinstance(preview, QLabel) and preview.pixmap().width() > 300
    said = window.router.screen("mandate_wizard").spoken_text()
    assert DEMARCHES[Demarche.LOGEMENT].label in said and f"{local:%H:%M}" in said
    assert "<" not in said and "tutelle" in said


def test_space_on_the_first_step_does_not_cancel(counted: Counted, qtbot: QtBot) -> None:
    window = counted.window
    assert window is not None
    _open_file(counted)
    counted.click("Nouveau mandat")
    focused = QApplication.focusWidget()
    assert focused is not None and focused.accessibleName() != "Annuler le mandat"
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert window.router.current_name == "mandate_wizard"


def test_previous_goes_back_and_leaves_no_draft(counted: Counted) -> None:
    window = counted.window
    assert window is not None
    usager_id = _open_file(counted, "jeanne")
    before = len(mandates.mandates_of(window.ctx, usager_id))
    for name in ("Nouveau mandat", "Famille - Scolarité", "Aujourd'hui seulement"):
        counted.click(name)
    counted.click("Étape suivante")
    assert len(mandates.mandates_of(window.ctx, usager_id)) == before + 1
    counted.click("Étape précédente")
    assert "Étape 1" in _label(window, "Étape")
    assert len(mandates.mandates_of(window.ctx, usager_id)) == before
    counted.click("Étape suivante")  # the same choices are still there
    assert "Étape 2" in _label(window, "Étape")


def test_a_cancelled_draft_is_listed_resumed_and_deleted(counted: Counted) -> None:
    window = counted.window
    assert window is not None
    usager_id = _open_file(counted, "jeanne")
    before = len(mandates.mandates_of(window.ctx, usager_id))
    for name in ("Nouveau mandat", "Famille - Scolarité", "Aujourd'hui seulement"):
        counted.click(name)
    counted.click("Étape suivante")
    counted.click("Annuler le mandat")
    assert window.router.current_name == "usager_file"
    assert "reste sur le dossier" in _label(window, "Information sur les mandats")
    tree = find(window, "Mandats de la personne")
    assert isinstance(tree, QTreeWidget)
    draft_item = tree.topLevelItem(0)
    assert draft_item is not None and "Projet de mandat" in draft_item.text(0)
    assert tree.currentItem() is None  # nothing chosen for the agent
    tree.setCurrentItem(draft_item)
    counted.click("Reprendre le projet de mandat")
    assert "Étape 2" in _label(window, "Étape")
    counted.click("Annuler le mandat")

    tree = find(window, "Mandats de la personne")
    assert isinstance(tree, QTreeWidget)
    tree.setCurrentItem(tree.topLevelItem(0))
    counted.click("Supprimer le projet de mandat")
    assert "n'autorise rien" in _label(window, "Confirmation sur le mandat")
    screenshot(window, "dossier-supprimer-projet")
    counted.click("Oui, supprimer le projet")
    assert len(mandates.mandates_of(window.ctx, usager_id)) == before
