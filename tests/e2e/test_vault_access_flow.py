"""Changing how a vault opens, in the desktop app, through accessible names: a new PIN on the
same card, a new card (the old one stops working), a passphrase set then removed, and opening
with the recovery sheet, typed or read from its QR; each change journalled."""

from __future__ import annotations

import json
import re

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import crypto
from aidant import vault
from aidant.pdf.vault_forms import render_vault_recovery_sheet
from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.setup.demo_vault import DEMO_PIN, demo_card_code
from aidant.storage.models import JournalEntry
from tests.e2e.conftest import PdfPrinters, click, type_text
from tests.ui.conftest import find
from tests.ui.test_card_qr import _first_page
from ui.main_window import MainWindow
from ui.screens.vault import VaultScreen

NEW_PIN = "8316"
CARD = demo_card_code("Dupré", "Éléonore")


def _label(window: MainWindow, name: str) -> str:
    widget = find(window, name)
    assert isinstance(widget, QLabel)
    return widget.text()


def _pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    for digit in pin:
        click(qtbot, window, f"Chiffre {digit}")
    click(qtbot, window, "Valider le code")


def _slot_changes(window: MainWindow) -> list[str]:
    with window.ctx.transaction() as db:
        rows = db.scalars(select(JournalEntry).where(JournalEntry.kind == "vault_slot_changed"))
        return [json.loads(r.data)["action"] for r in rows]


def _unlocks(window: MainWindow) -> list[str]:
    with window.ctx.transaction() as db:
        rows = db.scalars(select(JournalEntry).where(JournalEntry.kind == "vault_unlocked"))
        return [json.loads(r.data)["method"] for r in rows]


def _login_and_open(qtbot: QtBot, window: MainWindow, pin: str, card: str = CARD) -> VaultScreen:
    if window.router.current_name == "login":
        type_text(find(window, "Identifiant"), AGENT.login)
        type_text(find(window, "Mot de passe"), AGENT.password)
        click(qtbot, window, "Se connecter")
    person = usagers.search(window.ctx, "eleonore")[0]
    window.router.go("vault", person.id)
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)
    type_text(find(window, "Code de la carte du coffre"), card)
    _pin(qtbot, window, pin)
    qtbot.waitUntil(lambda: not screen.locked.runner.busy(), timeout=20000)
    return screen


def test_new_pin_new_card_and_passphrase_from_the_open_vault(
    qtbot: QtBot, window: MainWindow, printers: PdfPrinters
) -> None:
    screen = _login_and_open(qtbot, window, DEMO_PIN)
    assert window.shell.vault.current is not None
    click(qtbot, window, "Changer la carte, le code ou la phrase")
    info = "Information sur l'accès au coffre"

    click(qtbot, window, "Changer le code personnel")
    _pin(qtbot, window, NEW_PIN)
    _pin(qtbot, window, "4826")  # not the same: said, and asked again
    assert "pas les mêmes" in _label(window, "Erreur de l'accès au coffre")
    _pin(qtbot, window, NEW_PIN)
    _pin(qtbot, window, NEW_PIN)
    qtbot.waitUntil(lambda: not screen.access.runner.busy(), timeout=20000)
    assert _label(window, info) == "Le code personnel est changé."
    assert _slot_changes(window) == ["pin_changed"]

    click(qtbot, window, "Faire une nouvelle carte")
    _pin(qtbot, window, DEMO_PIN)
    _pin(qtbot, window, DEMO_PIN)
    qtbot.waitUntil(lambda: not screen.access.runner.busy(), timeout=20000)
    match = re.search(r"Code de la carte : (\S+)", _label(window, info))
    assert match, _label(window, info)
    new_card = match.group(1)
    click(qtbot, window, "Imprimer la nouvelle carte")
    assert len(printers.files) == 1 and printers.files[0].stat().st_size > 1000
    assert _slot_changes(window) == ["pin_changed", "new_card"]

    type_text(find(window, "Nouvelle phrase secrète"), "cheval turquoise lampe 1987 Argenton")
    type_text(
        find(window, "Nouvelle phrase secrète, encore"), "cheval turquoise lampe 1987 Argenton"
    )
    click(qtbot, window, "Enregistrer la phrase secrète")
    qtbot.waitUntil(lambda: not screen.access.runner.busy(), timeout=20000)
    assert _label(window, info) == "La phrase secrète est enregistrée."
    click(qtbot, window, "Retirer la phrase secrète")
    click(qtbot, window, "Oui, retirer la phrase secrète")
    qtbot.waitUntil(lambda: not screen.access.runner.busy(), timeout=20000)
    assert _label(window, info) == "La phrase secrète est retirée."
    assert _slot_changes(window) == ["pin_changed", "new_card", "passphrase_set", "removed"]

    click(qtbot, window, "Retour aux documents")
    click(qtbot, window, "Fermer le coffre")
    # The old card no longer opens the vault; the new one does, with the PIN chosen with it.
    _login_and_open(qtbot, window, DEMO_PIN, CARD)
    assert window.shell.vault.current is None
    assert find(window, "Erreur du coffre").isVisible()
    _login_and_open(qtbot, window, DEMO_PIN, new_card)
    assert window.shell.vault.current is not None


def test_open_with_the_recovery_sheet_typed_or_through_the_webcam(
    qtbot: QtBot, window: MainWindow
) -> None:
    person = usagers.register(window.ctx, _agent(window), "Secours", "Rose")
    with crypto.SecretBuffer.from_text("4826") as pin:
        created = vault.create_vault(window.ctx, _agent(window), person.id, pin)
    key = created.recovery_identity.decode()
    sheet = render_vault_recovery_sheet(
        "Rose SECOURS", created.vault_id, created.recovery_identity, window.ctx.clock.now()
    )
    created.wipe()
    type_text(find(window, "Identifiant"), AGENT.login)
    type_text(find(window, "Mot de passe"), AGENT.password)
    click(qtbot, window, "Se connecter")
    window.router.go("vault", person.id)
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)
    tabs = find(window, "Façon d'ouvrir le coffre")
    assert isinstance(tabs, QTabWidget)
    tabs.setCurrentIndex(2)

    type_text(find(window, "Clé de la feuille de secours"), key.lower())
    click(qtbot, window, "Ouvrir avec la feuille de secours")
    qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
    assert screen.locked.recovery.text() == ""  # the typed key is not kept
    click(qtbot, window, "Fermer le coffre")
    assert window.shell.vault.current is None

    # The webcam's photo of the printed sheet: its QR opens the vault, the key never shown.
    tabs.setCurrentIndex(2)
    blank = QImage(400, 400, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    assert not screen.locked.recovery_from_image(blank)
    assert "n'a pas été lu" in _label(window, "Erreur du coffre")
    assert screen.locked.recovery_from_image(_first_page(sheet))
    qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
    assert _unlocks(window)[-2:] == ["recovery", "recovery"]


def _agent(window: MainWindow):  # type: ignore[no-untyped-def]
    from aidant.agents import accounts

    return accounts.login_with_password(window.ctx, AGENT.login, AGENT.password)
