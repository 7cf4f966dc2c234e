"""An open site: its data paths, database, keys and clock, handed to every service."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

import crypto
from aidant.domain import faults
from aidant.domain.errors import AidantError, Phrase, StorageError
from aidant.domain.texts import FaultText
from aidant.site import anchor
from aidant.site.access import SiteAccess, SlotPayload
from aidant.site.clock import Clock, SystemClock
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
from aidant.site.server_access import ServerAccess
from aidant.site.texts import SiteText
from aidant.storage import engine as storage_engine
from aidant.storage import migrate
from aidant.storage import server as storage_server
from aidant.storage.keystore import DemoFileKeyStore, KeyName, KeyStore, KeyStoreKind, OsKeyStore

log = logging.getLogger(__name__)

SITE_FILE_FORMAT = 1


@dataclass(frozen=True)
class SiteFile:
    """The non-secret `site.json`: which site this is, where its keys are kept and, for a site
    on a server, the server's address (no password: it is not a secret store)."""

    site_id: str
    keystore: KeyStoreKind
    demo: bool = False
    #: PostgreSQL URL of the site server; None for the embedded database in the data folder.
    server_url: str | None = None
    #: SHA-256 fingerprint of the server's certificate pinned at enrolment (its PEM copy is
    #: `paths.server_certificate`); None on a Unix socket.
    server_fingerprint: str | None = None
    #: The Argon2id cost of the agents' server logins, fixed when the site was set up: it
    #: must be known before connecting, and the same on every desk.
    server_kdf: crypto.Argon2Params | None = None
    #: The site root public key this desk pinned (set-up, or its first login on the server).
    server_root: str | None = None

    def login_params(self, costs: Costs) -> crypto.Argon2Params:
        """The cost of deriving an agent's server login (`costs` for a site without one)."""
        return self.server_kdf or costs.agent_passwords

    def to_json(self) -> bytes:
        fields: dict[str, object] = {
            "format": SITE_FILE_FORMAT,
            "site_id": self.site_id,
            "keystore": self.keystore.value,
            "demo": self.demo,
        }
        if self.server_url is not None:
            fields["server"] = self.server_url
        if self.server_fingerprint is not None:
            fields["server_fingerprint"] = self.server_fingerprint
        if self.server_kdf is not None:
            fields["server_login_kdf"] = self.server_kdf.to_dict()
        if self.server_root is not None:
            fields["server_root"] = self.server_root
        return json.dumps(fields, indent=2).encode()

    @property
    def server_host(self) -> str | None:
        """The site server's host (and port) as a person reads it, "" when it is reached
        through a Unix socket on this machine, None for the embedded file: what the
        application shows of where the data lives."""
        if self.server_url is None:
            return None
        return storage_server.server_host(self.server_url)

    @classmethod
    def read(cls, path: Path) -> SiteFile:
        try:
            raw = json.loads(path.read_text("utf-8"))
            server = raw.get("server")
            pinned = raw.get("server_fingerprint")
            kdf = raw.get("server_login_kdf")
            root = raw.get("server_root")
            return cls(
                str(raw["site_id"]),
                KeyStoreKind(raw["keystore"]),
                bool(raw.get("demo")),
                None if server is None else str(server),
                None if pinned is None else str(pinned),
                None if kdf is None else crypto.Argon2Params.from_dict(kdf),
                None if root is None else str(root),
            )
        except FileNotFoundError:
            raise StorageError(SiteText.NOT_INITIALISED, root=path.parent) from None
        except OSError as exc:  # a folder in its place, no permission, a failing disk
            raise faults.os_error(exc, path) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise StorageError(SiteText.SITE_FILE_DAMAGED, path=path) from exc


def keystore_for(paths: DataPaths, site: SiteFile) -> KeyStore:
    if site.keystore is KeyStoreKind.DEMO_FILE:
        return DemoFileKeyStore(paths.demo_key_file)
    return OsKeyStore(site.site_id)


@dataclass
class SiteContext:
    """Everything a service needs. One per open site; shared by the UI and the command line."""

    paths: DataPaths
    site: SiteFile
    keystore: KeyStore
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock = field(default_factory=SystemClock)
    #: Argon2id cost of new secrets (vault key slots, agent passwords).
    costs: Costs = PRODUCTION_COSTS
    #: The access file and the database key it opened (None: a site made before login slots,
    #: whose database key is still in the key store until its first manager login).
    access: SiteAccess | None = None
    #: What the journal's rollback anchor found at opening (`aidant.site.anchor`): until a
    #: manager acknowledges it, nothing else is done and the anchor is left as it was.
    rollback: Phrase | None = None

    def database_key(self) -> bytearray:
        """A copy of the database key (the caller zeroes it): the recovery sheet, backups."""
        if self.access is not None:
            return self.access.database_key()
        key = self.keystore.get(KeyName.DATABASE)
        if key is None:
            raise StorageError(SiteText.DATABASE_KEY_MISSING)
        return key

    @property
    def on_server(self) -> bool:
        """Whether the site's data lives on a site server rather than in this PC's file."""
        return self.site.server_url is not None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: a state change and its journal entry commit together."""
        with storage_engine.transaction(self.sessions) as db:
            yield db

    def close(self) -> None:
        if self.access is not None and self.rollback is None and not self.on_server:
            try:
                anchor.record(self.access, self.engine)
            except AidantError as exc:  # the keyring went away: said, never fatal on close
                log.warning("journal anchor not recorded: %s", exc)
        self.engine.dispose()
        if self.access is not None:
            self.access.release()

    def __enter__(self) -> SiteContext:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _bring_up_to_date(engine: Engine, *, server: bool) -> None:
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current != head and server:
        # Agents' logins cannot change the schema: the operator does (`aidant server init`).
        raise StorageError(SiteText.SERVER_SCHEMA_OUTDATED)
    if current != head:
        if current is not None and not migrate.is_known_revision(current):
            raise StorageError(SiteText.DATABASE_TOO_NEW)
        log.info("upgrading schema from %s to %s", current, head)
        migrate.upgrade_to_head(engine)
    migrate.check_tables(engine)


def server_engine(
    paths: DataPaths, site: SiteFile, login: storage_server.Credentials | None = None
) -> Engine:
    """The site's server, reached as `login` (else as the URL says: tests, `server init`),
    over TLS checked against the certificate pinned at enrolment unless on a Unix socket."""
    if site.server_url is None:
        raise StorageError(SiteText.DATABASE_KEY_MISSING)
    pinned = paths.server_certificate if site.server_fingerprint is not None else None
    return storage_server.make_server_engine(
        site.server_url, site.site_id, login=login, pinned=pinned
    )


def open_engine(
    paths: DataPaths, site: SiteFile, key: bytearray | None, *, create: bool = False
) -> Engine:
    """The site's store: its server when `site.json` names one, else the embedded encrypted
    file opened with `key` (made, with `create`). The caller zeroes `key`."""
    if site.server_url is not None:
        return server_engine(paths, site)
    if key is None:
        raise StorageError(SiteText.DATABASE_KEY_MISSING)
    if not create:
        if not paths.database.exists():
            raise StorageError(SiteText.DATABASE_MISSING, path=paths.database)
        if paths.database.stat().st_size == 0:
            # SQLite would take an empty file for a new database and build an empty site in it.
            raise StorageError(FaultText.DATABASE_EMPTY, path=str(paths.database))
    return storage_engine.make_engine(paths.database, key)


def connect(
    paths: DataPaths,
    clock: Clock | None = None,
    keystore: KeyStore | None = None,
    *,
    costs: Costs = PRODUCTION_COSTS,
    payload: SlotPayload | None = None,
    engine: Engine | None = None,
) -> SiteContext:
    """Connect to an initialised site: open the database with `payload` (what an agent's login
    slot gave, `aidant.site.access`; the context keeps it until closed), or, for a site made
    before login slots, with the key in the key store; bring the schema up to date. On a
    server, `engine` is the one the agent's own login opened (its slot's keys in `payload`).
    No upkeep runs here: front ends open a site with `aidant.setup.opening`.
    """
    site = SiteFile.read(paths.site_file)
    store = keystore or keystore_for(paths, site)
    access: SiteAccess | None = None
    #: What the journal's rollback anchor found at opening (`aidant.site.anchor`): until a
    #: manager acknowledges it, nothing else is done and the anchor is left as it was.
    rollback: Phrase | None = None
    raw: bytearray | None = None
    if payload is None:
        if paths.access_file.exists() or (site.server_url is not None and engine is None):
            raise StorageError(SiteText.LOGIN_NEEDED)
        if site.server_url is None:
            raw = store.get(KeyName.DATABASE)
            if raw is None:
                raise StorageError(SiteText.DATABASE_KEY_MISSING)
    elif site.server_url is None:
        access = SiteAccess(paths, site.site_id, store)
        access.hold(payload)
        raw = bytearray(payload.db_key.view())
    try:
        if engine is None:
            engine = open_engine(paths, site, raw)
        if payload is not None and site.server_url is not None:
            with engine.connect() as conn:
                access = ServerAccess.reading_root(
                    paths, site.site_id, store, conn, site.server_root
                )
            access.hold(payload)
    except BaseException:
        if access is not None:
            access.release()
        raise
    finally:
        if raw is not None:
            raw[:] = bytes(len(raw))
    try:
        _bring_up_to_date(engine, server=site.server_url is not None)
    except AidantError:
        engine.dispose()
        if access is not None:
            access.release()
        raise
    except Exception as exc:
        # A damaged page met while reading the schema: one sentence, never a traceback.
        engine.dispose()
        if access is not None:
            access.release()
        found = faults.answer(exc, paths.root)
        if found is None:
            raise
        raise found from exc
    rollback = None if access is None or site.server_url else anchor.check(access, engine)
    return SiteContext(
        rollback=rollback,
        paths=paths,
        site=site,
        keystore=store,
        engine=engine,
        sessions=storage_engine.make_session_factory(engine),
        clock=clock or SystemClock(),
        costs=costs,
        access=access,
    )
