"""The PostgreSQL store of a site server, and what differs between the two stores.

The embedded SQLCipher file (`engine.make_engine`) stays the default; a site whose `site.json`
names a server URL opens it here instead, with psycopg 3. The same models and migrations run on
both; anything that must be written differently for one of them lives in this module (or the
migrations), never in a service.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from aidant.domain.errors import StorageError
from aidant.storage.models import JournalEntry
from aidant.storage.texts import StorageText

log = logging.getLogger(__name__)

POSTGRESQL = "postgresql"
#: The advisory lock of usager registrations (any fixed 64-bit number other than the journal's,
#: migration 0004). Advisory locks belong to one database: two sites never wait on each other.
REGISTRATION_LOCK_KEY = 0x41495553


def is_server_url(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() == POSTGRESQL
    except ArgumentError:
        return False


def make_server_engine(url: str) -> Engine:
    """An engine on a site server (psycopg 3, READ COMMITTED, connections checked before use).

    Raises `StorageError` with one sentence when the URL is not a PostgreSQL one or the server
    does not answer.
    """
    if not is_server_url(url):
        raise StorageError(StorageText.SERVER_URL_INVALID, url=_without_password(url))
    parsed = make_url(url).set(drivername=f"{POSTGRESQL}+psycopg")
    engine = create_engine(
        parsed,
        isolation_level="READ COMMITTED",
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        # Times are always bound as aware UTC; the server's own time zone must not matter.
        connect_args={
            "connect_timeout": 10,
            "application_name": "aidant",
            "options": "-c TimeZone=UTC",
        },
    )

    try:
        with engine.connect() as probe:
            probe.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        log.warning("site server unreachable: %s", exc.orig)
        raise StorageError(StorageText.SERVER_UNREACHABLE) from exc
    return engine


def _without_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def append_linked_by_server(
    db: Session, at: str, kind: str, actor: str, usager_id: str | None, data: str
) -> JournalEntry | None:
    """On a server, insert a journal entry whose number and links the server computes (in the
    inserting transaction, under the journal's advisory lock, held until commit; migration
    0002), and return it as stored. On the embedded file, None: the caller links the entry
    itself, every transaction there beginning with `BEGIN IMMEDIATE` (one writer at a time).
    """
    if db.get_bind().dialect.name != POSTGRESQL:
        return None
    db.flush()  # the state change goes first, as on the embedded file
    values = {"at": at, "kind": kind, "actor": actor, "usager_id": usager_id, "data": data}
    seq, prev_hash, digest = db.execute(
        insert(JournalEntry)
        .values(seq=0, prev_hash="", hash="", **values)
        .returning(JournalEntry.seq, JournalEntry.prev_hash, JournalEntry.hash)
    ).one()
    return JournalEntry(seq=seq, prev_hash=prev_hash, hash=digest, **values)


def serialise_registrations(db: Session) -> None:
    """Make the caller's transaction the only one registering a usager until it ends.

    On a server, a transaction-scoped advisory lock, taken before the duplicate check: the
    check then runs after every other desk's registration has committed or rolled back, and
    (READ COMMITTED: each statement sees what was committed before it began) sees its row.
    One lock for every registration rather than one per identity, because the check also
    warns of *close* names (a typo at one desk), which no key on the identity would bring
    together; a registration holds it for a few milliseconds. On the embedded file nothing:
    every transaction there begins with `BEGIN IMMEDIATE` (one writer at a time).
    """
    if db.get_bind().dialect.name == POSTGRESQL:
        db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REGISTRATION_LOCK_KEY})
