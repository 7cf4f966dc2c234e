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
import datetime as dt
import logging

from sqlalchemy import Engine

from aidant import journal
from aidant.agents import accounts
from aidant.agents.passwords import journal_pending_failures
from aidant.agents.texts import AgentText
from aidant.domain import faults
from aidant.domain.actors import Actor
from aidant.domain.errors import AuthenticationError, StorageError
from aidant.domain.texts import FaultPlace, FaultText
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.mandates import status_list
from aidant.setup import upkeep
from aidant.setup.upgrade import upgrade_if_manager
from aidant.site import server_access
from aidant.site.access import Refusal, SiteAccess, SlotPayload, lockout_seconds
from aidant.site.anchor import RollbackDetected
from aidant.site.clock import Clock, SystemClock
from aidant.site.context import SiteContext, SiteFile, connect, keystore_for, server_engine
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
from aidant.site.texts import SiteText
from aidant.storage import integrity, server_logins
from aidant.storage.keystore import KeyName, KeyStore
from aidant.storage.server import Credentials, LoginRefused

log = logging.getLogger(__name__)


def _upkeep(ctx: SiteContext) -> SiteContext:
    try:
        upkeep.start_up(ctx)
    except BaseException as exc:
        located = located_damage(ctx, exc)
        ctx.close()  # a bug in the upkeep (its known problems are only logged), or damage
        if located is not None:
            raise located from exc
        raise
    return ctx


def located_damage(ctx: SiteContext, exc: BaseException) -> StorageError | None:
    """When `exc` is a damaged database met in an open site, the same answer naming the pages
    whose HMAC fails (found with the open site's key, before it is closed); else None."""
    if not _is_damage(exc, ctx.paths):
        return None
    key = ctx.database_key()
    try:
        return _damage_at_pages(ctx.paths, key)
    finally:
        key[:] = bytes(len(key))


def _is_damage(exc: BaseException, paths: DataPaths) -> bool:
    found = faults.answer(exc, paths.root)
    return isinstance(found, StorageError) and found.text is FaultText.DATABASE_DAMAGED


def _damage_at_pages(paths: DataPaths, key: bytearray) -> StorageError | None:
    pages = integrity.damaged_pages(paths.database, key)
    if not pages:
        return None
    return faults.damaged(FaultPlace.PAGES, pages=", ".join(str(p) for p in pages[:10]))


@dataclasses.dataclass
class SiteDoor:
    """A site ready for its login screen: nothing of it is open yet."""

    paths: DataPaths
    site: SiteFile
    keystore: KeyStore
    clock: Clock
    costs: Costs
    #: Failed logins on a server site, per login, while this door lives (see _open_server).
    server_failures: dict[str, tuple[int, dt.datetime | None]] = dataclasses.field(
        default_factory=dict
    )

    @property
    def locked(self) -> bool:
        """True when the site opens only with an agent's password (its login slots exist, or
        it is on a server, where each agent connects as their own login)."""
        return self.site.server_url is not None or self.paths.access_file.exists()

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
        if self.site.server_url is not None:
            return self._open_server(login, password)
        access = self.access()
        now = self.clock.now()
        outcome = access.unlock(login, password, now, self.costs)
        if isinstance(outcome, Refusal):
            if outcome.wait > 0:
                raise accounts.lockout_refusal(outcome.wait)
            raise AuthenticationError(AgentText.BAD_LOGIN)
        key = bytearray(outcome.db_key.view())  # to say where the damage is, if any
        try:
            ctx = connect(self.paths, self.clock, self.keystore, costs=self.costs, payload=outcome)
        except BaseException as exc:
            located = _damage_at_pages(self.paths, key) if _is_damage(exc, self.paths) else None
            if located is not None:
                raise located from exc
            raise
        finally:
            key[:] = bytes(len(key))
        status_list.watch(ctx)
        if ctx.access is not None:
            ctx.access.opened_by = access.opened_by
        if self.keystore.get(KeyName.DATABASE) is not None:
            self.keystore.delete(KeyName.DATABASE)  # an upgrade cut short
        if ctx.rollback is not None:
            return ctx  # nothing is written before a manager has acknowledged it
        _upkeep(ctx)
        try:
            journal_pending_failures(ctx, now)
        except BaseException:
            ctx.close()
            raise
        return ctx

    def _open_server(self, login: str, password: str) -> SiteContext:
        """Connect as the agent's own server login, their keys from their slot there.

        The server refuses a wrong password; this door (one per window, kept across attempts)
        also makes the same growing wait as the access file after repeated failures of one
        login. It lives in memory only: the server's own defence is `auth_delay` and its log
        (docs/site-server.md)."""
        who = login.strip()
        now = self.clock.now()
        failures, until = self.server_failures.get(who, (0, None))
        if until is not None and now < until:
            raise accounts.lockout_refusal((until - now).total_seconds())
        try:
            engine, payload = server_login(self.paths, self.site, login, password, self.costs)
        except AuthenticationError:
            failures += 1
            wait = lockout_seconds(failures)
            later = now + dt.timedelta(seconds=wait) if wait else None
            self.server_failures[who] = (failures, later)
            if wait:
                raise accounts.lockout_refusal(wait) from None
            raise
        self.server_failures.pop(who, None)
        ctx = connect(
            self.paths,
            self.clock,
            self.keystore,
            costs=self.costs,
            payload=payload,
            engine=engine,
        )
        if ctx.access is not None:
            ctx.access.opened_by = login.strip()
        status_list.watch(ctx)
        return _upkeep(ctx)

    def _pin_server_root(self, ctx: SiteContext) -> None:
        """A desk's first login on a server: the root its certificate was checked against is
        pinned in `site.json`, so that a root swapped on the server later certifies nobody."""
        access = ctx.access
        if self.site.server_root is not None or not isinstance(access, server_access.ServerAccess):
            return
        if access.recorded_root is None:
            return
        self.site = dataclasses.replace(self.site, server_root=access.recorded_root)
        safe_io.atomic_write_bytes(self.paths.site_file, self.site.to_json())

    def enter(
        self,
        login: str,
        password: str,
        totp_code: str | None = None,
        *,
        acknowledge: bool = False,
    ) -> tuple[SiteContext, Actor]:
        """Open the site and log the agent in (raises `accounts.TotpRequired` when a one-time
        code is needed: call again with it). A journal shorter than, or diverging from, what
        this PC saw raises `RollbackDetected`, unless a manager logs in with `acknowledge`
        (journalled). The caller closes the context."""
        ctx = self.open_site(login, password)
        try:
            actor = accounts.login_with_password(ctx, login, password, totp_code)
            if ctx.rollback is not None:
                _acknowledge(ctx, actor, acknowledge)
            upgrade_if_manager(ctx, actor, login, password)
            self._pin_server_root(ctx)
        except BaseException as exc:
            located = located_damage(ctx, exc)
            ctx.close()
            if located is not None:
                raise located from exc
            raise
        return ctx, actor


def server_login(
    paths: DataPaths, site: SiteFile, login: str, password: str, costs: Costs
) -> tuple[Engine, SlotPayload]:
    """Derive the agent's server login from their password, connect as it (the server refuses
    a wrong password: the usual sentence), and open their key slot there."""
    params = site.login_params(costs)
    with server_access.login_secrets(site.site_id, login, password, params) as secrets:
        try:
            engine = server_engine(paths, site, Credentials(secrets.role, secrets.password))
        except LoginRefused:
            raise AuthenticationError(AgentText.BAD_LOGIN) from None
        try:
            with engine.connect() as conn:
                sealed = server_logins.own_slot(conn)
            if sealed is None:  # a login without its slot: refused like a wrong password
                raise AuthenticationError(AgentText.BAD_LOGIN)
            try:
                return engine, secrets.open_slot(site.site_id, sealed)
            except StorageError as exc:
                # Only through a trusted socket can a wrong password reach the slot.
                raise AuthenticationError(AgentText.BAD_LOGIN) from exc
        except BaseException:
            engine.dispose()
            raise


def _acknowledge(ctx: SiteContext, actor: Actor, acknowledge: bool) -> None:
    """A manager acknowledges what the rollback anchor found: it is journalled, the anchor
    follows the journal as it is, and the upkeep runs. Anyone else: the sentence, nothing done."""
    problem = ctx.rollback
    if problem is None:
        return
    if not acknowledge:
        raise RollbackDetected(problem.text, **problem.params)
    if not actor.is_manager:
        raise RollbackDetected(SiteText.ROLLBACK_NEEDS_MANAGER)
    with ctx.transaction() as db:
        journal.append(
            db,
            actor,
            EntryKind.JOURNAL_ROLLBACK_ACKNOWLEDGED,
            ctx.clock.now(),
            data={"problem": problem.text.name, **{k: v for k, v in problem.params.items()}},
        )
    ctx.rollback = None
    _upkeep(ctx)


def _holds(store: KeyStore, name: KeyName) -> bool:
    """True when the key store has `name` (the copy read is zeroed at once)."""
    value = store.get(name)
    if value is None:
        return False
    value[:] = bytes(len(value))
    return True


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

        if not paths.site_file.exists():  # made once; afterwards it opens like any site
            ensure_demo_site(paths, costs=costs).close()
    site = SiteFile.read(paths.site_file)
    store = keystore or keystore_for(paths, site)
    door = SiteDoor(paths, site, store, clock or SystemClock(), costs)
    if site.server_url is not None:
        pass  # nothing of a server site is kept on this PC but its address and certificate
    elif door.locked:
        door.access().check()
    elif _holds(store, KeyName.DEVICE) and not _holds(store, KeyName.DATABASE):
        # This PC holds a device secret, so the site has login slots: their file is gone (a
        # site made before login slots keeps its database key in the key store instead).
        raise StorageError(SiteText.ACCESS_FILE_MISSING)
    return door
