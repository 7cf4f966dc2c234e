"""What every screen shares: the open site, the router, speech, display modes, who is logged in."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

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
