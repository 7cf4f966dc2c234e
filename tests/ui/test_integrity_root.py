"""The integrity screen checks the journal against the root fingerprint typed from paper."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from aidant.site.context import SiteContext
from aidant.site.identity import identity
from crypto.signing import fingerprint
from tests.ui.conftest import find
from tests.ui.walk import log_in_as_manager
from ui.main_window import MainWindow


def test_the_manager_types_the_root_fingerprint_from_paper(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    root = identity(demo_site).root_public_key
    assert root is not None
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    log_in_as_manager(window)
    window.router.go("manager_integrity")
    verdict = find(window, "Verdict")
    assert isinstance(verdict, QLabel)

    # A fingerprint that is not this site's root: the journal does not chain to the paper.
    other = "".join("0" if c != "0" else "1" for c in fingerprint(root))
    typed = find(window, "Empreinte de la clé racine")
    assert isinstance(typed, QLineEdit)
    typed.setText(other)
    find(window, "Vérifier le journal").click()  # type: ignore[attr-defined]
    assert verdict.text().startswith("✖")

    typed.setText(fingerprint(root))
    find(window, "Vérifier le journal").click()  # type: ignore[attr-defined]
    assert "Le journal est intact" in verdict.text()
