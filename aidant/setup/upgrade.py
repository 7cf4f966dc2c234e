"""A site made before login slots and certificates, at its first manager login.

Its database key leaves the key store for login slots: this manager's, opening with the
password just typed, and, for every other active agent, one opening with the password behind
their stored Argon2id hash (replaced by a normal slot at their next login). A site root key is
made; every active agent gets a signing key and a certificate with the role the database gives
at that moment (the last time the column is trusted). Nothing else changes, nothing is lost.

Order, so that a crash leaves a site that opens: the database (root, certificates, journal
entry) commits first; then the access file is written; the key store's copy of the database
key goes last. Cut short before the access file, the next manager login upgrades again.
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from aidant import journal
from aidant.agents import certificates
from aidant.domain.actors import Actor
from aidant.domain.enums import Role
from aidant.journal import EntryKind
from aidant.site.access import SiteAccess, SlotPayload
from aidant.site.context import SiteContext
from aidant.storage.keystore import KeyName
from aidant.storage.models import Agent, Site
from crypto.secretbuffer import SecretBuffer
from crypto.signing import generate_signing_key, public_key_hex

log = logging.getLogger(__name__)


def upgrade_if_manager(ctx: SiteContext, actor: Actor, login: str, password: str) -> bool:
    """Upgrade the site in place when `actor` is a manager and it has no login slots yet.
    True if it was upgraded."""
    if ctx.access is not None or not actor.is_manager:
        return False
    root = SecretBuffer.take(generate_signing_key())
    db_key = SecretBuffer.take(ctx.database_key())
    made: list[tuple[str, str, SlotPayload]] = []
    try:
        now = ctx.clock.now()
        with ctx.transaction() as db:
            row = db.get(Site, ctx.site.site_id)
            if row is None:
                raise RuntimeError("the site row is missing")
            row.root_public_key = public_key_hex(root)
            db.flush()
            for agent in db.scalars(select(Agent).where(Agent.active.is_(True))):
                signing = SecretBuffer.take(generate_signing_key())
                certificates.issue(
                    db, actor, root, agent, public_key_hex(signing), agent.role, True, now
                )
                manager_root = SecretBuffer(root.view()) if agent.role is Role.MANAGER else None
                payload = SlotPayload(SecretBuffer(db_key.view()), signing, manager_root)
                made.append((agent.login, agent.password_hash, payload))
            journal.append(
                db, actor, EntryKind.SITE_ACCESS_UPGRADED, now, data={"slots": len(made)}
            )
        access = SiteAccess(ctx.paths, ctx.site.site_id, ctx.keystore)
        mine = next(p for name, _, p in made if name == login.strip())
        access.create(mine, login, password, ctx.costs)
        for name, password_hash, payload in made:
            if name != login.strip():
                access.put_verifier_slot(name, password_hash, payload)
        access.pin_root(public_key_hex(root))
        access.hold(mine.copy())
    finally:
        root.zero()
        db_key.zero()
        for _, _, payload in made:
            payload.zero()
    ctx.access = access
    ctx.keystore.delete(KeyName.DATABASE)
    log.info("site access upgraded to login slots and certificates")
    return True
