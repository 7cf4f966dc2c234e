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

from aidant.domain.errors import StorageError
from aidant.site.clock import Clock, SystemClock
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
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

    def to_json(self) -> bytes:
        fields: dict[str, object] = {
            "format": SITE_FILE_FORMAT,
            "site_id": self.site_id,
            "keystore": self.keystore.value,
            "demo": self.demo,
        }
        if self.server_url is not None:
            fields["server"] = self.server_url
        return json.dumps(fields, indent=2).encode()

    @classmethod
    def read(cls, path: Path) -> SiteFile:
        try:
            raw = json.loads(path.read_text("utf-8"))
            server = raw.get("server")
            return cls(
                str(raw["site_id"]),
                KeyStoreKind(raw["keystore"]),
                bool(raw.get("demo")),
                None if server is None else str(server),
            )
        except FileNotFoundError:
            raise StorageError(SiteText.NOT_INITIALISED, root=path.parent) from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
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
        self.engine.dispose()

    def __enter__(self) -> SiteContext:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_engine(
    paths: DataPaths, site: SiteFile, store: KeyStore, *, create: bool = False
) -> Engine:
    """The site's store: its server when `site.json` names one, else the embedded encrypted
    file, opened with the database key from the key store (and made, with `create`)."""
    if site.server_url is not None:
        return storage_server.make_server_engine(site.server_url)
    key = store.get(KeyName.DATABASE)
    if key is None:
        raise StorageError(SiteText.DATABASE_KEY_MISSING)
    if not create and not paths.database.exists():
        raise StorageError(SiteText.DATABASE_MISSING, path=paths.database)
    try:
        return storage_engine.make_engine(paths.database, key)
    finally:
        key[:] = bytes(len(key))


def connect(
    paths: DataPaths,
    clock: Clock | None = None,
    keystore: KeyStore | None = None,
    *,
    costs: Costs = PRODUCTION_COSTS,
) -> SiteContext:
    """Connect to an initialised site: read its key, open the database, bring the schema up to
    date. No upkeep runs here: front ends open a site with `aidant.setup.opening.open_for_work`.
    """
    site = SiteFile.read(paths.site_file)
    store = keystore or keystore_for(paths, site)
    engine = open_engine(paths, site, store)
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current != head:
        if current is not None and not migrate.is_known_revision(current):
            engine.dispose()
            raise StorageError(SiteText.DATABASE_TOO_NEW)
        log.info("upgrading schema from %s to %s", current, head)
        migrate.upgrade_to_head(engine)
    try:
        migrate.check_tables(engine)
    except StorageError:
        engine.dispose()
        raise
    return SiteContext(
        paths=paths,
        site=site,
        keystore=store,
        engine=engine,
        sessions=storage_engine.make_session_factory(engine),
        clock=clock or SystemClock(),
        costs=costs,
    )
