"""Printing leaves no file: no "print to file" in the dialog, PDF printers refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from aidant.pdf.document import sample_pdf
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
