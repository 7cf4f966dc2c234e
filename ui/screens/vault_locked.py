"""A closed vault: the usager opens it (card code + PIN keypad, passphrase, or the recovery
sheet typed or read through the webcam), and the agent can deposit a document from a file
without being able to read it back."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import crypto
from aidant import vault
from aidant.domain.errors import AidantError
from aidant.domain.ids import DocumentId, UsagerId
from aidant.vault import Category, OpenVault, category_text
from aidant.vault.metadata import sniff_media_type
from ui import memory_docs
from ui.camera import CameraCapture
from ui.keypad import PinKeypad
from ui.qr import read_card_code, read_recovery_key
from ui.screens.vault_capture import CapturePanel
from ui.shell import Shell
from ui.texts import text
from ui.widgets import MessageLines, big_button, error_label, field, status_label
from ui.workers import Runner

#: Bigger files are not read whole a second time to draw their thumbnail at deposit.
THUMBNAIL_SOURCE_MAX = 64 * 1024 * 1024


def _wrapped(text: str) -> QLabel:
    """An instruction over a tab's field: wrapped, so that in large text the open-the-vault
    column does not push the deposit column past a 1366 px screen."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def thumbnail_for(source: Path | io.BytesIO) -> bytes | None:
    """A small JPEG of the first page of what is being deposited (None: cannot be drawn)."""
    try:
        if isinstance(source, Path) and source.stat().st_size > THUMBNAIL_SOURCE_MAX:
            return None  # drawn later, once, when the vault is next opened
        data = source.read_bytes() if isinstance(source, Path) else source.getvalue()
    except OSError:
        return None  # the deposit itself says why the file cannot be read
    picture = memory_docs.thumbnail_jpeg(data, sniff_media_type(data[:16]))
    if picture is None or len(picture) > vault.MAX_THUMBNAIL_BYTES:
        return None
    return picture


class LockedPanel(QWidget, MessageLines):
    # unlocked: the usager has just opened their vault; payload: the OpenVault (for its owner)
    unlocked = Signal(OpenVault)

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager_id = UsagerId("")
        self.runner: Runner[OpenVault] = Runner(self._opened, self._failed, self)
        # Deposits run in their own worker: a big scan must not freeze the idle countdown.
        self.depositor: Runner[DocumentId] = Runner(self._deposited, self.show_error, self)
        self.card_code = field(self.tr("Code de la carte du coffre"), "XXXX-XXXX-…")
        self.keypad = PinKeypad(self.tr("Clavier du code personnel"))
        self.keypad.connect_buttons()
        self.passphrase = field(self.tr("Phrase secrète du coffre"), secret=True)
        self.open_phrase = big_button(
            self.tr("&Ouvrir avec la phrase"), self.tr("Ouvrir avec la phrase secrète"), "coffre"
        )
        card_tab = QWidget()
        card_layout = QVBoxLayout(card_tab)
        card_layout.addWidget(
            _wrapped(self.tr("1. Tapez le code imprimé sur la carte du coffre :"))
        )
        card_layout.addWidget(self.card_code)
        self.read_card = big_button(
            self.tr("Lire la carte avec la &caméra"), self.tr("Lire la carte avec la caméra")
        )
        self.card_preview = QVideoWidget()
        self.card_preview.setMinimumHeight(160)
        self.card_preview.hide()
        self.camera = CameraCapture(self)
        card_layout.addWidget(self.read_card)
        card_layout.addWidget(self.card_preview)
        card_layout.addWidget(_wrapped(self.tr("2. La personne tape son code, puis Valider :")))
        card_layout.addWidget(self.keypad)
        phrase_tab = QWidget()
        phrase_layout = QVBoxLayout(phrase_tab)
        phrase_layout.addWidget(_wrapped(self.tr("La personne tape sa phrase secrète :")))
        phrase_layout.addWidget(self.passphrase)
        phrase_layout.addWidget(self.open_phrase)
        phrase_layout.addStretch(1)
        self.recovery = field(
            self.tr("Clé de la feuille de secours"), "AGE-SECRET-KEY-1…", secret=True
        )
        self.read_sheet = big_button(
            self.tr("Lire la feuille avec la ca&méra"),
            self.tr("Lire la feuille de secours avec la caméra"),
        )
        self.open_recovery = big_button(
            self.tr("Ouvrir avec la &feuille"),
            self.tr("Ouvrir avec la feuille de secours"),
            "coffre",
        )
        self.sheet_preview = QVideoWidget()
        self.sheet_preview.setMinimumHeight(160)
        self.sheet_preview.hide()
        recovery_tab = QWidget()
        recovery_layout = QVBoxLayout(recovery_tab)
        recovery_layout.addWidget(
            _wrapped(self.tr("Tapez la clé imprimée sur la feuille de secours, ou lisez son QR :"))
        )
        recovery_layout.addWidget(self.recovery)
        recovery_layout.addWidget(self.read_sheet)
        recovery_layout.addWidget(self.sheet_preview)
        recovery_layout.addWidget(self.open_recovery)
        recovery_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Façon d'ouvrir le coffre"))
        # The three ways always in full (scroll arrows would hide one).
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(card_tab, self.tr("Carte et code"))
        self.tabs.addTab(phrase_tab, self.tr("Phrase secrète"))
        self.tabs.addTab(recovery_tab, self.tr("Feuille de secours"))

        self.title = field(self.tr("Titre du document"), self.tr("ex. : avis d'imposition 2025"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Sorte de papier"))
        self.category.setMinimumHeight(40)
        for category in Category:
            self.category.addItem(text(category_text(category)), category)
        self.expires = field(self.tr("Date de fin de validité"), self.tr("jj/mm/aaaa (facultatif)"))
        self.deposit = big_button(
            self.tr("Choisir un &fichier et déposer"), self.tr("Déposer un fichier"), "ajouter"
        )
        form = QFormLayout()
        form.addRow(self.tr("&Titre"), self.title)
        form.addRow(self.tr("S&orte"), self.category)
        form.addRow(self.tr("Valable &jusqu'au"), self.expires)
        deposit_box = QVBoxLayout()
        deposit_box.addWidget(QLabel("<h2>" + self.tr("Déposer un document") + "</h2>"))
        note = QLabel(
            self.tr(
                "Vous pouvez déposer sans ouvrir le coffre : le document est chiffré pour la "
                "personne, et vous ne pourrez pas le relire."
            )
        )
        note.setWordWrap(True)
        deposit_box.addWidget(note)
        deposit_box.addLayout(form)
        deposit_box.addWidget(self.deposit)
        self.capture = CapturePanel(shell)
        deposit_box.addWidget(self.capture)
        deposit_box.addStretch(1)

        status = status_label(self.tr("Information sur le coffre"))
        self.init_messages(error_label(self.tr("Erreur du coffre")), status)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel("<h2>" + self.tr("Ouvrir le coffre") + "</h2>"))
        left.addWidget(self.tabs)
        columns.addLayout(left, 1)
        columns.addLayout(deposit_box, 1)
        # On a 1366x768 screen (large text above all) the two columns scroll; the messages
        # below them stay in view.
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Ouvrir le coffre ou déposer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(status)
        self.keypad.submitted.connect(self._open_with_card)
        self.read_card.clicked.connect(self._read_card)
        self.camera.captured.connect(self._card_photo)
        self.camera.failed.connect(self.show_error_text)
        self.card_code.returnPressed.connect(self.keypad.setFocus)
        self.read_sheet.clicked.connect(self._read_sheet)
        self.open_recovery.clicked.connect(self._open_with_typed_recovery)
        self.recovery.returnPressed.connect(self._open_with_typed_recovery)
        self.open_phrase.clicked.connect(self._open_with_phrase)
        self.passphrase.returnPressed.connect(self._open_with_phrase)
        self.deposit.clicked.connect(self._deposit)
        self.capture.pdf_ready.connect(self._deposit_pages)

    def start(self, usager_id: UsagerId) -> None:
        self.usager_id = usager_id
        self.card_code.clear()
        self.keypad.clear()
        self.passphrase.clear()
        self.recovery.clear()
        self.clear_messages()
        self.camera.stop()
        self.card_preview.hide()
        self.sheet_preview.hide()
        self.card_code.setFocus()

    def _read_card(self) -> None:
        if self.card_preview.isVisible():
            self.camera.take()
            return
        if not self.camera.start(self.card_preview):
            self.show_error_text(
                self.tr("Aucune caméra détectée : tapez le code imprimé sur la carte.")
            )
            return
        self.card_preview.show()
        self.read_card.setText(self.tr("&Prendre la photo de la carte"))

    def _card_photo(self, png: bytes) -> None:
        if self.sheet_preview.isVisible():
            self.recovery_from_image(QImage.fromData(png))
        else:
            self.card_code_from_image(QImage.fromData(png))

    def _read_sheet(self) -> None:
        if self.sheet_preview.isVisible():
            self.camera.take()
            return
        if not self.camera.start(self.sheet_preview):
            self.show_error_text(
                self.tr("Aucune caméra détectée : tapez la clé imprimée sur la feuille.")
            )
            return
        self.sheet_preview.show()
        self.read_sheet.setText(self.tr("&Prendre la photo de la feuille"))

    def recovery_from_image(self, image: QImage) -> bool:
        """Open the vault with the key in the recovery sheet's QR of `image` (never shown);
        False (and a sentence) when there is none."""
        key = read_recovery_key(image)
        if key is None:
            self.show_error_text(
                self.tr("Le QR de la feuille de secours n'a pas été lu : approchez la feuille.")
            )
            return False
        self.camera.stop()
        self.sheet_preview.hide()
        self.read_sheet.setText(self.tr("Lire la feuille avec la ca&méra"))
        self._open_with_recovery(key)
        return True

    def _open_with_typed_recovery(self) -> None:
        if self.runner.busy():
            return
        key = crypto.SecretBuffer.from_text(self.recovery.text())
        self.recovery.clear()
        self._open_with_recovery(key)

    def _open_with_recovery(self, key: crypto.SecretBuffer) -> None:
        if self.runner.busy():
            key.zero()
            return
        ctx, actor, usager_id = self._shell.ctx, self._shell.require_actor(), self.usager_id

        def unlock() -> OpenVault:
            try:
                return vault.unlock_with_recovery(ctx, actor, usager_id, key)
            finally:
                key.zero()

        self._run(unlock)

    def card_code_from_image(self, image: QImage) -> bool:
        """Fill the card code from the QR of `image`; False (and a sentence) if none."""
        code = read_card_code(image)
        if code is None:
            self.show_error_text(
                self.tr("Le code de la carte n'a pas été lu : approchez la carte.")
            )
            return False
        self.camera.stop()
        self.card_preview.hide()
        self.read_card.setText(self.tr("Lire la carte avec la &caméra"))
        self.clear_messages()
        self.card_code.setText(code)
        self.keypad.setFocus()
        return True

    def _open_with_card(self) -> None:
        if self.runner.busy():
            return
        code, pin = self.card_code.text(), self.keypad.take()
        ctx, actor, usager_id = self._shell.ctx, self._shell.require_actor(), self.usager_id

        def unlock() -> OpenVault:
            try:
                return vault.unlock_with_card(ctx, actor, usager_id, code, pin)
            finally:
                pin.zero()

        self._run(unlock)

    def _open_with_phrase(self) -> None:
        if self.runner.busy():
            return
        phrase = crypto.SecretBuffer.from_text(self.passphrase.text())
        self.passphrase.clear()
        ctx, actor, usager_id = self._shell.ctx, self._shell.require_actor(), self.usager_id

        def unlock() -> OpenVault:
            try:
                return vault.unlock_with_passphrase(ctx, actor, usager_id, phrase)
            finally:
                phrase.zero()

        self._run(unlock)

    def _run(self, unlock: Callable[[], OpenVault]) -> None:
        self.show_status(self.tr("Ouverture du coffre…"))
        self.runner.start(unlock)

    def _opened(self, opened: OpenVault) -> None:
        self.clear_messages()
        self.card_code.clear()
        self.unlocked.emit(opened)

    def _failed(self, error: AidantError) -> None:
        self.show_error(error)
        self.keypad.setFocus()

    def _expiry(self) -> tuple[bool, dt.date | None]:
        text = self.expires.text().strip()
        if not text:
            return True, None
        try:
            return True, dt.datetime.strptime(text, "%d/%m/%Y").date()
        except ValueError:
            self.show_error_text(self.tr("La date s'écrit jj/mm/aaaa, par exemple 31/12/2030."))
            return False, None

    def _deposit(self) -> None:
        ok, expires = self._expiry()
        if not ok:
            return
        path = self._shell.choose_file(self)
        if path is not None:
            self._deposit_source(path, expires, None)

    def _deposit_pages(self, pdf: bytes, pages: int) -> None:
        ok, expires = self._expiry()
        if ok:
            self._deposit_source(io.BytesIO(pdf), expires, pages)

    def _deposit_source(
        self, source: Path | io.BytesIO, expires: dt.date | None, pages: int | None
    ) -> None:
        if self.depositor.busy():
            return
        # Qt hands the enum back as its plain string value.
        category = Category(self.category.currentData())
        ctx, actor, usager_id = self._shell.ctx, self._shell.require_actor(), self.usager_id
        title = self.title.text().strip() or None

        def deposit() -> DocumentId:
            # Drawn here, in the worker, from the bytes being deposited; sealed by the service.
            picture = thumbnail_for(source)
            return vault.deposit(
                ctx,
                actor,
                usager_id,
                source,
                title=title,
                category=category,
                expires_on=expires,
                page_count=pages,
                thumbnail=picture,
            )

        self.show_status(self.tr("Dépôt en cours…"))
        self.depositor.start(deposit)

    def _deposited(self, _document_id: DocumentId) -> None:
        self.title.clear()
        self.expires.clear()
        self.show_status(self.tr("Document déposé dans le coffre."))
