"""What every screen shares: the open site, the router, speech, display modes, who is logged in,
and the owner of the open vault."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aidant.domain.errors import AuthenticationError, StorageError
from ui.appearance import Appearance
from ui.readaloud import ReadAloud
from ui.router import Router
from ui.texts import UiText, error_text
from ui.vault_owner import OpenVaultOwner

if TYPE_CHECKING:
    # Type-only: the login window is shown before the database layer is even imported.
    from aidant.domain.actors import Actor
    from aidant.setup.opening import SiteDoor
    from aidant.site.context import SiteContext


@dataclasses.dataclass
class Shell:
    site: SiteContext | None
    router: Router
    speech: ReadAloud
    appearance: Appearance
    #: The usager's open vault (at most one) and its session: screens ask `vault.current`.
    vault: OpenVaultOwner
    actor: Actor | None = None
    #: A site that opens only with an agent's password: the login opens it, the logout closes
    #: it (None: `site` stays open between sessions).
    door: SiteDoor | None = None
    #: Chooses a printer for a widget (ui.printing.PrinterChooser); None: the system dialog.
    printer_chooser: Callable[[Any], Any] | None = None
    #: Asks for a file to deposit / a folder to export to (tests inject their own).
    file_chooser: Callable[[Any], Path | None] | None = None
    folder_chooser: Callable[[Any], Path | None] | None = None
    #: The scanner interface (aidant.scanning.ScanBackend); None: the platform's default.
    scan_backend: Any = None
    #: Whether the last `print_pdf` reached a printer (a screen may hold a secret until then).
    last_print_sent: bool = False

    def choose_file(self, parent: Any) -> Path | None:
        if self.file_chooser is not None:
            return self.file_chooser(parent)
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            parent,
            parent.tr("Document à déposer"),
            "",
            parent.tr("Documents (*.pdf *.png *.jpg *.jpeg)"),
        )
        return Path(name) if name else None

    def choose_folder(self, parent: Any) -> Path | None:
        if self.folder_chooser is not None:
            return self.folder_chooser(parent)
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(parent, parent.tr("Dossier où enregistrer"))
        return Path(name) if name else None

    def print_pdf(self, parent: Any, data: bytes) -> str:
        """Print `data` from memory; returns the one sentence to show (done, or why not)."""
        return self.print_document(parent, data, "application/pdf")

    def print_document(self, parent: Any, data: bytes | memoryview, media_type: str) -> str:
        """Print a PDF or a photo scan from memory; the one sentence to show (done, or why not)."""
        from ui import printing

        chooser = self.printer_chooser or printing.choose_real_printer
        self.last_print_sent = False
        try:
            printer = chooser(parent)
            if printer is None:
                return parent.tr("Impression annulée.")  # type: ignore[no-any-return]
            pages = printing.print_document(data, media_type, printer)
        except printing.PrintRefused as exc:
            return error_text(exc)
        self.last_print_sent = True
        return parent.tr("Document envoyé à l'imprimante ({n} page(s)).").format(n=pages)  # type: ignore[no-any-return]

    @property
    def ctx(self) -> SiteContext:
        """The open site (screens that need it are only reachable once it is open)."""
        if self.site is None:
            raise StorageError(UiText.SITE_OPENING)
        return self.site

    def require_actor(self) -> Actor:
        """The logged-in agent; a screen reached without one is a bug, said in one sentence."""
        if self.actor is None:
            raise AuthenticationError(UiText.LOGGED_OUT)
        return self.actor
