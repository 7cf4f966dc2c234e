"""Capturing paper pages for the vault: the desk scanner or the webcam, several pages making
one PDF, deposited without being written to disk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from aidant import scanning
from aidant.domain.errors import AidantError
from ui.camera import CameraCapture
from ui.shell import Shell
from ui.texts import error_text
from ui.widgets import big_button
from ui.workers import Runner


class CapturePanel(QWidget):
    #: Emitted with (the PDF bytes of the pages captured, their number) to deposit them.
    pdf_ready = Signal(bytes, int)

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.pages: list[bytes] = []
        self.runner: Runner[bytes] = Runner(
            self._page_added, lambda error: self._say(error_text(error)), self
        )
        self.camera = CameraCapture(self)
        self.scan = big_button(self.tr("&Numériser une page"), self.tr("Numériser une page"))
        self.photo = big_button(self.tr("&Photo (caméra)"), self.tr("Prendre une photo"))
        self.deposit = big_button(
            self.tr("Déposer les pa&ges (un PDF)"), self.tr("Déposer les pages en un seul PDF")
        )
        self.restart = big_button(self.tr("Recommencer"), self.tr("Oublier les pages prises"))
        self.preview = QVideoWidget()
        self.preview.setMinimumHeight(180)
        self.preview.hide()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Pages prises"))
        row = QHBoxLayout()
        row.addWidget(self.scan)
        row.addWidget(self.photo)
        row2 = QHBoxLayout()
        row2.addWidget(self.deposit)
        row2.addWidget(self.restart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addLayout(row2)
        self.scan.clicked.connect(self._scan)
        self.photo.clicked.connect(self._photo)
        self.deposit.clicked.connect(self._deposit)
        self.restart.clicked.connect(self.reset)
        self.camera.captured.connect(self._page_added)
        self.camera.failed.connect(self._say)
        self.reset()

    def reset(self) -> None:
        self.pages.clear()
        self.camera.stop()
        self.preview.hide()
        self._refresh()
        self.message.clear()

    def _refresh(self) -> None:
        self.deposit.setEnabled(bool(self.pages))
        self.restart.setEnabled(bool(self.pages))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _scan(self) -> None:
        backend = self._shell.scan_backend or scanning.default_backend()
        if backend is None:
            self._say(self.tr("Les scanners ne sont pas pris en charge sur ce système."))
            return
        if self.runner.busy():
            return

        def scan() -> bytes:
            devices = backend.devices()
            if not devices:
                raise scanning.ScannerError(scanning.ScanText.NO_SCANNER_CONNECTED)
            return backend.scan_page(devices[0])

        self._say(self.tr("Numérisation en cours…"))
        self.runner.start(scan)

    def _photo(self) -> None:
        if self.preview.isVisible():
            self.camera.take()
            return
        if not self.camera.start(self.preview):
            self._say(self.tr("Aucune caméra détectée sur cet ordinateur."))
            return
        self.preview.show()
        self.photo.setText(self.tr("&Prendre la photo"))
        self._say(self.tr("Placez la feuille devant la caméra, puis « Prendre la photo »."))

    def _page_added(self, page: bytes) -> None:
        self.pages.append(page)
        self._refresh()
        self._say(self.tr("{n} page(s) prête(s).").format(n=len(self.pages)))

    def _deposit(self) -> None:
        try:
            pdf = scanning.pages_to_pdf(self.pages)
        except AidantError as exc:
            self._say(error_text(exc))
            return
        count = len(self.pages)
        self.reset()
        self._say(self.tr("{n} page(s) assemblée(s) en un seul PDF.").format(n=count))
        self.pdf_ready.emit(pdf, count)
