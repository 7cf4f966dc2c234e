"""The technical log holds no personal data: a whole day's work through the window, with canary
names, a canary proche, a canary document title, typed notes and reasons, wrong secrets and a
session-end wipe, then every log record of every level (from DEBUG up, every logger of the
application, third-party ones at the level they run at) and the log file are searched for the
canaries. The application logs to the error stream; a file handler with its format stands for
the file a site gets by redirecting it."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QTreeWidget
from pytestqt.qtbot import QtBot

from aidant.administration.policy import change_policy
from aidant.pdf.document import sample_pdf
from aidant.setup.demo import AGENT, MANAGER
from aidant.site.context import SiteContext
from tests.e2e.conftest import PdfPrinters, click, type_text
from tests.ui.conftest import find
from ui.main_window import MainWindow
from ui.screens.vault import VaultScreen

CANARIES = {
    "family": "Zorglubéa",
    "given": "Quetzalia",
    "place": "Canariville",
    "proche_family": "Xanthorina",
    "proche_given": "Ophéliane",
    "relationship": "Cousinolette",
    "title": "Titre-canari-Wxq",
    "note": "Note-canari-Pzv",
    "reason": "Raison-canari-Klm",
    "file": "fichier-canari-Tyu.pdf",
}
PIN = "7294"


class Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # The formatted line (with any traceback), and the raw arguments whatever the format.
        self.lines.append(self.format(record))
        self.lines.append(repr(record.args))
        self.lines.append(repr(record.__dict__.get("extra", "")))


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[tuple[Everything, Path]]:
    root = logging.getLogger()
    handler = Everything()
    log_file = tmp_path / "aidant.log"
    to_file = logging.FileHandler(log_file, encoding="utf-8")
    to_file.setFormatter(handler.formatter)
    to_file.setLevel(logging.DEBUG)
    ours = [
        logging.getLogger(name)
        for name in list(logging.root.manager.loggerDict)
        if name.split(".")[0] in {"aidant", "ui", "crypto"}
    ]
    before = {logger.name: logger.level for logger in [root, *ours]}
    for logger in [root, *ours]:
        logger.setLevel(logging.DEBUG)
    root.addHandler(handler)
    root.addHandler(to_file)
    try:
        yield handler, log_file
    finally:
        root.removeHandler(handler)
        root.removeHandler(to_file)
        to_file.close()
        for logger in [root, *ours]:
            logger.setLevel(before[logger.name])


def _log_in(qtbot: QtBot, window: MainWindow, who: object) -> None:
    type_text(find(window, "Identifiant"), who.login)  # type: ignore[attr-defined]
    type_text(find(window, "Mot de passe"), who.password)  # type: ignore[attr-defined]
    click(qtbot, window, "Se connecter")


def _pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    for digit in pin:
        click(qtbot, window, f"Chiffre {digit}")
    click(qtbot, window, "Valider le code")


def test_a_days_work_leaves_no_personal_data_in_the_log(
    qtbot: QtBot,
    window: MainWindow,
    demo_site: SiteContext,
    printers: PdfPrinters,
    chosen: dict[str, Path],
    logs: tuple[Everything, Path],
    tmp_path: Path,
) -> None:
    handler, log_file = logs
    c = CANARIES
    # A wipe root holding a canary-named file: the session end empties it.
    downloads = tmp_path / "Telechargements"
    downloads.mkdir()
    (downloads / c["file"]).write_bytes(b"x")
    _log_in(qtbot, window, MANAGER)
    change_policy(demo_site, window.shell.require_actor(), {"wipe_roots": [str(downloads)]})
    click(qtbot, window, "Se déconnecter")

    _log_in(qtbot, window, AGENT)
    click(qtbot, window, "Enregistrer un nouvel usager")
    type_text(find(window, "Nom de famille"), c["family"])
    type_text(find(window, "Prénoms"), c["given"])
    type_text(find(window, "Date de naissance"), "02/03/1950")
    type_text(find(window, "Lieu de naissance"), c["place"])
    click(qtbot, window, "Enregistrer l'usager")
    assert window.router.current_name == "usager_file"

    # A refused action, a mandate to a canary proche, a recorded action, a revocation.
    click(qtbot, window, "Enregistrer une action")
    click(qtbot, window, "Annuler")
    click(qtbot, window, "Nouveau mandat")
    click(qtbot, window, "Mandat à un proche")
    type_text(find(window, "Nom du nouveau proche"), c["proche_family"])
    type_text(find(window, "Prénom du nouveau proche"), c["proche_given"])
    type_text(find(window, "Lien avec la personne"), c["relationship"])
    click(qtbot, window, "Enregistrer ce proche")
    click(qtbot, window, "Logement")
    click(qtbot, window, "Un an (365 jours)")
    click(qtbot, window, "Étape suivante")
    click(qtbot, window, "Points lus et compris")
    click(qtbot, window, "La personne est d'accord")
    click(qtbot, window, "Imprimer le mandat à signer")
    click(qtbot, window, "Retour au dossier")
    click(qtbot, window, "Enregistrer une action")
    holder = find(window, "Qui agit")
    assert isinstance(holder, QComboBox) and holder.count() == 2
    holder.setCurrentIndex(1)  # the canary proche, in front of an agent
    click(qtbot, window, "Logement")
    type_text(find(window, "Ce qui a été fait"), c["note"])
    click(qtbot, window, "Enregistrer l'action")
    assert window.router.current_name == "usager_file"
    tree = find(window, "Mandats de la personne")
    assert isinstance(tree, QTreeWidget)
    tree.setCurrentItem(tree.topLevelItem(0))
    type_text(find(window, "Raison de la révocation"), c["reason"])
    click(qtbot, window, "Révoquer la sélection")
    click(qtbot, window, "Oui, révoquer")

    # The vault: made, a canary-titled deposit, a wrong PIN, opened, shown, printed, closed.
    chosen["file"].write_bytes(sample_pdf())
    click(qtbot, window, "Ouvrir le coffre")
    screen = window.router.screen("vault")
    assert isinstance(screen, VaultScreen)
    _pin(qtbot, window, PIN)
    _pin(qtbot, window, PIN)
    qtbot.waitUntil(lambda: not screen.create_panel.runner.busy(), timeout=20000)
    shown = find(window, "Information sur le coffre")
    assert isinstance(shown, QLabel)
    found = re.search(r"Code de la carte : (\S+)", shown.text())
    assert found, shown.text()
    card_code = found.group(1)
    click(qtbot, window, "Imprimer la carte du coffre")
    click(qtbot, window, "Terminer la création du coffre")
    type_text(find(window, "Titre du document"), c["title"])
    click(qtbot, window, "Déposer un fichier")
    qtbot.waitUntil(lambda: not screen.locked.depositor.busy(), timeout=10000)
    type_text(find(window, "Code de la carte du coffre"), card_code)
    _pin(qtbot, window, "9090")
    qtbot.waitUntil(lambda: not screen.locked.runner.busy(), timeout=20000)
    _pin(qtbot, window, PIN)
    qtbot.waitUntil(lambda: window.shell.vault.current is not None, timeout=20000)
    click(qtbot, window, "Voir le document")
    click(qtbot, window, "Imprimer le document")
    click(qtbot, window, "Fermer le coffre")
    click(qtbot, window, "Se déconnecter")
    assert not (downloads / c["file"]).exists()  # the wipe ran

    records = "\n".join(handler.lines)
    assert "wipe" in records or "session" in records  # the log did record the day
    written = log_file.read_text("utf-8")
    for what, canary in c.items():
        for where, text in (("records", records), ("file", written)):
            assert canary not in text, f"{what} ({canary}) in the log {where}"
            assert canary.casefold() not in text.casefold(), f"{what} folded in the log {where}"
    assert card_code not in records + written and PIN not in written
