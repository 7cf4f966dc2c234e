"""What every screen shares: the open site, the router, speech, display modes, who is logged in."""

from __future__ import annotations

import dataclasses

from aidant.actors import Actor
from aidant.context import SiteContext
from aidant.errors import AuthenticationError
from ui.appearance import Appearance
from ui.readaloud import ReadAloud
from ui.router import Router


@dataclasses.dataclass
class Shell:
    ctx: SiteContext
    router: Router
    speech: ReadAloud
    appearance: Appearance
    actor: Actor | None = None

    def require_actor(self) -> Actor:
        """The logged-in agent; a screen reached without one is a bug, said in one sentence."""
        if self.actor is None:
            raise AuthenticationError("Vous n'êtes plus connecté : reconnectez-vous.")
        return self.actor
