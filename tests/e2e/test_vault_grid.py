"""Opening a vault draws its grid without opening any document: thumbnails come from their
own sealed pictures, off the interface thread, and the journal says "document opened" only
when one is viewed or printed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.setup.demo_vault import DEMO_PIN, demo_card_code
from aidant.storage.models import Document, JournalEntry
from tests.e2e.conftest import PdfPrinters, click, type_text
from tests.ui.conftest import find
from ui.main_window import MainWindow
from ui.screens.vault import VaultScreen


def _opened(window: MainWindow) -> int:
    with window.ctx.transaction() as db:
        count = db.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.kind == "document_opened")
        )
    return int(count or 0)


def _open_vault(qtbot: QtBot, window: MainWindow) -> VaultScreen:
    type_text(find(window, "Identifiant"), AGENT.login)
    type_text(find(window, "Mot de passe"), AGENT.password)
    click(qtbot, window, "Se connecter")
    window.router.go("vault", usagers.search(window.ctx, "eleonore")[0].id)
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)
    type_text(find(window, "Code de la carte du coffre"), demo_card_code("Dupré", "Éléonore"))
    for digit in DEMO_PIN:
        click(qtbot, window, f"Chiffre {digit}")
    click(qtbot, window, "Valider le code")
    qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
    return screen


def test_the_grid_opens_no_document_and_viewing_or_printing_does(
    qtbot: QtBot, window: MainWindow, printers: PdfPrinters
) -> None:
    screen = _open_vault(qtbot, window)
    documents = screen.documents
    qtbot.waitUntil(lambda: not documents.loading(), timeout=20000)
    # The demo papers were deposited without thumbnails: drawn once, in the background, and
    # stored; the photo, the identity card and the tax notice all show a picture.
    assert documents.model.rowCount() == 3 and documents.model.thumbnails_shown() == 3
    with window.ctx.transaction() as db:
        stored = db.scalar(
            select(func.count())
            .select_from(Document)
            .where(Document.thumbnail_ciphertext.is_not(None))
        )
    assert stored == 3
    assert _opened(window) == 0

    click(qtbot, window, "Fermer le coffre")
    screen = _open_vault_again(qtbot, window)
    qtbot.waitUntil(lambda: not screen.documents.loading(), timeout=20000)
    assert screen.documents.model.thumbnails_shown() == 3 and _opened(window) == 0

    click(qtbot, window, "Voir le document")
    qtbot.waitUntil(lambda: not screen.documents.opener.busy(), timeout=10000)
    assert _opened(window) == 1
    # The photo prints, like a PDF.
    photo = next(
        row
        for row, d in enumerate(screen.documents.model.documents)
        if d.metadata.media_type == "image/png"
    )
    screen.documents.grid.setCurrentIndex(screen.documents.model.index(photo))
    click(qtbot, window, "Imprimer le document")
    qtbot.waitUntil(lambda: not screen.documents.opener.busy(), timeout=10000)
    assert _opened(window) == 2
    assert len(printers.files) == 1 and printers.files[0].stat().st_size > 500

    # Deleting reads the grid again, and the sentence that says it stays.
    click(qtbot, window, "Supprimer le document")
    click(qtbot, window, "Oui, confirmer")
    qtbot.waitUntil(lambda: not screen.documents.loading(), timeout=20000)
    assert screen.documents.model.rowCount() == 2
    status = find(window, "Information sur les documents")
    assert isinstance(status, QLabel) and status.text() == "Document supprimé."
    assert _opened(window) == 2


def _open_vault_again(qtbot: QtBot, window: MainWindow) -> VaultScreen:
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)
    type_text(find(window, "Code de la carte du coffre"), demo_card_code("Dupré", "Éléonore"))
    for digit in DEMO_PIN:
        click(qtbot, window, f"Chiffre {digit}")
    click(qtbot, window, "Valider le code")
    qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
    return screen
