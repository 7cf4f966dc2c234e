"""Giving an agent a one-time-code secret: an otpauth:// URI and a printable activation card."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from aidant import journal
from aidant.agents import totp
from aidant.agents.texts import AgentText
from aidant.domain.actors import Actor, require_agent, require_manager
from aidant.domain.errors import NotFound
from aidant.domain.ids import AgentId
from aidant.journal import EntryKind
from aidant.pdf.totp_card import render_totp_card
from aidant.site.context import SiteContext
from aidant.site.identity import read_identity
from aidant.storage.models import Agent


@dataclasses.dataclass(frozen=True)
class TotpEnrolment:
    agent_id: AgentId
    #: What the QR code holds; show it once, never store it elsewhere.
    uri: str
    #: The activation card (PDF bytes, in memory): print it, never leave it on disk.
    card_pdf: bytes


def enrol_totp(ctx: SiteContext, actor: Actor, login: str) -> TotpEnrolment:
    """Give `login` a new TOTP secret (a manager for anyone, an agent for themself).

    Any previous secret stops working at once; the new one is stored in the encrypted database.
    """
    require_agent(actor)
    now = ctx.clock.now()
    secret = totp.new_secret()
    try:
        with ctx.transaction() as db:
            agent = db.scalar(select(Agent).where(Agent.login == login.strip()))
            if agent is None:
                raise NotFound(AgentText.NO_SUCH_AGENT, login=login)
            if agent.id != actor.id:
                require_manager(actor)
            site_name = read_identity(db).name
            agent.totp_secret = bytes(secret)
            agent.totp_last_step = None
            uri = totp.provisioning_uri(secret, agent.login, site_name)
            card = render_totp_card(
                site_name, agent.display_name, agent.login, uri, totp.secret_text(secret), now
            )
            journal.append(db, actor, EntryKind.AGENT_TOTP_ENROLLED, now, data={"agent": agent.id})
            return TotpEnrolment(AgentId(agent.id), uri, card)
    finally:
        secret[:] = bytes(len(secret))
