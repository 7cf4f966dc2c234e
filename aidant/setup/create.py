"""Setting up a site: data folder, keys, encrypted database, first manager."""

from __future__ import annotations

import logging
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.agents.accounts import create_agent
from aidant.domain.actors import SYSTEM
from aidant.domain.enums import Role
from aidant.domain.errors import Refused
from aidant.domain.ids import new_id
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.setup.texts import SetupText
from aidant.site.clock import Clock, SystemClock
from aidant.site.context import SiteContext, SiteFile, connect, keystore_for, open_engine
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
from aidant.storage import engine as storage_engine
from aidant.storage import migrate
from aidant.storage.keystore import KeyName, KeyStore, KeyStoreKind
from aidant.storage.models import Site
from crypto.signing import generate_signing_key, public_key_hex

log = logging.getLogger(__name__)


def init_site(
    paths: DataPaths,
    site_name: str,
    manager_login: str,
    manager_name: str,
    manager_password: str,
    *,
    keystore_kind: KeyStoreKind = KeyStoreKind.KEYRING,
    keystore: KeyStore | None = None,
    demo: bool = False,
    clock: Clock | None = None,
    costs: Costs = PRODUCTION_COSTS,
    server_url: str | None = None,
) -> SiteContext:
    """Create a site in an empty data directory and return it open.

    The database key and the journal signing key are random and go to the key store; the
    caller should then print the site recovery sheet, the only other copy of them. With
    `server_url`, the site's data goes to that (empty) PostgreSQL database instead of an
    encrypted file, and only the signing key is made (the server is not encrypted by a key of
    this PC; see docs/site-server.md).
    """
    clock = clock or SystemClock()
    site_name = site_name.strip()
    if not site_name:
        raise Refused(SetupText.SITE_NAME_EMPTY)
    if paths.site_file.exists() or paths.database.exists():
        raise Refused(SetupText.SITE_EXISTS, root=paths.root)
    safe_io.set_private_umask()
    safe_io.ensure_private_dir(paths.root)

    site = SiteFile(site_id=new_id(), keystore=keystore_kind, demo=demo, server_url=server_url)
    store = keystore or keystore_for(paths, site)
    db_key = bytearray(secrets.token_bytes(storage_engine.KEY_BYTES))
    signing_key = generate_signing_key()
    try:
        # Keys first: if the keyring is missing we stop before leaving a half-made site behind.
        if server_url is None:
            store.put(KeyName.DATABASE, db_key)
        store.put(KeyName.SIGNING, signing_key)
        engine = open_engine(paths, site, store, create=True)
        try:
            migrate.upgrade_to_head(engine)
            factory = storage_engine.make_session_factory(engine)
            with storage_engine.transaction(factory) as db:
                if db.scalar(select(Site.id).limit(1)) is not None:
                    raise Refused(SetupText.SITE_EXISTS, root=server_url)
                _create_rows(
                    db,
                    site,
                    site_name,
                    public_key_hex(signing_key),
                    demo,
                    clock,
                    manager_login,
                    manager_name,
                    manager_password,
                    costs,
                )
        finally:
            engine.dispose()
    finally:
        db_key[:] = bytes(len(db_key))
        signing_key[:] = bytes(len(signing_key))
    safe_io.atomic_write_bytes(paths.site_file, site.to_json())
    return connect(paths, clock=clock, keystore=store, costs=costs)


def _create_rows(
    db: Session,
    site: SiteFile,
    site_name: str,
    public_key: str,
    demo: bool,
    clock: Clock,
    manager_login: str,
    manager_name: str,
    manager_password: str,
    costs: Costs,
) -> None:
    now = clock.now()
    db.add(
        Site(
            id=site.site_id,
            name=site_name,
            created_at=now,
            signing_public_key=public_key,
            demo=demo,
        )
    )
    journal.append(db, SYSTEM, EntryKind.SITE_CREATED, now, data={"site": site.site_id})
    create_agent(
        db, SYSTEM, manager_login, manager_name, Role.MANAGER, manager_password, now, costs
    )
