"""A usager's vault, end to end through accessible names: create it with a PIN typed on the
keypad, print its card, deposit a document, unlock with card code + PIN, view the document
from memory, print it, export a copy after confirmation, close it, log out."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QListView
from pytestqt.qtbot import QtBot

from aidant.pdf.document import sample_pdf
from aidant.setup.demo import AGENT
from tests.e2e.conftest import PdfPrinters, click, type_text
from tests.ui.conftest import find, screenshot
from ui.main_window import MainWindow
from ui.screens.vault import VaultScreen

PIN = "7294"


def _type_pin(qtbot: QtBot, window: MainWindow) -> None:
    for digit in PIN:
        click(qtbot, window, f"Chiffre {digit}")
    click(qtbot, window, "Valider le code")


def _label(window: MainWindow, name: str) -> str:
    widget = find(window, name)
    assert isinstance(widget, QLabel)
    return widget.text()


def test_vault_create_deposit_unlock_view_print_export_close(
    qtbot: QtBot, window: MainWindow, printers: PdfPrinters, chosen: dict[str, Path]
) -> None:
    chosen["file"].write_bytes(sample_pdf())
    chosen["folder"].mkdir()
    type_text(find(window, "Identifiant"), AGENT.login)
    type_text(find(window, "Mot de passe"), AGENT.password)
    click(qtbot, window, "Se connecter")
    click(qtbot, window, "Enregistrer un nouvel usager")
    type_text(find(window, "Nom de famille"), "Ducœur")
    type_text(find(window, "Prénoms"), "Zoé")
    click(qtbot, window, "Enregistrer l'usager")
    click(qtbot, window, "Ouvrir le coffre")
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)

    # Creation: the PIN twice on the keypad, in a background thread.
    _type_pin(qtbot, window)
    _type_pin(qtbot, window)
    qtbot.waitUntil(lambda: not screen.create_panel.runner.busy(), timeout=20000)
    match = re.search(r"Code de la carte : (\S+)", _label(window, "Information sur le coffre"))
    assert match, _label(window, "Information sur le coffre")
    card_code = match.group(1)
    click(qtbot, window, "Imprimer la carte du coffre")
    assert len(printers.files) == 1 and printers.files[0].stat().st_size > 1000
    click(qtbot, window, "Terminer la création du coffre")

    # Deposit without opening: the agent cannot read it back.
    type_text(find(window, "Titre du document"), "Avis d'imposition")
    click(qtbot, window, "Déposer un fichier")
    qtbot.waitUntil(lambda: not screen.locked.depositor.busy(), timeout=10000)
    assert "déposé" in _label(window, "Information sur le coffre")

    # Wrong PIN: one sentence, vault stays closed.
    type_text(find(window, "Code de la carte du coffre"), card_code)
    for digit in "9999":
        click(qtbot, window, f"Chiffre {digit}")
    click(qtbot, window, "Valider le code")
    qtbot.waitUntil(lambda: not screen.locked.runner.busy(), timeout=20000)
    assert find(window, "Erreur du coffre").isVisible()
    assert window.shell.vault.current is None

    _type_pin(qtbot, window)
    qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
    assert find(window, "Bandeau ordinateur public").isVisible()
    grid = find(window, "Documents du coffre")
    assert isinstance(grid, QListView)
    model = grid.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    assert "Avis d'imposition" in model.index(0, 0).data()
    # The thumbnail drawn at deposit, not the pictogram standing in.
    qtbot.waitUntil(lambda: screen.documents.model.thumbnails_shown() == 1, timeout=10000)
    assert "Place utilisée : 1 Mo sur 600 Mo." in _label(window, "Place utilisée dans le coffre")

    click(qtbot, window, "Voir le document")
    qtbot.waitUntil(lambda: not screen.documents.opener.busy(), timeout=10000)
    document = screen.documents.pdf_view.document()
    assert document is not None and document.status() == QPdfDocument.Status.Ready
    qtbot.wait(200)  # QPdfView renders asynchronously before the screenshot
    screenshot(window, "e2e-coffre-ouvert")

    click(qtbot, window, "Imprimer le document")
    qtbot.waitUntil(lambda: not screen.documents.opener.busy(), timeout=10000)
    assert len(printers.files) == 2 and printers.files[1].stat().st_size > 1000

    click(qtbot, window, "Enregistrer une copie du document")
    assert "NON protégée" in _label(window, "Question")
    assert list(chosen["folder"].iterdir()) == []
    click(qtbot, window, "Oui, confirmer")
    (exported,) = chosen["folder"].iterdir()
    assert exported.name == "Avis d'imposition.pdf"
    assert exported.read_bytes() == sample_pdf() or exported.read_bytes().startswith(b"%PDF")

    click(qtbot, window, "Fermer le coffre")
    assert window.shell.vault.current is None
    assert not window.public_pc_banner.isVisible()
    click(qtbot, window, "Se déconnecter")
    assert window.router.current_name == "login"


class FakeScanner:
    """A scanner for the test: one device, each scan a small PNG."""

    def devices(self) -> list[object]:
        from aidant.scanning import ScannerDevice

        return [ScannerDevice("test:0", "Scanner de test")]

    def scan_page(self, device: object, resolution: int = 200) -> bytes:
        from aidant.setup.demo_vault import _fake_png

        return _fake_png(170, 240)


def test_two_scanned_pages_make_one_document_and_no_camera_is_said_plainly(
    qtbot: QtBot, window: MainWindow
) -> None:
    from aidant.people import usagers
    from aidant.setup.demo_vault import DEMO_PIN, demo_card_code

    window.shell.scan_backend = FakeScanner()
    type_text(find(window, "Identifiant"), AGENT.login)
    type_text(find(window, "Mot de passe"), AGENT.password)
    click(qtbot, window, "Se connecter")
    eleonore = usagers.search(window.ctx, "eleonore")[0]
    window.router.go("vault", eleonore.id)
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)
    capture = screen.locked.capture

    click(qtbot, window, "Prendre une photo")
    assert "Aucune caméra détectée" in _label(window, "Pages prises")

    type_text(find(window, "Titre du document"), "Bail")
    for _ in range(2):
        click(qtbot, window, "Numériser une page")
        qtbot.waitUntil(lambda: not capture.runner.busy(), timeout=10000)
    assert len(capture.pages) == 2
    click(qtbot, window, "Déposer les pages en un seul PDF")
    qtbot.waitUntil(lambda: not screen.locked.depositor.busy(), timeout=10000)
    assert "déposé" in _label(window, "Information sur le coffre")

    type_text(find(window, "Code de la carte du coffre"), demo_card_code("Dupré", "Éléonore"))
    for digit in DEMO_PIN:
        click(qtbot, window, f"Chiffre {digit}")
    click(qtbot, window, "Valider le code")
    qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
    opened = window.shell.vault.current
    (bail,) = [d for d in opened.documents() if d.title == "Bail"]
    assert bail.metadata.page_count == 2 and bail.metadata.media_type == "application/pdf"
