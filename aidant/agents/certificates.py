"""Agents' certificates: who may do what, signed by the site root key, not read from a column.

A certificate states an agent's id and login, the public half of their own journal signing
key, their role and whether they are active; the site root key (Ed25519, made at set-up, held
in managers' login slots only) signs it. An agent's role is the one of their latest certificate
whose signature holds under the site's root public key, which the database records and the
access file beside it repeats (authenticated with this PC's device secret): editing the role
column, or a certificate, grants nothing. Issuing one is journalled (`AGENT_CERTIFIED`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.agents.texts import AgentText
from aidant.domain.actors import Actor
from aidant.domain.enums import Role
from aidant.domain.errors import PermissionDenied
from aidant.journal import EntryKind
from aidant.journal.chain import format_time
from aidant.site import server_access
from aidant.site.access import SlotPayload
from aidant.site.context import SiteContext
from aidant.site.identity import read_identity
from aidant.storage.models import Agent, Certificate
from crypto.secretbuffer import SecretBuffer
from crypto.signing import fingerprint, generate_signing_key, public_key_hex, sign, verify

__all__ = ["AgentCertificate", "certified_role", "current", "fingerprint", "issue"]

log = logging.getLogger(__name__)

FORMAT = "aidant-agent-certificate"
VERSION = 1


@dataclasses.dataclass(frozen=True)
class AgentCertificate:
    site_id: str
    agent_id: str
    login: str
    public_key: str
    role: Role
    active: bool
    issued_at: str

    def body(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "v": VERSION,
                "site": self.site_id,
                "agent": self.agent_id,
                "login": self.login,
                "key": self.public_key,
                "role": self.role.value,
                "active": self.active,
                "issued_at": self.issued_at,
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def parse(cls, body: str) -> AgentCertificate | None:
        try:
            data = json.loads(body)
            if data["format"] != FORMAT or data["v"] != VERSION:
                return None
            return cls(
                str(data["site"]),
                str(data["agent"]),
                str(data["login"]),
                str(data["key"]),
                Role(data["role"]),
                bool(data["active"]),
                str(data["issued_at"]),
            )
        except (ValueError, KeyError, TypeError):
            return None


def issue(
    db: Session,
    actor: Actor,
    root_key: SecretBuffer,
    agent: Agent,
    public_key: str,
    role: Role,
    active: bool,
    now: dt.datetime,
) -> AgentCertificate:
    """Sign and store a certificate for `agent`, journalled, in the caller's transaction."""
    site = read_identity(db)
    if site.root_public_key is None or public_key_hex(root_key) != site.root_public_key:
        raise PermissionDenied(AgentText.ROOT_KEY_NEEDED)
    cert = AgentCertificate(
        site.id, agent.id, agent.login, public_key, role, active, format_time(now)
    )
    body = cert.body()
    db.add(Certificate(agent_id=agent.id, body=body, signature=sign(root_key, body.encode())))
    db.flush()
    journal.append(
        db,
        actor,
        EntryKind.AGENT_CERTIFIED,
        now,
        data={"agent": agent.id, "role": role.value, "active": int(active), "key": public_key},
    )
    return cert


def current(db: Session, agent_id: str, root_public_key: str | None) -> AgentCertificate | None:
    """The agent's latest certificate whose signature holds under `root_public_key`."""
    if root_public_key is None:
        return None
    rows = db.execute(
        select(Certificate.body, Certificate.signature)
        .where(Certificate.agent_id == agent_id)
        .order_by(Certificate.id.desc())
    ).all()
    site_id = read_identity(db).id
    for body, signature in rows:
        if not verify(root_public_key, signature, body.encode()):
            log.warning("a certificate of agent %s does not verify", agent_id)
            continue
        cert = AgentCertificate.parse(body)
        if cert is not None and cert.agent_id == agent_id and cert.site_id == site_id:
            return cert
    return None


def trusted_root(ctx: SiteContext, db: Session) -> str | None:
    """The site root public key, when the database and this PC's access file agree on it."""
    recorded = read_identity(db).root_public_key
    if recorded is None or ctx.access is None:
        return recorded
    pinned = ctx.access.root_public_key()
    return recorded if pinned == recorded else None


def certified_role(ctx: SiteContext, db: Session, agent: Agent) -> Role | None:
    """The role the agent's valid certificate gives (None: no valid, active certificate).
    A site made before certificates (no root yet) still reads the column."""
    if read_identity(db).root_public_key is None and ctx.access is None:
        return agent.role
    cert = current(db, agent.id, trusted_root(ctx, db))
    if cert is None or not cert.active or cert.login != agent.login:
        return None
    return cert.role


def new_payload(ctx: SiteContext, role: Role) -> tuple[SlotPayload, str]:
    """A slot payload for an agent: the open site's database key, a new signing key, and the
    root key for a manager. Returns it with the new signing key's public half."""
    held = ctx.access.payload if ctx.access is not None else None
    if held is None:
        raise PermissionDenied(AgentText.ROOT_KEY_NEEDED)
    signing = generate_signing_key()
    public = public_key_hex(signing)
    root = None
    if role is Role.MANAGER:
        if held.root_key is None:
            raise PermissionDenied(AgentText.ROOT_KEY_NEEDED)
        root = SecretBuffer(held.root_key.view())
    return SlotPayload(SecretBuffer(held.db_key.view()), SecretBuffer.take(signing), root), public


def root_key(ctx: SiteContext) -> SecretBuffer:
    """The site root key of the manager who opened this site (never anyone else's)."""
    held = ctx.access.payload if ctx.access is not None else None
    if held is None or held.root_key is None:
        raise PermissionDenied(AgentText.ROOT_KEY_NEEDED)
    return held.root_key


def store_slot(
    ctx: SiteContext,
    db: Session,
    agent: Agent,
    password: str,
    role: Role,
    payload: SlotPayload,
) -> None:
    """Give `agent` a slot holding `payload` that opens with `password`: in this PC's access
    file, or, on a server, with their own login there (in the caller's transaction)."""
    if ctx.on_server:
        server_access.put_login(
            db,
            ctx.site.site_id,
            ctx.site.login_params(ctx.costs),
            agent.id,
            agent.login,
            password,
            manager=role is Role.MANAGER,
            payload=payload,
        )
    elif ctx.access is not None:
        ctx.access.put_slot(agent.login, password, ctx.costs, payload)


def drop_slot(ctx: SiteContext, db: Session, login: str) -> None:
    """Destroy `login`'s slot (deactivation): in this PC's access file, or, on a server, their
    login made unable to connect and their slot there deleted."""
    if ctx.on_server:
        server_access.disable_login(db, ctx.site.site_id, login)
    elif ctx.access is not None:
        ctx.access.drop_slot(login)
