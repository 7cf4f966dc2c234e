"""Printing leaves no file: no "print to file" in the dialog, PDF printers refused."""

from __future__ import annotations

from pathlib import Path

import pytest
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
