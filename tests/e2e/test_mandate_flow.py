"""An agent logs in, registers a usager, opens a mandate with consent, prints its form,
records actions (one refused), revokes, and logs out — through accessible names only."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QListWidget, QTreeWidget
from pytestqt.qtbot import QtBot

from aidant.mandates import mandates_of
from aidant.mandates.rules import MandateStatus
from aidant.setup.demo import AGENT
from tests.e2e.conftest import PdfPrinters, click, type_text
from tests.ui.conftest import find, screenshot
from ui.main_window import MainWindow
from ui.printing import load_pdf


def _text(window: MainWindow, name: str) -> str:
    widget = find(window, name)
    assert isinstance(widget, QLabel)
    return widget.text()


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def consent_form_pages(window: MainWindow, mandate_id: str) -> list[int]:
    from aidant.mandates.forms import consent_form

    pdf = consent_form(window.ctx, window.shell.require_actor(), mandate_id)
    document, _buffer = load_pdf(pdf)
    return list(range(document.pageCount()))


def _assert_inked(pdf: Path, folder: Path) -> None:
    """The first printed page has text on it (not a blank or black sheet)."""
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(folder / "page")],
        check=True,
    )
    image = QImage(str(next(folder.glob("page*.png"))))
    dark = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 100
    )
    total = (image.height() // 3) * (image.width() // 3)
    assert 0.005 < dark / total < 0.5


def test_register_mandate_consent_print_action_revoke(
    qtbot: QtBot, window: MainWindow, printers: PdfPrinters, tmp_path: Path
) -> None:
    type_text(find(window, "Identifiant"), AGENT.login)
    type_text(find(window, "Mot de passe"), AGENT.password)
    click(qtbot, window, "Se connecter")
    assert "Samir" in _text(window, "Agent connecté")

    # Register a usager; a second registration of the same person is flagged.
    click(qtbot, window, "Enregistrer un nouvel usager")
    type_text(find(window, "Nom de famille"), "Lemaître")
    type_text(find(window, "Prénoms"), "Hélène")
    type_text(find(window, "Date de naissance"), "02/03/1950")
    click(qtbot, window, "Enregistrer l'usager")
    assert window.router.current_name == "usager_file"
    assert "Hélène LEMAÎTRE" in _text(window, "Nom et prénoms")
    usager_id = window.router.screen("usager_file").usager.id  # type: ignore[attr-defined]

    click(qtbot, window, "Retour à l'accueil")
    click(qtbot, window, "Enregistrer un nouvel usager")
    type_text(find(window, "Nom de famille"), "Lemaitre")
    type_text(find(window, "Prénoms"), "Helene")
    type_text(find(window, "Date de naissance"), "02/03/1950")
    click(qtbot, window, "Enregistrer l'usager")
    assert "semble déjà enregistrée" in _text(window, "Erreur d'enregistrement")
    click(qtbot, window, "Ouvrir le dossier déjà enregistré")
    assert window.router.screen("usager_file").usager.id == usager_id  # type: ignore[attr-defined]

    # With no mandate, no démarche is offered for an action, and the screen says why.
    click(qtbot, window, "Enregistrer une action")
    assert "Aucun mandat actif" in _text(window, "Démarches non couvertes")
    click(qtbot, window, "Annuler")

    # The mandate wizard: the mandate (site by default, démarches, duration) → agreement (the
    # form previewed, never printed as a draft) → the final form printed once, to be signed.
    click(qtbot, window, "Nouveau mandat")
    click(qtbot, window, "Logement")
    click(qtbot, window, "Social - Santé")
    click(qtbot, window, "Un an (365 jours)")
    click(qtbot, window, "Étape suivante")
    click(qtbot, window, "La personne est d'accord")
    assert "elle les a compris" in _text(window, "Erreur du mandat")
    click(qtbot, window, "Points lus et compris")
    screenshot(window, "e2e-consentement")
    click(qtbot, window, "La personne est d'accord")
    assert "actif jusqu'au" in _text(window, "Résumé du mandat")
    assert printers.files == []
    click(qtbot, window, "Imprimer le mandat à signer")
    assert "envoyé à l'imprimante" in _text(window, "Information")
    click(qtbot, window, "Retour au dossier")

    (mandate,) = mandates_of(window.ctx, usager_id)
    assert mandate.status is MandateStatus.ACTIVE
    tree = find(window, "Mandats de la personne")
    assert isinstance(tree, QTreeWidget) and tree.topLevelItemCount() == 1

    # The consent form went to the printer once, page by page, as pictures of its pages.
    assert len(printers.files) == 1
    assert _pages(printers.files[0]) == len(consent_form_pages(window, mandate.id))
    _assert_inked(printers.files[0], tmp_path)

    # Now the action is covered.
    click(qtbot, window, "Enregistrer une action")
    click(qtbot, window, "Logement")
    type_text(find(window, "Ce qui a été fait"), "Demande d'aide au logement")
    click(qtbot, window, "Enregistrer l'action")
    actions = find(window, "Actions faites pour la personne")
    assert isinstance(actions, QListWidget)
    assert "Demande d'aide au logement" in actions.item(0).text()

    # Revoke the whole mandate (chosen first, then confirmed), print the attestation.
    type_text(find(window, "Raison de la révocation"), "À sa demande")
    click(qtbot, window, "Révoquer la sélection")
    assert "Choisissez d'abord" in _text(window, "Erreur sur les mandats")
    tree.setCurrentItem(tree.topLevelItem(0))
    click(qtbot, window, "Révoquer la sélection")
    assert "ne pourra plus agir" in _text(window, "Confirmation sur le mandat")
    assert mandates_of(window.ctx, usager_id)[0].status is MandateStatus.ACTIVE
    click(qtbot, window, "Oui, révoquer")
    assert "Révocation enregistrée" in _text(window, "Information sur les mandats")
    click(qtbot, window, "Imprimer l'attestation de révocation")
    assert len(printers.files) == 2 and printers.files[1].stat().st_size > 1000
    assert mandates_of(window.ctx, usager_id)[0].status is MandateStatus.REVOKED
    screenshot(window, "e2e-dossier-apres-revocation")

    click(qtbot, window, "Se déconnecter")
    assert window.actor is None and window.router.current_name == "login"
