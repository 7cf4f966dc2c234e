"""The site's own keys: the recovery sheet that prints them, and putting them back in the
keyring from that sheet. Only here (and in set-up) do the raw keys leave the key store."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.agents import certificates
from aidant.agents.accounts import MIN_PASSWORD
from aidant.agents.certificates import fingerprint
from aidant.agents.texts import AgentText
from aidant.domain.actors import Actor, ActorKind, require_manager
from aidant.domain.enums import Role
from aidant.domain.errors import Refused, StorageError
from aidant.journal import EntryKind
from aidant.pdf.site_recovery import render_site_recovery_sheet
from aidant.setup.texts import SetupText
from aidant.site.access import SiteAccess, SlotPayload
from aidant.site.clock import SystemClock
from aidant.site.context import SiteContext, SiteFile, keystore_for
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.identity import identity, read_identity
from aidant.site.paths import DataPaths
from aidant.storage import migrate
from aidant.storage.engine import make_engine
from aidant.storage.keystore import KeyName
from aidant.storage.models import Agent, Site
from aidant.storage.texts import StorageText
from crypto.secretbuffer import SecretBuffer
from crypto.signing import generate_signing_key, public_key_hex


def recovery_sheet(ctx: SiteContext, actor: Actor) -> bytes:
    """The site recovery sheet (both keys as text and QR) as a PDF, rendered in memory
    (managers only)."""
    require_manager(actor)
    if ctx.on_server:
        raise Refused(SetupText.NO_SHEET_ON_SERVER)
    site = identity(ctx)
    db_key: bytearray | None = ctx.database_key()
    signing = ctx.keystore.get(KeyName.SIGNING)
    try:
        if db_key is None or signing is None:
            raise StorageError(SetupText.SITE_KEYS_MISSING)
        root = None if site.root_public_key is None else fingerprint(site.root_public_key)
        return render_site_recovery_sheet(
            site.name, site.id, db_key, signing, ctx.clock.now(), root
        )
    finally:
        for key in (db_key, signing):
            if key is not None:
                key[:] = bytes(len(key))


def restore_keys(
    paths: DataPaths,
    db_key: bytearray,
    signing: bytearray,
    manager_login: str,
    new_password: str,
    costs: Costs = PRODUCTION_COSTS,
) -> None:
    """Give this PC access to the site again from its recovery sheet: a new device secret and a
    new access file whose only slot is `manager_login`'s, with `new_password` (every other
    agent then needs a password reset). Each key is checked first against what it opens or
    signs for: the database key must open the database, the signing key must be the one whose
    public half the site records; a login that is no active manager is refused too. Nothing is
    stored unless all are right. Both buffers are zeroed."""
    try:
        site = SiteFile.read(paths.site_file)
        if site.server_url is not None:
            raise Refused(SetupText.NO_KEY_RESTORE_ON_SERVER)
        try:
            engine = make_engine(paths.database, db_key)
        except StorageError as exc:
            if exc.text is StorageText.WRONG_KEY:
                raise StorageError(SetupText.DATABASE_KEY_REFUSED) from exc
            raise
        try:
            migrate.upgrade_to_head(engine)
            with Session(engine) as db:
                recorded = read_identity(db).signing_public_key
            if public_key_hex(signing) != recorded:
                raise StorageError(SetupText.SIGNING_KEY_REFUSED)
            _replace_root(paths, site, engine, db_key, manager_login, new_password, costs)
        finally:
            engine.dispose()
        store = keystore_for(paths, site)
        store.put(KeyName.SIGNING, signing)
        store.delete(KeyName.DATABASE)
    finally:
        db_key[:] = bytes(len(db_key))
        signing[:] = bytes(len(signing))


def _replace_root(
    paths: DataPaths,
    site: SiteFile,
    engine: Engine,
    db_key: bytearray,
    manager_login: str,
    new_password: str,
    costs: Costs,
) -> None:
    """A new site root key (the old one lived in login slots only), a certificate for the
    restoring manager, journalled; then the new access file with that manager's slot."""
    if len(new_password) < MIN_PASSWORD:
        raise Refused(AgentText.PASSWORD_TOO_SHORT, minimum=MIN_PASSWORD)
    migrate.upgrade_to_head(engine)
    root = SecretBuffer.take(generate_signing_key())
    signing = SecretBuffer.take(generate_signing_key())
    try:
        with Session(engine) as db, db.begin():
            manager = db.scalar(
                select(Agent).where(
                    Agent.login == manager_login.strip(),
                    Agent.active.is_(True),
                    Agent.role == Role.MANAGER,
                )
            )
            row = db.get(Site, site.site_id)
            if manager is None or row is None:
                raise Refused(SetupText.RESTORE_NEEDS_MANAGER, login=manager_login)
            now = SystemClock().now()
            actor = Actor(ActorKind.AGENT, manager.id, Role.MANAGER, manager.display_name)
            row.root_public_key = public_key_hex(root)
            db.flush()
            journal.append(db, actor, EntryKind.SITE_ROOT_REPLACED, now, data={})
            certificates.issue(
                db, actor, root, manager, public_key_hex(signing), Role.MANAGER, True, now
            )
            access = SiteAccess(paths, site.site_id, keystore_for(paths, site))
            payload = SlotPayload(
                SecretBuffer(db_key), SecretBuffer(signing.view()), SecretBuffer(root.view())
            )
            try:
                access.create(payload, manager_login, new_password, costs)
            finally:
                payload.zero()
            access.pin_root(public_key_hex(root))
    finally:
        root.zero()
        signing.zero()
