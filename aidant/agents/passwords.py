"""An agent's access over time: changing one's password; a manager resetting a password,
deactivating and reactivating an agent. Each is journalled; a deactivated agent's login slot
is destroyed, so their password no longer opens the site on this PC."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.agents import certificates
from aidant.agents.accounts import MIN_PASSWORD, _hash
from aidant.agents.texts import AgentText
from aidant.domain.actors import Actor, require_agent, require_manager
from aidant.domain.enums import Role
from aidant.domain.errors import AuthenticationError, NotFound, Refused
from aidant.journal import EntryKind
from aidant.journal.chain import format_time
from aidant.site import server_access
from aidant.site.access import SlotPayload
from aidant.site.context import SiteContext
from aidant.storage.models import Agent
from crypto.passwords import verify_password
from crypto.secretbuffer import SecretBuffer
from crypto.signing import public_key_hex


def _agent(db: Session, login: str) -> Agent:
    agent = db.scalar(select(Agent).where(Agent.login == login.strip()))
    if agent is None:
        raise NotFound(AgentText.NO_SUCH_AGENT, login=login)
    return agent


def _check_new(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise Refused(AgentText.PASSWORD_TOO_SHORT, minimum=MIN_PASSWORD)


def _set_password(ctx: SiteContext, db: Session, agent: Agent, password: str) -> None:
    """New hash, lockout cleared (the slot is the caller's)."""
    agent.password_hash = _hash(password, ctx.costs)
    agent.failed_logins = 0
    agent.locked_until = None


def _last_role(ctx: SiteContext, db: Session, agent: Agent) -> Role:
    """The role of the agent's latest valid certificate, active or not (the column only on a
    site made before certificates)."""
    cert = certificates.current(db, agent.id, certificates.trusted_root(ctx, db))
    return agent.role if cert is None else cert.role


def _recertify(
    ctx: SiteContext, db: Session, actor: Actor, agent: Agent, password: str, now: dt.datetime
) -> None:
    """A manager gives `agent` a new signing key, certificate and slot (before the commit)."""
    if ctx.access is None:
        return
    role = _last_role(ctx, db, agent)
    payload, public = certificates.new_payload(ctx, role)
    try:
        certificates.issue(db, actor, certificates.root_key(ctx), agent, public, role, True, now)
        certificates.store_slot(ctx, db, agent, password, role, payload)
    finally:
        payload.zero()


def _own_payload(ctx: SiteContext, db: Session, actor: Actor) -> SlotPayload | None:
    """The keys of the slot that opened the site when they are `actor`'s own (the usual case:
    each login opens the site); otherwise the database key alone."""
    if ctx.access is None:
        return None
    held = ctx.access.payload
    cert = certificates.current(db, str(actor.id), certificates.trusted_root(ctx, db))
    if (
        cert is not None
        and held.signing_key is not None
        and public_key_hex(held.signing_key) == cert.public_key
    ):
        return held.copy()
    return SlotPayload(SecretBuffer(held.db_key.view()))


def change_password(ctx: SiteContext, actor: Actor, current: str, new: str) -> None:
    """The logged-in agent replaces their own password (the current one is asked again)."""
    require_agent(actor)
    _check_new(new)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        agent = db.get(Agent, actor.id)
        if agent is None or not agent.active:
            raise Refused(AgentText.ACCOUNT_INACTIVE)
        if not verify_password(current, agent.password_hash):
            raise AuthenticationError(AgentText.CURRENT_PASSWORD_WRONG)
        _set_password(ctx, db, agent, new)
        payload = _own_payload(ctx, db, actor)
        if payload is not None and ctx.access is not None:
            try:
                if ctx.on_server:
                    server_access.change_own_login(
                        db,
                        ctx.site.site_id,
                        ctx.site.login_params(ctx.costs),
                        agent.login,
                        new,
                        payload,
                    )
                else:
                    ctx.access.put_slot(agent.login, new, ctx.costs, payload)
            finally:
                payload.zero()
        journal.append(db, actor, EntryKind.AGENT_PASSWORD_CHANGED, now, data={"agent": agent.id})


def reset_password(ctx: SiteContext, actor: Actor, login: str, new: str) -> None:
    """A manager gives an active agent a new password (to hand over in person)."""
    require_manager(actor)
    _check_new(new)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        agent = _agent(db, login)
        if not agent.active:
            raise Refused(AgentText.ACCOUNT_INACTIVE)
        _set_password(ctx, db, agent, new)
        _recertify(ctx, db, actor, agent, new, now)
        journal.append(db, actor, EntryKind.AGENT_PASSWORD_RESET, now, data={"agent": agent.id})


def deactivate_agent(ctx: SiteContext, actor: Actor, login: str) -> None:
    """A manager deactivates an agent: their slot is destroyed; the last manager stays."""
    require_manager(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        agent = _agent(db, login)
        if not agent.active:
            raise Refused(AgentText.ALREADY_INACTIVE, login=agent.login)
        if agent.id == actor.id:
            raise Refused(AgentText.NOT_YOURSELF)
        if agent.role is Role.MANAGER and _active_managers(db) <= 1:
            raise Refused(AgentText.LAST_MANAGER)
        agent.active = False
        certificates.drop_slot(ctx, db, agent.login)
        if ctx.access is not None:
            cert = certificates.current(db, agent.id, certificates.trusted_root(ctx, db))
            role = agent.role if cert is None else cert.role
            key = "" if cert is None else cert.public_key
            certificates.issue(db, actor, certificates.root_key(ctx), agent, key, role, False, now)
        journal.append(
            db,
            actor,
            EntryKind.AGENT_DEACTIVATED,
            now,
            data={"agent": agent.id, "reason": "manager"},
        )


def reactivate_agent(ctx: SiteContext, actor: Actor, login: str, new: str) -> None:
    """A manager reactivates an agent with a new password (their old slot is gone)."""
    require_manager(actor)
    _check_new(new)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        agent = _agent(db, login)
        if agent.active:
            raise Refused(AgentText.ALREADY_ACTIVE, login=agent.login)
        agent.active = True
        # Dormancy counts from the reactivation, or the next check would undo it at once.
        agent.last_login_at = now
        _set_password(ctx, db, agent, new)
        _recertify(ctx, db, actor, agent, new, now)
        journal.append(db, actor, EntryKind.AGENT_REACTIVATED, now, data={"agent": agent.id})


def _active_managers(db: Session) -> int:
    rows = db.scalars(
        select(Agent.id).where(Agent.active.is_(True), Agent.role == Role.MANAGER)
    ).all()
    return len(rows)


def journal_pending_failures(ctx: SiteContext, at: dt.datetime) -> int:
    """Journal the failed logins the access file recorded while the database was closed."""
    if ctx.access is None:
        return 0
    from aidant.agents.accounts import _ANONYMOUS

    pending, dropped = ctx.access.take_pending()
    if not pending and not dropped:
        return 0
    with ctx.transaction() as db:
        logins = {ctx.access.keyed_login(a.login): a.id for a in db.scalars(select(Agent))}
        for failure in pending:
            data: dict[str, str | int] = {
                "reason": "password",
                "failed_at": format_time(failure.at),
            }
            if failure.who in logins:
                data["agent"] = logins[failure.who]
            if failure.locked_seconds:
                data["seconds"] = failure.locked_seconds
                data["failures"] = failure.failures
            journal.append(db, _ANONYMOUS, EntryKind.AGENT_LOGIN_FAILED, at, data=data)
        if dropped:
            journal.append(
                db, _ANONYMOUS, EntryKind.AGENT_LOGIN_FAILED, at, data={"not_kept": dropped}
            )
    return len(pending)
