"""Every focusable control of every screen has an accessible name; display modes apply."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aidant.site.context import SiteContext
from tests.ui.conftest import screenshot
from tests.ui.walk import unnamed_focusable, visit_all
from ui.appearance import BASE_POINT_SIZE, LARGE_POINT_SIZE
from ui.main_window import MainWindow


def test_every_focusable_widget_of_every_screen_has_a_name(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    visited = []
    for name in visit_all(window):
        visited.append(name)
        missing = unnamed_focusable(window)
        assert not missing, f"screen {name}: {missing}"
    assert set(window.router.names()) <= set(visited)


@pytest.mark.parametrize("mode", ["normal", "contraste"])
def test_screenshots_of_each_screen(qtbot: QtBot, demo_site: SiteContext, mode: str) -> None:
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if mode == "contraste":
        window.contrast.click()
        assert window.shell.appearance.prefs.high_contrast
        assert QApplication.palette().window().color().name() == "#000000"
    for name in visit_all(window):
        screenshot(window, f"{name}-{mode}")
    window.contrast.setChecked(False)


def test_large_text_changes_the_font_everywhere(qtbot: QtBot, demo_site: SiteContext) -> None:
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    assert QApplication.font().pointSize() == BASE_POINT_SIZE
    window.large_text.click()
    assert QApplication.font().pointSize() == LARGE_POINT_SIZE
    assert window.login.login_edit.font().pointSize() == LARGE_POINT_SIZE
    QApplication.processEvents()  # layouts make room on the next turn of the event loop
    screenshot(window, "login-grand-texte")
    for name in visit_all(window):
        if name in {"home", "usager_file", "vault"}:
            QApplication.processEvents()
            screenshot(window, f"{name}-grand-texte")
    window.router.go("home")
    window.large_text.click()
    assert QApplication.font().pointSize() == BASE_POINT_SIZE


def test_manager_checks_the_journal_and_sees_a_clear_verdict(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    from PySide6.QtWidgets import QLabel, QTableWidget

    from tests.ui.conftest import find
    from tests.ui.walk import log_in_as_manager

    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    log_in_as_manager(window)
    window.router.go("manager_integrity")
    find(window, "Vérifier le journal").click()  # type: ignore[attr-defined]
    verdict = find(window, "Verdict")
    assert isinstance(verdict, QLabel) and "Le journal est intact" in verdict.text()
    window.router.go("manager_audit")
    table = find(window, "Entrées du journal")
    assert isinstance(table, QTableWidget) and table.rowCount() > 10
    window.router.go("manager_report")
    figures = find(window, "Chiffres de la période")
    assert isinstance(figures, QLabel) and "usager(s) aidé(s)" in figures.text()


def test_keyboard_shortcuts_do_not_clash_on_any_screen(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    from tests.ui.walk import mnemonic_clashes

    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    clashes = {name: mnemonic_clashes(window) for name in visit_all(window)}
    found = {k: v for k, v in clashes.items() if v}
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())
