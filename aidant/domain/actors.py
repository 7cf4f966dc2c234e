"""Who does something: an authenticated agent, a proche, a usager, or the system itself."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from aidant.domain.enums import Role
from aidant.domain.errors import PermissionDenied
from aidant.domain.texts import DomainText


class ActorKind(enum.StrEnum):
    AGENT = "agent"
    PROCHE = "proche"
    USAGER = "usager"
    SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    kind: ActorKind
    id: str | None = None
    role: Role | None = None
    display_name: str = ""

    @property
    def ref(self) -> str:
        """How the journal names the actor: `agent:<id>`, `proche:<id>`, or `system`."""
        return self.kind.value if self.id is None else f"{self.kind.value}:{self.id}"

    @property
    def is_manager(self) -> bool:
        return self.kind is ActorKind.AGENT and self.role is Role.MANAGER


SYSTEM = Actor(ActorKind.SYSTEM, display_name="Aidant")


def require_manager(actor: Actor) -> None:
    """Services call this before anything only a site manager may do."""
    if not actor.is_manager:
        raise PermissionDenied(DomainText.MANAGER_ONLY)


def require_agent(actor: Actor) -> None:
    """Services call this before anything only a logged-in agent may do."""
    if actor.kind is not ActorKind.AGENT:
        raise PermissionDenied(DomainText.AGENT_ONLY)
