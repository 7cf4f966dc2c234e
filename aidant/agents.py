"""Agents of the site: creation, listing, password login.

Roles are enforced here, not only hidden in the UI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.actors import Actor, ActorKind, require_manager
from aidant.context import SiteContext
from aidant.errors import AuthenticationError, NotFound, Refused
from aidant.ids import AgentId, new_id
from aidant.journal import EntryKind
from aidant.storage.models import Agent, Role
from crypto.passwords import hash_password, verify_password

LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 10
BAD_LOGIN = "Identifiant ou mot de passe incorrect."


@dataclasses.dataclass(frozen=True)
class AgentView:
    """What the UI and the command line show of an agent (never the password hash)."""

    id: AgentId
    login: str
    display_name: str
    role: Role
    active: bool
    last_login_at: dt.datetime | None


def _view(agent: Agent) -> AgentView:
    return AgentView(
        AgentId(agent.id),
        agent.login,
        agent.display_name,
        agent.role,
        agent.active,
        agent.last_login_at,
    )


def actor_for(agent: Agent) -> Actor:
    return Actor(ActorKind.AGENT, agent.id, agent.role, agent.display_name)


def validate_new_agent(db: Session, login: str, display_name: str, password: str) -> None:
    """Refuse, in one sentence, a login, name or password that cannot be used."""
    login = login.strip()
    if not LOGIN_PATTERN.match(login):
        raise Refused(
            "L'identifiant doit faire 2 à 64 caractères : minuscules, chiffres, point, tiret."
        )
    if not display_name.strip():
        raise Refused("Le nom de l'agent ne peut pas être vide.")
    if len(password) < MIN_PASSWORD:
        raise Refused(f"Le mot de passe doit faire au moins {MIN_PASSWORD} caractères.")
    if db.scalar(select(func.count()).select_from(Agent).where(Agent.login == login)):
        raise Refused(f"L'identifiant « {login} » est déjà pris.")


def add_agent(
    ctx: SiteContext, actor: Actor, login: str, display_name: str, role: Role, password: str
) -> AgentView:
    """Create an agent (managers only)."""
    require_manager(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        validate_new_agent(db, login, display_name, password)
        agent = Agent(
            id=new_id(),
            login=login.strip(),
            display_name=display_name.strip(),
            role=role,
            password_hash=hash_password(password),
            active=True,
            created_at=now,
            failed_logins=0,
        )
        db.add(agent)
        db.flush()
        journal.append(
            db, actor, EntryKind.AGENT_CREATED, now, data={"agent": agent.id, "role": role.value}
        )
        return _view(agent)


def list_agents(ctx: SiteContext, actor: Actor) -> list[AgentView]:
    """All agents, by login (managers only)."""
    require_manager(actor)
    with ctx.transaction() as db:
        return [_view(a) for a in db.scalars(select(Agent).order_by(Agent.login))]


def get_agent(ctx: SiteContext, agent_id: str) -> AgentView:
    with ctx.transaction() as db:
        agent = db.get(Agent, agent_id)
        if agent is None:
            raise NotFound("Agent introuvable.")
        return _view(agent)


def login_with_password(ctx: SiteContext, login: str, password: str) -> Actor:
    """Check a login and password; journal the success or the failure. Same answer for an
    unknown login and a wrong password, so that logins cannot be guessed."""
    now = ctx.clock.now()
    with ctx.transaction() as db:
        agent = db.scalar(select(Agent).where(Agent.login == login.strip()))
        if agent is None:
            # Spend the same time as a real check so timing does not reveal valid logins.
            verify_password(password, _dummy_hash())
            journal.append(db, _ANONYMOUS, EntryKind.AGENT_LOGIN_FAILED, now, data={})
            failed = True
        elif not agent.active:
            failed = True
            journal.append(
                db, _ANONYMOUS, EntryKind.AGENT_LOGIN_FAILED, now, data={"agent": agent.id}
            )
        elif not verify_password(password, agent.password_hash):
            agent.failed_logins += 1
            journal.append(
                db, _ANONYMOUS, EntryKind.AGENT_LOGIN_FAILED, now, data={"agent": agent.id}
            )
            failed = True
        else:
            agent.failed_logins = 0
            agent.last_login_at = now
            actor = actor_for(agent)
            journal.append(db, actor, EntryKind.AGENT_LOGIN, now, data={"agent": agent.id})
            failed = False
    if failed:
        raise AuthenticationError(BAD_LOGIN)
    return actor


_ANONYMOUS = Actor(ActorKind.SYSTEM, display_name="login")


@functools.cache
def _dummy_hash() -> str:
    return hash_password("not a real password, only for timing")
