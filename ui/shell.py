"""What every screen shares: the open site, the router, speech, display modes, who is logged in."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aidant.errors import AuthenticationError, StorageError
from ui.appearance import Appearance
from ui.readaloud import ReadAloud
from ui.router import Router

if TYPE_CHECKING:
    # Type-only: the login window is shown before the database layer is even imported.
    from aidant.actors import Actor
    from aidant.context import SiteContext


@dataclasses.dataclass
class Shell:
    site: SiteContext | None
    router: Router
    speech: ReadAloud
    appearance: Appearance
    actor: Actor | None = None
    #: Usagers whose file was opened in this agent session, most recent first (ids only).
    recent: list[str] = dataclasses.field(default_factory=list)
    #: Chooses a printer for a widget (ui.printing.PrinterChooser); None: the system dialog.
    printer_chooser: Callable[[Any], Any] | None = None

    def print_pdf(self, parent: Any, data: bytes) -> str:
        """Print `data` from memory; returns the one sentence to show (done, or why not)."""
        from ui import printing

        chooser = self.printer_chooser or printing.choose_real_printer
        try:
            printer = chooser(parent)
            if printer is None:
                return parent.tr("Impression annulée.")  # type: ignore[no-any-return]
            pages = printing.print_pdf(data, printer)
        except printing.PrintRefused as exc:
            return str(exc)
        return parent.tr("Document envoyé à l'imprimante ({n} page(s)).").format(n=pages)  # type: ignore[no-any-return]

    @property
    def ctx(self) -> SiteContext:
        """The open site (screens that need it are only reachable once it is open)."""
        if self.site is None:
            raise StorageError("Le site est encore en cours d'ouverture : patientez un instant.")
        return self.site

    def require_actor(self) -> Actor:
        """The logged-in agent; a screen reached without one is a bug, said in one sentence."""
        if self.actor is None:
            raise AuthenticationError("Vous n'êtes plus connecté : reconnectez-vous.")
        return self.actor
