"""The room each vault may take: set by the manager on the site's settings screen, shown on
the open vault, and a deposit that would pass it refused in one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from aidant.people import usagers
from aidant.setup.demo import AGENT, MANAGER
from aidant.site.policy import policy
from tests.e2e.conftest import click, type_text
from tests.ui.conftest import find
from ui.main_window import MainWindow
from ui.screens.vault import VaultScreen


def _login(qtbot: QtBot, window: MainWindow, who: object) -> None:
    type_text(find(window, "Identifiant"), who.login)  # type: ignore[attr-defined]
    type_text(find(window, "Mot de passe"), who.password)  # type: ignore[attr-defined]
    click(qtbot, window, "Se connecter")


def test_manager_sets_the_quota_and_a_deposit_past_it_is_refused(
    qtbot: QtBot, window: MainWindow, chosen: dict[str, Path]
) -> None:
    _login(qtbot, window, MANAGER)
    window.router.go("manager_policy")
    spin = find(window, "Place par coffre (Mo)")
    assert isinstance(spin, QSpinBox) and spin.value() == 600
    spin.setValue(1)
    click(qtbot, window, "Enregistrer les réglages")
    assert policy(window.ctx).vault_quota_mb == 1
    click(qtbot, window, "Se déconnecter")

    _login(qtbot, window, AGENT)
    window.router.go("vault", usagers.search(window.ctx, "eleonore")[0].id)
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)
    chosen["file"].write_bytes(b"%PDF-1.4\n" + bytes(2_000_000))
    type_text(find(window, "Titre du document"), "Relevé")
    click(qtbot, window, "Déposer un fichier")
    qtbot.waitUntil(lambda: not screen.locked.depositor.busy(), timeout=10000)
    error = find(window, "Erreur du coffre")
    assert isinstance(error, QLabel)
    assert error.text() == (
        "Ce document (2 Mo) ne tient plus dans le coffre : 1 Mo sont déjà utilisés sur les "
        "1 Mo permis ; supprimez des documents ou demandez au responsable du site."
    )


def test_manager_sets_the_failures_after_which_only_the_recovery_sheet_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    _login(qtbot, window, MANAGER)
    window.router.go("manager_policy")
    spin = find(window, "Essais manqués avant la feuille de secours")
    assert isinstance(spin, QSpinBox) and spin.value() == policy(window.ctx).vault_max_failures
    spin.setValue(8)
    click(qtbot, window, "Enregistrer les réglages")
    assert policy(window.ctx).vault_max_failures == 8
