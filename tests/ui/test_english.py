"""The English interface shows no French: every screen the GUI tests reach is walked in English,
and every text a person can see or hear on it is checked (tests/ui/french.py).

Only proper names and what people typed stay as they are; both are listed below with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from aidant.domain.enums import EndReason
from aidant.mandates import mandates_of
from aidant.people import usagers
from aidant.setup.demo import DEMO_USAGERS
from aidant.setup.demo_vault import DEMO_PIN, demo_card_code
from tests.ui.french import french_words, plain, untranslated_sources, visible_texts
from tests.ui.walk import visit_all
from ui.main_window import MainWindow
from ui.workers import Runner

TS = Path(__file__).parents[2] / "ui" / "i18n" / "aidant_en.ts"

#: Proper names: they read the same in every language.
PROPER_NAMES = (
    "Aidant",
    "France Services",
    "France Travail",
    "Français",  # the language menu names each language in itself
    "CAF",
    "Ameli",
    "impots.gouv",
    "CNIL",
    # The demonstration site, its agents and its people (aidant/setup/demo*.py).
    "Espace France Services de démonstration",
    "Claire Martin (responsable)",
    "Samir Benali",
    *(f"{given} {family.upper()}" for family, given, *_ in DEMO_USAGERS),
    *(place for *_, place, _phone in DEMO_USAGERS),
    "Sylvie LEFÈVRE",
)

#: What people typed, shown back as typed (the demo site's agent wrote them in French).
TYPED_DATA = (
    "Demande d'aide au logement",  # actions recorded (demo_mandates.py)
    "Déclaration de revenus en ligne",
    "Commande de la carte Vitale",
    "Actualisation mensuelle",
    "À la demande de la personne",  # a revocation's reason
    "(fille)",  # a proche's relationship
    "Carte d'identité",  # titles of deposited papers (demo_vault.py)
    "Avis d'imposition 2025",
    "Attestation CAF (photo)",
)


def _usager_id(window: MainWindow, query: str) -> str:
    return usagers.search(window.ctx, query)[0].id


def _wait_idle(qtbot: QtBot, runner: Runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy(), timeout=30000)


def _usager_side(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """The screens of the usager's side and of finished tasks, after `visit_all`."""
    from ui.screens.vault import VaultScreen

    # A vault being created, then created (its card code shown).
    vault = window.router.go("vault", _usager_id(window, "girard noel"))
    assert isinstance(vault, VaultScreen)
    yield "vault-create"
    for _ in range(2):
        for digit in DEMO_PIN:
            vault.create_panel.keypad.press(digit)
        vault.create_panel.keypad.submitted.emit()
    _wait_idle(qtbot, vault.create_panel.runner)
    yield "vault-created"

    # The demo vault of Éléonore: a wrong PIN, then the right one, then a paper shown.
    vault = window.router.go("vault", _usager_id(window, "dupre eleonore"))
    assert isinstance(vault, VaultScreen)
    vault.locked.card_code.setText(demo_card_code("Dupré", "Éléonore"))
    for digit in "9999":
        vault.locked.keypad.press(digit)
    vault.locked.keypad.submitted.emit()
    _wait_idle(qtbot, vault.locked.runner)
    yield "vault-wrong-pin"
    vault.locked.card_code.setText(demo_card_code("Dupré", "Éléonore"))
    for digit in DEMO_PIN:
        vault.locked.keypad.press(digit)
    vault.locked.keypad.submitted.emit()
    qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=30000)
    qtbot.waitUntil(lambda: not vault.documents.loading(), timeout=30000)
    yield "vault-open"
    vault.documents.grid.setCurrentIndex(vault.documents.model.index(0))
    vault.documents.show_selected()
    qtbot.waitUntil(lambda: not vault.documents.opener.busy(), timeout=30000)
    yield "vault-document"
    vault.documents.export.click()
    yield "vault-export-question"
    vault.documents.confirm_no.click()
    vault.documents.delete.click()
    yield "vault-delete-question"
    vault.documents.confirm_no.click()
    vault.documents.access.click()
    vault.access.new_card.click()
    yield "vault-access"
    vault.access.remove_phrase.click()
    yield "vault-access-remove-question"
    vault.access.back.click()
    window.router.go("home")

    # An action for a person no mandate covers: nothing offered, and the screen says why.
    action: Any = window.router.go("action_new", _usager_id(window, "girard noel"))
    assert action.missing.isVisible()
    action.save.click()
    yield "action-nothing-covered"

    # A mandate through to its end: the person agrees.
    eleonore = _usager_id(window, "dupre eleonore")
    wizard: Any = window.router.go("mandate_wizard", eleonore)
    wizard.holder.site.click()
    next(c for c in wizard.demarche_cards.values() if c.isVisible()).click()
    next(iter(wizard.duration_buttons.values())).click()
    wizard.next.click()
    yield "mandate-consent"
    wizard.consent.understood.setChecked(True)
    wizard.consent.agree.click()
    assert wizard.pages.currentIndex() == 2, "the mandate was not recorded"
    yield "mandate-done"
    assert mandates_of(window.ctx, eleonore)
    window.router.go("usager_file", eleonore)
    yield "usager-file-after"

    # The manager's verdicts and figures.
    integrity: Any = window.router.go("manager_integrity")
    integrity.run_check()
    yield "integrity-verified"
    report: Any = window.router.go("manager_report")
    report.run()
    yield "report-computed"

    # The idle warning, then the login screen after an idle end.
    window._warn(30, False)
    yield "idle-warning"
    window._agent_session_ended(EndReason.IDLE)
    yield "login-after-idle"


def _walk(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    yield from visit_all(window)
    yield from _usager_side(qtbot, window)


def test_no_french_on_any_screen_in_english(qtbot: QtBot, english: MainWindow) -> None:
    allowed = (*PROPER_NAMES, *TYPED_DATA)
    untranslated = untranslated_sources(TS)
    found: dict[str, str] = {}
    visited = []
    for screen in _walk(qtbot, english):
        visited.append(screen)
        QApplication.processEvents()
        for where, text in visible_texts(english):
            words = french_words(text, allowed)
            shown = plain(text).strip()
            if not words and shown in untranslated and shown not in allowed:
                words = ["a French source of the .ts file, shown untranslated"]
            if words and text not in found:
                found[text] = f"[{screen}] {where} — {', '.join(words)}"
    assert set(english.router.names()) <= set(visited)
    report = "\n".join(f"{text!r}\n    {why}" for text, why in found.items())
    assert not found, f"French on English screens:\n{report}"


def test_the_detector_catches_a_french_label(qtbot: QtBot, english: MainWindow) -> None:
    label = QLabel("Fermer le coffre")
    current = english.router.current_name
    assert current is not None
    english.router.screen(current).layout().addWidget(label)  # type: ignore[union-attr]
    label.show()
    flagged = [text for _, text in visible_texts(english) if french_words(text)]
    assert "Fermer le coffre" in flagged
    assert french_words("Close the vault") == []
    assert french_words("Le coffre") == ["Le", "coffre"]
    assert french_words("Vault of Éléonore DUPRÉ", PROPER_NAMES) == []
    assert french_words("Opened on 14/05/2026 — « safe »") == ["« »"]
    assert french_words("The person's file: son, plus, non, on, as") == []
    assert french_words("Ouverture du coffre…") != []
    assert french_words("Santé") == ["Santé"]
    assert french_words("Read aloud : the file") == ["space before :"]
    assert french_words("Kévin BERNARD: until", PROPER_NAMES) == []
    assert french_words("Confirm ?") == ["space before ?"]
    assert "Retour" in untranslated_sources(TS)  # "Back" in English
    assert "Agent" not in untranslated_sources(TS)  # the same word in both
