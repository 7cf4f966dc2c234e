"""Printing leaves no file: no "print to file" in the dialog, and printers that keep a file
(PDF, XPS, fax drivers, file ports) refused by what they do, not by their name."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from aidant.pdf.document import sample_pdf
from ui import printing
from ui.printer_kind import Plumbing, PrinterFacts, WindowsSpooler, refuses
from ui.printing import print_dialog, print_pdf, writes_a_file


def test_the_print_dialog_cannot_print_to_a_file(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = print_dialog(QPrinter(), parent)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)


def test_pdf_output_counts_as_writing_a_file(tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    assert writes_a_file(printer)


def test_print_pdf_sends_every_page(tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    assert print_pdf(sample_pdf(), printer) == 1
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


class StandInSystem:
    """The spooler's answers for stand-in printers (as `GetPrinter` or `lpstat -v` gives them)."""

    def __init__(self, **printers: Plumbing) -> None:
        self.printers = printers

    def plumbing(self, printer_name: str) -> Plumbing | None:
        return self.printers.get(printer_name)


SPOOLER = StandInSystem(
    Accueil=Plumbing("Microsoft Print To PDF", "PORTPROMPT:"),
    Bureau=Plumbing("Microsoft XPS Document Writer v4", "USB001"),
    Secretariat=Plumbing("Microsoft Shared Fax Driver", "SHRFAX:"),
    Couloir=Plumbing("HP Universal Printing PCL 6", "FILE:"),
    Salle=Plumbing("Brother HL-L2350DW series", r"C:\Users\Public\sortie.prn"),
    Cups=Plumbing("", "cups-pdf:/"),
    Disque=Plumbing("", "file:///tmp/out.ps"),
    Vraie=Plumbing("Brother HL-L2350DW series", "WSD-6a8b0c1d-0e2f"),
    Reseau=Plumbing("", "ipp://192.168.1.20/ipp/print"),
)


def facts(name: str, **changes: object) -> PrinterFacts:
    values: dict[str, object] = {
        "name": name,
        "native": True,
        "output_file": "",
        "make_and_model": "",
    }
    values.update(changes)
    return PrinterFacts(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name", ["Accueil", "Bureau", "Secretariat", "Couloir", "Salle", "Cups", "Disque"]
)
def test_printers_that_keep_a_file_are_refused_whatever_their_name(name: str) -> None:
    """Renamed virtual printers, a fax, `FILE:` and path ports, CUPS file devices."""
    assert refuses(facts(name), SPOOLER)


@pytest.mark.parametrize("name", ["Vraie", "Reseau"])
def test_real_printers_pass(name: str) -> None:
    assert not refuses(facts(name), SPOOLER)


def test_what_qt_says_is_enough_to_refuse() -> None:
    assert refuses(facts("Vraie", native=False), SPOOLER)  # Qt renders a PDF itself
    assert refuses(facts("Vraie", output_file="/tmp/x.pdf"), SPOOLER)
    assert refuses(facts("Vraie", make_and_model="Generic CUPS-PDF Printer"), SPOOLER)
    assert refuses(facts("Fax"), SPOOLER)
    assert refuses(facts(""), SPOOLER)  # no printer at all
    assert refuses(facts("Inconnue"), SPOOLER)  # the system does not know it


def test_the_chooser_refuses_what_the_filter_refuses(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QPrintDialog.DialogCode.Accepted)
    monkeypatch.setattr(printing, "writes_a_file", lambda _printer, _system: True)
    with pytest.raises(printing.PrintRefused):
        printing.choose_real_printer(parent, SPOOLER)


def test_the_windows_spooler_is_read_through_pywin32(monkeypatch: pytest.MonkeyPatch) -> None:
    """pywin32 stood in for (Windows is not here): the level-2 record's driver and port."""
    closed: list[object] = []

    class SpoolerError(Exception):
        pass

    record = {"pDriverName": "Microsoft Print To PDF", "pPortName": "PORTPROMPT:"}

    def open_printer(name: str) -> str:
        if name != "Accueil":
            raise SpoolerError(name)
        return name

    spooler = types.SimpleNamespace(
        OpenPrinter=open_printer,
        GetPrinter=lambda _handle, _level: record,
        ClosePrinter=closed.append,
    )
    monkeypatch.setitem(sys.modules, "win32print", spooler)
    monkeypatch.setitem(sys.modules, "pywintypes", types.SimpleNamespace(error=SpoolerError))
    found = WindowsSpooler().plumbing("Accueil")
    assert found == Plumbing("Microsoft Print To PDF", "PORTPROMPT:") and closed == ["Accueil"]
    assert WindowsSpooler().plumbing("Inconnue") is None


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_photo_scans_print_like_pdfs(tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from aidant.setup.demo_vault import _fake_png
    from ui.printing import PrintRefused, print_document

    photo = QImage(300, 200, QImage.Format.Format_RGB32)  # landscape: turned to fit the page
    photo.fill(QColor("#1d3557"))
    jpeg = QByteArray()
    buffer = QBuffer(jpeg)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert photo.save(buffer, "JPEG")  # type: ignore[call-overload]
    buffer.close()
    for name, data, media_type in (
        ("png", _fake_png(), "image/png"),
        ("jpeg", bytes(jpeg.data()), "image/jpeg"),
        ("pdf", sample_pdf(), "application/pdf"),
    ):
        out = tmp_path / f"{name}.pdf"
        assert print_document(data, media_type, _pdf_printer(out)) == 1
        page = PdfReader(out).pages[0]
        assert page.images or name == "pdf", name  # the photo is on the printed page
    with pytest.raises(PrintRefused):
        print_document(b"\xff\xd8\xff not really", "image/jpeg", _pdf_printer(tmp_path / "x.pdf"))
