"""The site's own keys: the recovery sheet that prints them, and putting them back in the
keyring from that sheet. Only here (and in set-up) do the raw keys leave the key store."""

from __future__ import annotations

from sqlalchemy import select

from aidant.agents.accounts import MIN_PASSWORD
from aidant.agents.texts import AgentText
from aidant.domain.actors import Actor, require_manager
from aidant.domain.enums import Role
from aidant.domain.errors import Refused, StorageError
from aidant.pdf.site_recovery import render_site_recovery_sheet
from aidant.setup.texts import SetupText
from aidant.site.access import SiteAccess
from aidant.site.context import SiteContext, SiteFile, keystore_for
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.identity import identity
from aidant.site.paths import DataPaths
from aidant.storage.engine import make_engine
from aidant.storage.keystore import KeyName
from aidant.storage.models import Agent
from crypto.secretbuffer import SecretBuffer


def recovery_sheet(ctx: SiteContext, actor: Actor) -> bytes:
    """The site recovery sheet (both keys as text and QR) as a PDF, rendered in memory
    (managers only)."""
    require_manager(actor)
    site = identity(ctx)
    db_key: bytearray | None = ctx.database_key()
    signing = ctx.keystore.get(KeyName.SIGNING)
    try:
        if db_key is None or signing is None:
            raise StorageError(SetupText.SITE_KEYS_MISSING)
        return render_site_recovery_sheet(site.name, site.id, db_key, signing, ctx.clock.now())
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
    agent then needs a password reset). A database key that does not open the database, or a
    login that is no active manager, is refused before anything is stored. Both buffers are
    zeroed."""
    try:
        site = SiteFile.read(paths.site_file)
        engine = make_engine(paths.database, db_key)  # refuses a key that does not open it
        try:
            with engine.connect() as conn:
                manager = conn.execute(
                    select(Agent.id).where(
                        Agent.login == manager_login.strip(),
                        Agent.active.is_(True),
                        Agent.role == Role.MANAGER,
                    )
                ).first()
        finally:
            engine.dispose()
        if manager is None:
            raise Refused(SetupText.RESTORE_NEEDS_MANAGER, login=manager_login)
        if len(new_password) < MIN_PASSWORD:
            raise Refused(AgentText.PASSWORD_TOO_SHORT, minimum=MIN_PASSWORD)
        store = keystore_for(paths, site)
        store.put(KeyName.SIGNING, signing)
        with SecretBuffer(db_key) as held:
            SiteAccess(paths, site.site_id, store).create(held, manager_login, new_password, costs)
        store.delete(KeyName.DATABASE)
    finally:
        db_key[:] = bytes(len(db_key))
        signing[:] = bytes(len(signing))
