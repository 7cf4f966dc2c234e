"""An open vault: document grid (thumbnails filled in off the interface thread, see
`ui/vault_grid.py`), viewer, print, export (confirmed), delete (confirmed), papers expiring
soon, the room used, the way to its card and passphrase, and closing the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import crypto
from aidant.domain.errors import AidantError
from aidant.domain.ids import DocumentId
from aidant.vault import DocumentSummary, OpenVault
from ui import dates, memory_docs
from ui.memory_docs import MemoryPdf
from ui.shell import Shell
from ui.vault_grid import BATCH, ID_ROLE, DocumentsModel, Listing, PageLoader, read_listing
from ui.widgets import MessageLines, big_button, error_label, plain_label, status_label
from ui.workers import Runner

VIEW = "view"
PRINT = "print"


class DocumentsPanel(QWidget, MessageLines):
    #: Emitted (no payload) when the usager closes their vault.
    close_requested = Signal()
    #: Emitted (no payload) to change how the vault opens (card, PIN, passphrase).
    access_requested = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self._pdf: MemoryPdf | None = None
        self._pending = ""  # "export" or "delete", waiting for confirmation
        self._export_to = ""
        self.model = DocumentsModel(self)
        self.pages = PageLoader(self.model, self._show_expiring, self)
        self.lister: Runner[Listing] = Runner(self._listed, self._list_failed, self)
        # Viewing and printing decrypt in a worker too: a 20 MB scan takes a moment.
        self.opener: Runner[tuple[DocumentSummary, crypto.SecretBuffer]] = Runner(
            self._document_opened, self._open_failed, self
        )
        self._then = ""  # VIEW or PRINT, once the document is decrypted
        self._loading_said = False
        self.grid = QListView()
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Documents du coffre"))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(memory_docs.THUMB)
        self.grid.setGridSize(QSize(170, 230))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setWordWrap(True)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setMinimumSize(200, 100)
        self.usage = plain_label()
        self.usage.setAccessibleName(self.tr("Place utilisée dans le coffre"))
        self.expiring = plain_label()
        self.expiring.setWordWrap(True)
        self.expiring.setAccessibleName(self.tr("Papiers qui expirent bientôt"))
        self.pdf_view = QPdfView()
        self.pdf_view.setAccessibleName(self.tr("Document affiché"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setAccessibleName(self.tr("Image affichée"))
        self.image_area.setWidget(self.image)
        self.image_area.setWidgetResizable(True)
        self.viewer = QStackedWidget()
        self.viewer.addWidget(self.pdf_view)
        self.viewer.addWidget(self.image_area)
        # The viewer takes the room left; it never makes the window taller than the screen.
        self.viewer.setMinimumSize(200, 100)
        self.viewer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.view = big_button(self.tr("&Voir"), self.tr("Voir le document"), "chercher")
        self.print = big_button(self.tr("&Imprimer"), self.tr("Imprimer le document"), "imprimer")
        self.export = big_button(
            self.tr("&Enregistrer une copie"), self.tr("Enregistrer une copie du document")
        )
        self.delete = big_button(self.tr("&Supprimer"), self.tr("Supprimer le document"))
        self.access = big_button(
            self.tr("&Carte et phrase…"), self.tr("Changer la carte, le code ou la phrase")
        )
        self.close_vault = big_button(
            self.tr("&Fermer le coffre"), self.tr("Fermer le coffre"), "coffre"
        )
        self.confirm_text = plain_label()
        self.confirm_text.setWordWrap(True)
        self.confirm_text.setAccessibleName(self.tr("Question"))
        self.confirm_yes = big_button(self.tr("&Oui"), self.tr("Oui, confirmer"))
        self.confirm_no = big_button(self.tr("&Non"), self.tr("Non, annuler"))
        self.confirm_bar = QWidget()
        bar = QHBoxLayout(self.confirm_bar)
        bar.addWidget(self.confirm_text, 1)
        bar.addWidget(self.confirm_yes)
        bar.addWidget(self.confirm_no)
        self.confirm_bar.setStyleSheet("background: #fff4c2; color: #111")
        status = status_label(self.tr("Information sur les documents"))
        self.init_messages(error_label(self.tr("Erreur du coffre ouvert")), status)

        buttons = QHBoxLayout()
        for button in (self.view, self.print, self.export, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_vault)
        columns = QHBoxLayout()
        columns.addWidget(self.grid, 1)
        columns.addWidget(self.viewer, 1)
        # About the vault itself, the full width under the documents: the room used, papers
        # expiring, the way to change its card. (Six buttons on one line are wider than a
        # 1280 px screen in large text; the labels under the half-width grid wrapped over it.)
        about = QHBoxLayout()
        about.addWidget(self.usage)
        about.addWidget(self.expiring, 1)
        about.addWidget(self.access)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addLayout(about)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.error)
        layout.addWidget(status)
        layout.addLayout(buttons)
        self.view.clicked.connect(self.show_selected)
        self.grid.activated.connect(lambda _i: self.show_selected())
        self.access.clicked.connect(self.access_requested)
        self.print.clicked.connect(self._print)
        self.export.clicked.connect(self._ask_export)
        self.delete.clicked.connect(self._ask_delete)
        self.confirm_yes.clicked.connect(self._confirmed)
        self.confirm_no.clicked.connect(self._cancel_question)
        self.close_vault.clicked.connect(self.close_requested)

    @property
    def vault(self) -> OpenVault:
        opened = self._shell.vault.current
        if opened is None:
            raise RuntimeError("the documents panel is shown only while a vault is open")
        return opened

    def start(self) -> None:
        self.close_viewer()
        self._cancel_question()
        self.clear_messages()
        self.refresh()
        self.grid.setFocus()

    def refresh(self, keep_message: bool = False) -> None:
        """Read the documents again, in a worker; the grid fills in as they arrive.
        `keep_message`: the sentence shown (« Document supprimé. ») stays."""
        self.stop_loading()
        self.model.reset([])
        opened = self.vault
        self._loading_said = not keep_message
        if not keep_message:
            self.show_status(self.tr("Ouverture des documents…"))
        self.lister.start(lambda: read_listing(opened))

    def stop_loading(self) -> None:
        """Wait for the worker in progress (before the vault is locked) and drop the rest."""
        self.lister.stop()
        self.pages.stop()
        self.opener.stop()

    def loading(self) -> bool:
        return self.lister.busy() or self.pages.busy() or self.opener.busy()

    def _listed(self, listing: Listing) -> None:
        opened = self._shell.vault.current
        if opened is None:
            return
        if self._loading_said:
            self.clear_messages()
        self.model.reset(listing.ids)
        if listing.ids:
            self.grid.setCurrentIndex(self.model.index(0))
        self.expiring.hide()
        self.pages.start(opened, listing.first, listing.ids[BATCH:])
        usage = listing.usage
        self.usage.setText(
            self.tr("Place utilisée : {used} Mo sur {quota} Mo.").format(
                used=usage.used_mb, quota=usage.quota_mb
            )
            if usage.quota_bytes
            else self.tr("Place utilisée : {used} Mo.").format(used=usage.used_mb)
        )

    def _show_expiring(self) -> None:
        """Once every document is described: the papers whose validity ends soon."""
        opened = self._shell.vault.current
        if opened is None:
            return
        soon = opened.expiring_papers(documents=self.model.documents)
        self.expiring.setText(
            self.tr("Papiers qui expirent bientôt : ")
            + ", ".join(
                f"{s.title} ({s.metadata.expires_on:%d/%m/%Y})"
                for s in soon
                if s.metadata.expires_on
            )
            if soon
            else ""
        )
        self.expiring.setVisible(bool(soon))

    def _open_failed(self, error: AidantError) -> None:
        self._then = ""
        self.show_error(error)

    def _list_failed(self, error: AidantError) -> None:
        if self._shell.vault.current is not None:
            self.show_error(error)

    def selected(self) -> DocumentId | None:
        index = self.grid.currentIndex()
        return None if not index.isValid() else DocumentId(str(index.data(ID_ROLE)))

    def show_selected(self) -> None:
        """View the selected document (decrypted in a worker; journalled as opened)."""
        self._open_selected(VIEW)

    def _open_selected(self, then: str) -> None:
        document_id = self.selected()
        if document_id is None or self.opener.busy():
            return
        self._then = then
        opened = self.vault
        self.show_status(self.tr("Ouverture du document…"))
        self.opener.start(lambda: opened.open(document_id=document_id))

    def _document_opened(self, result: tuple[DocumentSummary, crypto.SecretBuffer]) -> None:
        summary, content = result
        then, self._then = self._then, ""
        with content:
            if self._shell.vault.current is None:
                return  # closed meanwhile: the plaintext is wiped unseen
            if then == PRINT:
                self.show_status(
                    self._shell.print_document(self, content.view(), summary.metadata.media_type)
                )
                return
            self.close_viewer()
            data = memory_docs.to_qbytearray(content)
        if summary.metadata.media_type == "application/pdf":
            self._pdf = MemoryPdf(data)
            self.pdf_view.setDocument(self._pdf.document)
            self.viewer.setCurrentWidget(self.pdf_view)
        else:
            image = QImage.fromData(data)
            memory_docs.wipe(data)
            self.image.setPixmap(QPixmap.fromImage(image))
            self.viewer.setCurrentWidget(self.image_area)
        self.show_status(
            self.tr("Affiché : {title} (déposé le {date}).").format(
                title=summary.title, date=dates.day(summary.deposited_at)
            )
        )

    def close_viewer(self) -> None:
        self.pdf_view.setDocument(None)  # type: ignore[arg-type]
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        self.image.clear()

    def _print(self) -> None:
        """Print the selected document, PDF or photo (journalled as opened)."""
        self._open_selected(PRINT)

    def _ask_export(self) -> None:
        if self.selected() is None:
            return
        folder = self._shell.choose_folder(self)
        if folder is None:
            return
        self._export_to = str(folder)
        self._ask(
            "export",
            self.tr(
                "Une copie NON protégée sera enregistrée dans « {folder} ». Toute personne qui "
                "utilise cet ordinateur pourra la lire. Confirmer ?"
            ).format(folder=folder),
        )

    def _ask_delete(self) -> None:
        if self.selected() is None:
            return
        self._ask("delete", self.tr("Supprimer ce document du coffre pour toujours ?"))

    def _ask(self, what: str, question: str) -> None:
        self._pending = what
        self.confirm_text.setText(question)
        self.confirm_bar.show()
        self.confirm_no.setFocus()

    def _cancel_question(self) -> None:
        self._pending = ""
        self.confirm_bar.hide()

    def _confirmed(self) -> None:
        what, document_id = self._pending, self.selected()
        self._cancel_question()
        if document_id is None:
            return
        try:
            if what == "export":
                # Named after the title, cleaned by the service, inside the folder chosen.
                written = self.vault.export(document_id, Path(self._export_to))
                self.show_status(self.tr("Copie enregistrée : {path}").format(path=written))
            elif what == "delete":
                self.close_viewer()
                self.vault.delete(document_id)
                self.show_status(self.tr("Document supprimé."))
                self.refresh(keep_message=True)
        except AidantError as exc:
            self.show_error(exc)
