"""The PostgreSQL store of a site server, and what differs between the two stores.

The embedded SQLCipher file (`engine.make_engine`) stays the default; a site whose `site.json`
names a server URL opens it here instead, with psycopg 3. The same models and migrations run on
both; anything that must be written differently for one of them lives in this module (or the
migrations), never in a service.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from aidant.domain.errors import StorageError
from aidant.storage.texts import StorageText

log = logging.getLogger(__name__)

#: Key of the transaction-level advisory lock that serialises journal appends on a server
#: (any fixed 64-bit number; the migrations' trigger takes the same one).
JOURNAL_LOCK_KEY = 0x41494A4E  # "AIJN"

POSTGRESQL = "postgresql"


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


def is_server(engine: Engine) -> bool:
    return engine.dialect.name == POSTGRESQL


def serialise_journal_appends(db: Session) -> None:
    """Make this transaction the only one appending to the journal until it ends.

    The embedded store needs nothing: every transaction begins with `BEGIN IMMEDIATE`, which
    already admits one writer at a time. On a server, a transaction-level advisory lock is held
    until commit or rollback; reading the head after taking it sees every committed entry.
    """
    bind = db.get_bind()
    if bind.dialect.name == POSTGRESQL:
        db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": JOURNAL_LOCK_KEY})
