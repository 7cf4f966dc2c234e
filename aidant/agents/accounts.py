"""Agents of the site: creation, listing, password login.

Roles are enforced here, not only hidden in the UI.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import hashlib
import math
import re

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.agents import certificates, totp
from aidant.agents.texts import AgentText
from aidant.domain import inputs
from aidant.domain.actors import SYSTEM, Actor, ActorKind, require_manager
from aidant.domain.enums import Role
from aidant.domain.errors import AuthenticationError, NotFound, Refused
from aidant.domain.ids import AgentId, new_id
from aidant.domain.texts import InputField
from aidant.journal import EntryKind
from aidant.site.access import lockout_seconds
from aidant.site.context import SiteContext
from aidant.site.costs import Costs
from aidant.site.policy import load_policy
from aidant.storage import server_logins
from aidant.storage.models import Agent, LoginThrottle
from crypto.passwords import hash_password, verify_password

LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 10


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


def validate_new_agent(db: Session, login: str, display_name: str, password: str) -> None:
    """Refuse, in one sentence, a login, name or password that cannot be used."""
    login = login.strip()
    if not LOGIN_PATTERN.match(login):
        raise Refused(AgentText.LOGIN_INVALID)
    inputs.clean(display_name, InputField.AGENT_NAME)
    if not display_name.strip():
        raise Refused(AgentText.NAME_EMPTY)
    if len(password) < MIN_PASSWORD:
        raise Refused(AgentText.PASSWORD_TOO_SHORT, minimum=MIN_PASSWORD)
    if db.scalar(select(func.count()).select_from(Agent).where(Agent.login == login)):
        raise Refused(AgentText.LOGIN_TAKEN, login=login)


def create_agent(
    db: Session,
    actor: Actor,
    login: str,
    display_name: str,
    role: Role,
    password: str,
    now: dt.datetime,
    costs: Costs,
) -> Agent:
    """Validate and add an agent row with its journal entry, in the caller's transaction; the
    password is hashed at `costs.agent_passwords`.

    No role check here: `add_agent` checks the manager, site set-up creates the first one.
    """
    validate_new_agent(db, login, display_name, password)
    agent = Agent(
        id=new_id(),
        login=login.strip(),
        display_name=inputs.clean(display_name, InputField.AGENT_NAME) or "",
        role=role,
        password_hash=_hash(password, costs),
        active=True,
        created_at=now,
        failed_logins=0,
    )
    db.add(agent)
    db.flush()
    journal.append(
        db, actor, EntryKind.AGENT_CREATED, now, data={"agent": agent.id, "role": role.value}
    )
    return agent


def _hash(password: str, costs: Costs) -> str:
    return hash_password(password, costs.agent_passwords, allow_weak_params=costs.below_minimum)


def add_agent(
    ctx: SiteContext, actor: Actor, login: str, display_name: str, role: Role, password: str
) -> AgentView:
    """Create an agent (managers only) and their login slot (written before the commit: an
    agent row never exists without its slot)."""
    require_manager(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        agent = create_agent(db, actor, login, display_name, role, password, now, ctx.costs)
        if ctx.access is not None:
            payload, public = certificates.new_payload(ctx, role)
            try:
                certificates.issue(
                    db, actor, certificates.root_key(ctx), agent, public, role, True, now
                )
                certificates.store_slot(ctx, db, agent, password, role, payload)
            finally:
                payload.zero()
        return _view(agent)


def list_agents(ctx: SiteContext, actor: Actor) -> list[AgentView]:
    """All agents, by login (managers only)."""
    require_manager(actor)
    with ctx.transaction() as db:
        return [_view(a) for a in db.scalars(select(Agent).order_by(Agent.login))]


def agent_id_for_login(ctx: SiteContext, login: str) -> AgentId:
    """The id of the agent with this login (active or not), to filter the journal by agent."""
    with ctx.transaction() as db:
        agent_id = db.scalar(select(Agent.id).where(Agent.login == login.strip()))
    if agent_id is None:
        raise NotFound(AgentText.NO_SUCH_AGENT, login=login)
    return AgentId(agent_id)


class TotpRequired(AuthenticationError):
    """The password is right; the one-time code is still to be asked (not a failure)."""


def lockout_refusal(seconds: float) -> AuthenticationError:
    """The refusal while locked out, saying the wait in whole seconds, then whole minutes."""
    whole = max(1, math.ceil(seconds))
    if whole < 60:
        return AuthenticationError(AgentText.LOCKED_SECONDS, seconds=whole)
    minutes = math.ceil(whole / 60)
    if minutes == 1:
        return AuthenticationError(AgentText.LOCKED_ONE_MINUTE)
    return AuthenticationError(AgentText.LOCKED_MINUTES, minutes=minutes)


#: Throttle rows of unknown logins are forgotten this long after their last failure.
THROTTLE_MEMORY = dt.timedelta(days=1)


def _unknown_throttle(db: Session, ctx: SiteContext, login: str, now: dt.datetime) -> LoginThrottle:
    """The throttle row of a login that names no agent (created on first use)."""
    key = hashlib.sha256(f"{ctx.site.site_id}\0{login}".encode()).hexdigest()
    row = db.get(LoginThrottle, key)
    if row is None:
        db.execute(delete(LoginThrottle).where(LoginThrottle.updated_at < now - THROTTLE_MEMORY))
        row = LoginThrottle(key_hash=key, failures=0, locked_until=None, updated_at=now)
        db.add(row)
    return row


def login_with_password(
    ctx: SiteContext, login: str, password: str, totp_code: str | None = None
) -> Actor:
    """Check a login, password and, when needed, one-time code; journal the outcome.

    The same answers for an unknown login and a wrong password (including the growing delay
    after failures), so that logins cannot be guessed. Raises TotpRequired, without counting a
    failure, when the password is right and a one-time code is needed but not given. When this
    very login's slot has just opened the site (`aidant.setup.opening`), the password is not
    hashed a second time.
    """
    deactivate_dormant(ctx)
    proven = ctx.access is not None and ctx.access.proven(login)
    now = ctx.clock.now()
    refusal: AuthenticationError | None = None
    with ctx.transaction() as db:
        policy = load_policy(db)
        agent = db.scalar(select(Agent).where(Agent.login == login.strip()))
        throttle: LoginThrottle | None = None
        if agent is None:
            throttle = _unknown_throttle(db, ctx, login.strip(), now)
            locked_until = throttle.locked_until
        else:
            locked_until = agent.locked_until
        agent_data = {} if agent is None else {"agent": agent.id}
        if locked_until is not None and now < locked_until:
            journal.append(
                db, _ANONYMOUS, EntryKind.AGENT_LOGIN_FAILED, now, data={**agent_data, "locked": 1}
            )
            refusal = lockout_refusal((locked_until - now).total_seconds())
        elif agent is None or not agent.active:
            # Spend the same time as a real check so timing does not reveal valid logins: one
            # Argon2id at the current cost (a cached dummy hash would cost two the first time).
            if agent is None:
                _hash(password, ctx.costs)
            else:
                verify_password(password, agent.password_hash)
            refusal = _fail(db, agent, throttle, now)
        elif not proven and not verify_password(password, agent.password_hash):
            refusal = _fail(db, agent, None, now)
        elif policy.totp_required or agent.totp_secret is not None:
            if agent.totp_secret is None:
                journal.append(
                    db,
                    _ANONYMOUS,
                    EntryKind.AGENT_LOGIN_FAILED,
                    now,
                    data={**agent_data, "totp": "not_enrolled"},
                )
                refusal = AuthenticationError(AgentText.TOTP_NOT_ENROLLED)
            elif totp_code is None:
                raise TotpRequired(AgentText.TOTP_NEEDED)
            else:
                step = totp.matching_step(agent.totp_secret, totp_code, now)
                last = agent.totp_last_step
                if step is None or (last is not None and step <= last):
                    refusal = _fail(db, agent, None, now, reason="totp")
                else:
                    agent.totp_last_step = step
        role = None if refusal is not None or agent is None else _role(ctx, db, agent, now)
        if role is None and refusal is None:
            refusal = AuthenticationError(AgentText.NO_CERTIFICATE)
        if refusal is None and agent is not None and role is not None:
            agent.failed_logins = 0
            agent.locked_until = None
            agent.last_login_at = now
            actor = Actor(ActorKind.AGENT, agent.id, role, agent.display_name)
            journal.append(db, actor, EntryKind.AGENT_LOGIN, now, data={"agent": agent.id})
    if refusal is not None:
        raise refusal
    return actor


def _role(ctx: SiteContext, db: Session, agent: Agent, now: dt.datetime) -> Role | None:
    """The role the agent's certificate gives; a missing or invalid one is journalled."""
    role = certificates.certified_role(ctx, db, agent)
    if role is None:
        journal.append(
            db,
            _ANONYMOUS,
            EntryKind.AGENT_LOGIN_FAILED,
            now,
            data={"agent": agent.id, "reason": "certificate"},
        )
    return role


def _fail(
    db: Session,
    agent: Agent | None,
    throttle: LoginThrottle | None,
    now: dt.datetime,
    reason: str = "password",
) -> AuthenticationError:
    """Count one failure (journalled); lock out after FREE_ATTEMPTS. Returns the refusal."""
    data: dict[str, str | int] = {"reason": reason}
    if agent is not None:
        agent.failed_logins += 1
        failures = agent.failed_logins
        data["agent"] = agent.id
    else:
        if throttle is None:
            raise RuntimeError("an unknown login is counted on its throttle row")
        throttle.failures += 1
        throttle.updated_at = now
        failures = throttle.failures
    journal.append(db, _ANONYMOUS, EntryKind.AGENT_LOGIN_FAILED, now, data=data)
    delay = lockout_seconds(failures)
    if delay == 0:
        return AuthenticationError(AgentText.BAD_LOGIN)
    until = now + dt.timedelta(seconds=delay)
    if agent is not None:
        agent.locked_until = until
    elif throttle is not None:
        throttle.locked_until = until
    lock_data: dict[str, str | int] = {"seconds": delay, "failures": failures}
    if agent is not None:
        lock_data["agent"] = agent.id
    journal.append(db, _ANONYMOUS, EntryKind.AGENT_LOCKED_OUT, now, data=lock_data)
    return lockout_refusal(delay)


def months_before(when: dt.datetime, months: int) -> dt.datetime:
    """The same day and time `months` calendar months earlier (clamped to the month's end)."""
    index = when.year * 12 + when.month - 1 - months
    year, month = divmod(index, 12)
    day = min(when.day, calendar.monthrange(year, month + 1)[1])
    return when.replace(year=year, month=month + 1, day=day)


def deactivate_dormant(ctx: SiteContext) -> int:
    """Deactivate agents with no login for the site's `dormant_months`; return how many.

    Run at start and before each login. The last active manager is never deactivated: a site
    left alone for months must still be able to open.
    """
    now = ctx.clock.now()
    count = 0
    with ctx.transaction() as db:
        months = load_policy(db).dormant_months
        if months <= 0 or (ctx.on_server and not server_logins.session_is_manager(db)):
            # On a server only a manager's login may change agents (migration 0007): dormant
            # accounts are deactivated at a manager's opening.
            return 0
        cutoff = months_before(now, months)
        active = list(db.scalars(select(Agent).where(Agent.active.is_(True)).order_by(Agent.login)))
        managers = sum(1 for a in active if a.role is Role.MANAGER)
        for agent in active:
            if (agent.last_login_at or agent.created_at) >= cutoff:
                continue
            if agent.role is Role.MANAGER:
                if managers <= 1:
                    continue
                managers -= 1
            agent.active = False
            certificates.drop_slot(ctx, db, agent.login)
            journal.append(
                db,
                SYSTEM,
                EntryKind.AGENT_DEACTIVATED,
                now,
                data={"agent": agent.id, "reason": "dormant", "months": months},
            )
            count += 1
    return count


_ANONYMOUS = Actor(ActorKind.SYSTEM, display_name="login")
