"""Printing from memory: PDF pages rendered by QtPdf from a QBuffer, and photo scans (JPEG,
PNG) fitted to the page, straight to the printer.

Nothing is written to disk by Aidant. The print dialog has "print to file" switched off, and
printers that keep the document as a file (PDF, XPS, fax, a `FILE:` port…: `ui.printer_kind`,
by driver and port, not by name) are refused: both would leave a plaintext copy on a shared
PC. (The operating system's spooler may still keep jobs: the README says which settings to
check.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from aidant.domain.errors import Refused
from ui.printer_kind import PrinterPlumbing, writes_a_file
from ui.texts import PrintText

log = logging.getLogger(__name__)

#: Returns a printer chosen by the person (None when cancelled). Tests inject their own.
PrinterChooser = Callable[[QWidget], QPrinter | None]

PRINT_DPI = 200


class PrintRefused(Refused):
    """The document was not printed: a `PrintText` says why (shown with `error_text`)."""


def print_dialog(printer: QPrinter, parent: QWidget) -> QPrintDialog:
    """The system print dialog for `printer`, with "print to file" switched off."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setAccessibleName(parent.tr("Choisir l'imprimante"))
    return dialog


def choose_real_printer(parent: QWidget, system: PrinterPlumbing | None = None) -> QPrinter | None:
    """Ask for a printer; refuses printers that write a file (see `ui.printer_kind`)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if print_dialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return None
    if writes_a_file(printer, system):
        raise PrintRefused(PrintText.WRITES_A_FILE)
    return printer


def load_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QtPdf document read from memory (keep the buffer alive as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument() if parent is None else QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF `data` on `printer`; returns the number of pages."""
    document, buffer = load_pdf(data)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise PrintRefused(PrintText.UNREADABLE)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintRefused(PrintText.NO_ANSWER)
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                _paint_page(painter, printer, document, page)
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.close()
        buffer.close()


def print_image(data: bytes | memoryview, printer: QPrinter) -> int:
    """Print the photo `data` (JPEG, PNG...) on one page, fitted and upright; returns 1."""
    staging = QByteArray(bytes(data))
    image = QImage.fromData(staging)
    staging.fill(0)
    if image.isNull():
        raise PrintRefused(PrintText.UNREADABLE)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintRefused(PrintText.NO_ANSWER)
    try:
        area = painter.viewport()
        page_portrait = area.height() >= area.width()
        if (image.height() >= image.width()) != page_portrait:
            image = image.transformed(QTransform().rotate(90))
        scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(area.topLeft(), scaled), image)
    finally:
        painter.end()
    return 1


def print_document(data: bytes | memoryview, media_type: str, printer: QPrinter) -> int:
    """Print a vault document, PDF or photo; returns the number of pages."""
    if media_type == "application/pdf":
        return print_pdf(bytes(data), printer)
    return print_image(data, printer)


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    points = document.pagePointSize(page)
    size = QSize(int(points.width() * PRINT_DPI / 72), int(points.height() * PRINT_DPI / 72))
    rendered = document.render(page, size)
    # QtPdf renders on transparent pixels: put the page on white paper.
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    on_white = QPainter(image)
    on_white.drawImage(0, 0, rendered)
    on_white.end()
    area = painter.viewport()
    scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.drawImage(QRect(area.topLeft(), scaled), image)
