"""Setting up a site: data folder, keys, encrypted database, first manager."""

from __future__ import annotations

import dataclasses
import logging
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.agents import certificates
from aidant.agents.accounts import create_agent
from aidant.domain import inputs
from aidant.domain.actors import SYSTEM
from aidant.domain.enums import Role
from aidant.domain.errors import Refused
from aidant.domain.ids import new_id
from aidant.domain.texts import InputField
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.mandates import status_list
from aidant.setup.texts import SetupText
from aidant.site import server_access
from aidant.site.access import SiteAccess, SlotPayload
from aidant.site.clock import Clock, SystemClock
from aidant.site.context import (
    SiteContext,
    SiteFile,
    connect,
    keystore_for,
    open_engine,
    server_engine,
)
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
from aidant.storage import engine as storage_engine
from aidant.storage import migrate
from aidant.storage import server as storage_server
from aidant.storage.keystore import KeyName, KeyStore, KeyStoreKind
from aidant.storage.models import Agent, Site
from crypto.secretbuffer import SecretBuffer
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
    beside_others: bool = False,
    stored_url: str | None = None,
    server_fingerprint: str | None = None,
) -> SiteContext:
    """Create a site in an empty data directory and return it open.

    The database key is random and goes into the manager's login slot (`aidant.site.access`:
    their password and this PC's device secret, kept in the key store, open it together); the
    journal signing key goes to the key store. The caller should then print the site recovery
    sheet, the only other copy of the database key. With `server_url`, the site's data goes to
    that (empty) PostgreSQL database instead of an encrypted file, and the database key in the
    slot opens nothing (the server is not encrypted by a key of this PC; see
    docs/site-server.md); the manager's keys then go to their own login's slot on the server.
    `site.json` records `stored_url` (the URL without the operator's user and password) when
    given, and `server_fingerprint` (the certificate pinned in the data folder).
    `beside_others` lets a new site join a server database that already holds other sites
    (a communauté de communes); without it such a database is refused.
    """
    clock = clock or SystemClock()
    site_name = inputs.clean(site_name, InputField.SITE_NAME, inputs.SHORT_MAX) or ""
    if not site_name:
        raise Refused(SetupText.SITE_NAME_EMPTY)
    if paths.site_file.exists() or paths.database.exists():
        raise Refused(SetupText.SITE_EXISTS, root=paths.root)
    safe_io.set_private_umask()
    safe_io.ensure_private_dir(paths.root)

    site = SiteFile(
        site_id=new_id(),
        keystore=keystore_kind,
        demo=demo,
        server_url=server_url,
        server_fingerprint=server_fingerprint,
        server_kdf=None if server_url is None else costs.agent_passwords,
    )
    store = keystore or keystore_for(paths, site)
    db_key = bytearray(secrets.token_bytes(storage_engine.KEY_BYTES))
    signing_key = generate_signing_key()
    keys = Keys(
        SecretBuffer.take(generate_signing_key()), SecretBuffer.take(generate_signing_key())
    )
    try:
        # Keys first: if the keyring is missing we stop before leaving a half-made site behind.
        store.put(KeyName.SIGNING, signing_key)
        engine = open_engine(paths, site, db_key, create=True)
        try:
            migrate.upgrade_to_head(engine)
            factory = storage_engine.make_session_factory(engine)
            with storage_engine.transaction(factory) as db:
                # A server may hold several sites (row-level security keeps them apart), but
                # only when asked: a database that already holds a site is refused otherwise,
                # and one asked to hold another site must already hold one (else the wrong
                # database was named).
                if server_url is not None:
                    _check_others(db, server_url, beside_others)
                manager = _create_rows(
                    db,
                    site,
                    site_name,
                    public_key_hex(signing_key),
                    demo,
                    clock,
                    (manager_login, manager_name, manager_password),
                    keys,
                    costs,
                )
                if server_url is not None:
                    _server_login(db, site, manager, manager_password, keys, costs)
        finally:
            engine.dispose()
        if server_url is None:
            payload = SlotPayload(
                SecretBuffer(db_key),
                SecretBuffer(keys.manager.view()),
                SecretBuffer(keys.root.view()),
            )
            access = SiteAccess(paths, site.site_id, store)
            try:
                access.create(payload, manager_login, manager_password, costs)
            finally:
                payload.zero()
            access.pin_root(public_key_hex(keys.root))
        stored = site
        if server_url is not None:  # this desk pins the root it has just made
            stored = dataclasses.replace(
                site, server_url=stored_url or server_url, server_root=public_key_hex(keys.root)
            )
        safe_io.atomic_write_bytes(paths.site_file, stored.to_json())
        opened = SlotPayload(
            SecretBuffer(db_key), SecretBuffer(keys.manager.view()), SecretBuffer(keys.root.view())
        )
        ctx = connect(
            paths,
            clock=clock,
            keystore=store,
            costs=costs,
            payload=opened,
            engine=None if server_url is None else server_engine(paths, site),
        )
        status_list.watch(ctx)
        return ctx
    finally:
        db_key[:] = bytes(len(db_key))
        signing_key[:] = bytes(len(signing_key))
        keys.root.zero()
        keys.manager.zero()


def _check_others(db: Session, server_url: str, beside_others: bool) -> None:
    holds_one = db.scalar(select(Site.id).limit(1)) is not None
    where = storage_server.without_secrets(server_url)
    if holds_one and not beside_others:
        raise Refused(SetupText.SERVER_HOLDS_A_SITE, root=where)
    if beside_others and not holds_one:
        raise Refused(SetupText.SERVER_HOLDS_NO_SITE, root=where)


@dataclasses.dataclass(frozen=True)
class Keys:
    """The site root key and the first manager's own signing key, made at set-up."""

    root: SecretBuffer
    manager: SecretBuffer


def _create_rows(
    db: Session,
    site: SiteFile,
    site_name: str,
    public_key: str,
    demo: bool,
    clock: Clock,
    manager: tuple[str, str, str],
    keys: Keys,
    costs: Costs,
) -> Agent:
    now = clock.now()
    db.add(
        Site(
            id=site.site_id,
            name=site_name,
            created_at=now,
            signing_public_key=public_key,
            demo=demo,
            root_public_key=public_key_hex(keys.root),
        )
    )
    journal.append(db, SYSTEM, EntryKind.SITE_CREATED, now, data={"site": site.site_id})
    login, name, password = manager
    agent = create_agent(db, SYSTEM, login, name, Role.MANAGER, password, now, costs)
    certificates.issue(
        db, SYSTEM, keys.root, agent, public_key_hex(keys.manager), Role.MANAGER, True, now
    )
    return agent


def _server_login(
    db: Session, site: SiteFile, manager: Agent, password: str, keys: Keys, costs: Costs
) -> None:
    """The first manager's own login on the server, holding their keys (no access file)."""
    server_access.put_manager_login(
        db,
        site.site_id,
        site.login_params(costs),
        manager.id,
        manager.login,
        password,
        keys.manager,
        keys.root,
    )
