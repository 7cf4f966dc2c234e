"""The one way to open a site for work, shared by the desktop application and the command line.

A site's database key sits in one login slot per agent (`aidant.site.access`): nothing opens
before an agent types a password. `prepare` reads what the login screen needs (the site file,
and the access file checked against this PC's device secret); `SiteDoor.enter` then opens the
slot, connects (database, schema brought up to date: `aidant.site.context.connect`), runs the
start-up upkeep (`aidant.setup.upkeep`), journals the failed logins recorded while the database
was closed, and logs the agent in. A site made before login slots (its database key in the key
store) opens as it used to, and moves its key into login slots at its first manager login.
"""

from __future__ import annotations

import dataclasses
import logging

from aidant import journal
from aidant.agents import accounts
from aidant.agents.passwords import journal_pending_failures
from aidant.agents.texts import AgentText
from aidant.domain.actors import Actor
from aidant.domain.errors import AuthenticationError
from aidant.journal import EntryKind
from aidant.mandates import status_list
from aidant.setup import upkeep
from aidant.site.access import Refusal, SiteAccess
from aidant.site.clock import Clock, SystemClock
from aidant.site.context import SiteContext, SiteFile, connect, keystore_for
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
from aidant.storage.keystore import KeyName, KeyStore
from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)


def open_for_work(
    paths: DataPaths,
    *,
    demo: bool = False,
    clock: Clock | None = None,
    keystore: KeyStore | None = None,
    costs: Costs = PRODUCTION_COSTS,
) -> SiteContext:
    """Open a site made before login slots (its key in the key store) and run the start-up
    upkeep; a site with login slots refuses in one sentence (`SiteDoor.enter` opens it).
    Upkeep problems are logged and never stop an agent from working."""
    if demo:
        if clock is not None or keystore is not None:
            raise ValueError("a demonstration site has its own key file and the system clock")
        from aidant.setup.demo import ensure_demo_site

        ensure_demo_site(paths, costs=costs).close()
    ctx = connect(paths, clock=clock, keystore=keystore, costs=costs)
    return _upkeep(ctx)


def _upkeep(ctx: SiteContext) -> SiteContext:
    try:
        upkeep.start_up(ctx)
    except BaseException:
        ctx.close()  # a bug in the upkeep (its known problems are only logged)
        raise
    return ctx


@dataclasses.dataclass
class SiteDoor:
    """A site ready for its login screen: nothing of it is open yet."""

    paths: DataPaths
    site: SiteFile
    keystore: KeyStore
    clock: Clock
    costs: Costs

    @property
    def locked(self) -> bool:
        """True when the site opens only with an agent's password (its login slots exist)."""
        return self.paths.access_file.exists()

    def access(self) -> SiteAccess:
        return SiteAccess(self.paths, self.site.site_id, self.keystore)

    def open_legacy(self) -> SiteContext:
        """Open a site made before login slots with the key in the key store (and run the
        upkeep); a site with login slots refuses in one sentence."""
        return _upkeep(connect(self.paths, self.clock, self.keystore, costs=self.costs))

    def open_site(self, login: str, password: str) -> SiteContext:
        """Open the site with this agent's password (or, for a site made before login slots,
        with the key store) and run the upkeep; the agent is not logged in yet."""
        if not self.locked:
            return self.open_legacy()
        access = self.access()
        now = self.clock.now()
        outcome = access.unlock(login, password, now, self.costs)
        if isinstance(outcome, Refusal):
            if outcome.wait > 0:
                raise accounts.lockout_refusal(outcome.wait)
            raise AuthenticationError(AgentText.BAD_LOGIN)
        ctx = connect(self.paths, self.clock, self.keystore, costs=self.costs, key=outcome)
        status_list.watch(ctx)
        if ctx.access is not None:
            ctx.access.opened_by = access.opened_by
        if self.keystore.get(KeyName.DATABASE) is not None:
            self.keystore.delete(KeyName.DATABASE)  # an upgrade cut short
        _upkeep(ctx)
        try:
            journal_pending_failures(ctx, now)
        except BaseException:
            ctx.close()
            raise
        return ctx

    def enter(
        self, login: str, password: str, totp_code: str | None = None
    ) -> tuple[SiteContext, Actor]:
        """Open the site and log the agent in (raises `accounts.TotpRequired` when a one-time
        code is needed: call again with it). The caller closes the context."""
        ctx = self.open_site(login, password)
        try:
            actor = accounts.login_with_password(ctx, login, password, totp_code)
            upgrade_if_manager(ctx, actor, login, password)
        except BaseException:
            ctx.close()
            raise
        return ctx, actor


def prepare(
    paths: DataPaths,
    *,
    demo: bool = False,
    clock: Clock | None = None,
    keystore: KeyStore | None = None,
    costs: Costs = PRODUCTION_COSTS,
) -> SiteDoor:
    """What the login screen needs: the site file and, checked against this PC's device
    secret, its access file (a demonstration site is created the first time)."""
    if demo:
        if clock is not None or keystore is not None:
            raise ValueError("a demonstration site has its own key file and the system clock")
        from aidant.setup.demo import ensure_demo_site

        ensure_demo_site(paths, costs=costs).close()
    site = SiteFile.read(paths.site_file)
    store = keystore or keystore_for(paths, site)
    door = SiteDoor(paths, site, store, clock or SystemClock(), costs)
    if door.locked:
        door.access().check()
    return door


def upgrade_if_manager(ctx: SiteContext, actor: Actor, login: str, password: str) -> bool:
    """A site made before login slots, at its first manager login: its database key goes into
    a login slot for this manager and, for every other active agent, a slot opening with the
    password behind their stored hash (replaced by a normal slot at their next login); the key
    leaves the key store. Nothing else changes. True if the site was upgraded."""
    if ctx.access is not None or not actor.is_manager:
        return False
    from sqlalchemy import select

    from aidant.storage.models import Agent

    access = SiteAccess(ctx.paths, ctx.site.site_id, ctx.keystore)
    key = SecretBuffer.take(ctx.database_key())
    access.hold(key)
    access.create(key, login, password, ctx.costs)
    with ctx.transaction() as db:
        others = [
            (a.login, a.password_hash)
            for a in db.scalars(select(Agent).where(Agent.active.is_(True)))
            if a.login != login.strip()
        ]
        for other, password_hash in others:
            access.put_verifier_slot(other, password_hash)
        journal.append(
            db,
            actor,
            EntryKind.SITE_ACCESS_UPGRADED,
            ctx.clock.now(),
            data={"slots": len(others) + 1},
        )
    ctx.access = access
    ctx.keystore.delete(KeyName.DATABASE)
    log.info("site access upgraded to login slots")
    return True
