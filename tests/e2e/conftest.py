"""End-to-end fixtures: the real main window on a demonstration site, driven by accessible
names, with a printer that writes a PDF file in the test's folder (never in the app)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from aidant.setup.demo import ensure_demo_site
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS
from tests.ui.conftest import (  # noqa: F401 - the app's QApplication, no modal error box
    find,
    no_error_dialog,
    qapp_cls,
)
from ui.main_window import MainWindow


@pytest.fixture
def demo_site(tmp_path: Path) -> Iterator[SiteContext]:
    ctx = ensure_demo_site(DataPaths(tmp_path / "demo"), costs=TEST_COSTS)
    yield ctx
    ctx.close()


class PdfPrinters:
    """Printer chooser for tests: each print job goes to the next numbered PDF file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: list[Path] = []

    def __call__(self, parent: QWidget) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"print-{len(self.files) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.files.append(path)
        return printer


@pytest.fixture
def printers(tmp_path: Path) -> PdfPrinters:
    return PdfPrinters(tmp_path)


@pytest.fixture
def chosen(tmp_path: Path) -> dict[str, Path]:
    """What the injected file and folder choosers answer (set by each test)."""
    return {"file": tmp_path / "scan.pdf", "folder": tmp_path / "export"}


@pytest.fixture
def window(
    qtbot: QtBot, demo_site: SiteContext, printers: PdfPrinters, chosen: dict[str, Path]
) -> MainWindow:
    win = MainWindow(
        demo_site,
        printer_chooser=printers,
        file_chooser=lambda _parent: chosen["file"],
        folder_chooser=lambda _parent: chosen["folder"],
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (qtbot.keyClicks aborts on accented letters)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot: QtBot, root: QWidget, name: str) -> None:
    qtbot.mouseClick(find(root, name), Qt.MouseButton.LeftButton)
