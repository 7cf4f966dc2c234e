"""GUI test fixtures: the app's own QApplication subclass, screenshots folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from aidant.setup.demo import ensure_demo_site
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS
from ui.app import AidantApplication

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Screenshots of the main screens land here (named in the README); CI keeps them as artefacts.
SCREENSHOTS = Path(os.environ.get("AIDANT_SCREENSHOTS", Path(__file__).parents[2] / "screenshots"))


@pytest.fixture(scope="session")
def qapp_cls() -> type[AidantApplication]:
    return AidantApplication


@pytest.fixture(autouse=True)
def no_error_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a slot fails the test (through pytest-qt) instead of opening a modal box."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)


@pytest.fixture(autouse=True)
def workstation_settings(tmp_path: Path) -> Path:
    """Display preferences saved by a test land in its own folder, never in the real one."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def demo_site(tmp_path: Path) -> Iterator[SiteContext]:
    ctx = ensure_demo_site(DataPaths(tmp_path / "demo"), costs=TEST_COSTS)
    yield ctx
    ctx.close()


def find(root: QWidget, name: str) -> QWidget:
    """The one visible widget under `root` whose accessible name is `name` (as a screen reader
    would find it); fails clearly when there are none or several."""
    matches = [
        w for w in root.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()
    ]
    assert len(matches) == 1, f"{len(matches)} visible widgets named {name!r}"
    return matches[0]


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def english(qtbot: QtBot, demo_site: SiteContext, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the demo site, in English (French again afterwards)."""
    from ui import translation
    from ui.main_window import MainWindow

    window = MainWindow(demo_site, folder_chooser=lambda _parent: tmp_path)
    qtbot.addWidget(window)
    window.show()
    window.language.setCurrentIndex(list(translation.LANGUAGES).index("en"))
    assert translation.current() == "en"
    try:
        yield window
    finally:
        app = QApplication.instance()
        assert app is not None
        translation.install(app, "fr")
