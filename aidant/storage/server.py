"""The PostgreSQL store of a site server, and what differs between the two stores.

The embedded SQLCipher file (`engine.make_engine`) stays the default; a site whose `site.json`
names a server URL opens it here instead, with psycopg 3. The same models and migrations run on
both; anything that must be written differently for one of them lives in this module (or the
migrations), never in a service.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from aidant.domain.errors import StorageError
from aidant.storage.models import JournalEntry
from aidant.storage.texts import StorageText

log = logging.getLogger(__name__)

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


# --- vault documents on a server (migration 0008) ---------------------------------------------

#: The tables that exist on a server only: the embedded file's schema check never looks for them.
SERVER_ONLY_METADATA = MetaData()
#: Bytes of age ciphertext per row of `document_chunks`.
CHUNK_BYTES = 1 << 20

#: A document's age ciphertext, in order, `CHUNK_BYTES` per row (the last one shorter). Written
#: in the transaction that adds the document's row and journal entry (the key to `documents` is
#: checked at commit), deleted by the server when the document's `deleted_at` is set.
document_chunks = Table(
    "document_chunks",
    SERVER_ONLY_METADATA,
    Column(
        "document_id",
        String(36),
        ForeignKey(
            "documents.id",
            name="fk_document_chunks_document_id_documents",
            ondelete="CASCADE",
            deferrable=True,
            initially="DEFERRED",
        ),
        primary_key=True,
    ),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)

#: SQLSTATE classes of a connection that went away: connection exception, operator intervention
#: (server shut down, crashed, starting up).
_LOST_STATES = ("08", "57P")


def connection_lost(exc: BaseException) -> bool:
    """Whether `exc` says the server went away (killed, restarting, network down) rather than
    refusing a statement: SQLAlchemy saw a disconnection, or psycopg failed with no server
    answer or with a connection or shutdown state."""
    import psycopg  # only a server site gets here: the embedded one never loads the driver

    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError):
        return False
    state = orig.sqlstate
    return state is None or state.startswith(_LOST_STATES)


_COPY_CHUNKS = "COPY document_chunks (document_id, seq, data) FROM STDIN (FORMAT BINARY)"
_READ_CHUNK = "SELECT data FROM document_chunks WHERE document_id = %s AND seq = %s"


@contextlib.contextmanager
def _driver_cursor(db: Session, statement: str, *, binary: bool = False) -> Iterator[Any]:
    """A psycopg cursor in the session's transaction; its errors come out as SQLAlchemy's, as
    every other statement's do (`connection_lost` reads them)."""
    import psycopg

    connection = db.connection()
    driver: Any = connection.connection.driver_connection
    try:
        with driver.cursor(binary=binary) as cursor:
            yield cursor
    except psycopg.Error as exc:
        if driver.closed:
            connection.invalidate(exc)
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


@contextlib.contextmanager
def chunk_copy(db: Session) -> Iterator[Callable[[str, int, bytes], None]]:
    """A function that sends one chunk (document id, number, bytes) of a document's
    ciphertext, in one binary COPY for the whole document: the server takes each chunk in
    while the next is encrypted, with no round trip per chunk. Leaving the block with an
    error aborts the COPY (nothing of it stays, and the transaction must roll back)."""
    with (
        _driver_cursor(db, _COPY_CHUNKS) as cursor,
        cursor.copy(_COPY_CHUNKS) as copy,
    ):
        copy.set_types(["varchar", "int4", "bytea"])
        yield lambda document_id, seq, data: copy.write_row((document_id, seq, data))


def read_chunk(db: Session, document_id: str, seq: int) -> bytes | None:
    """One chunk of a document's ciphertext, received in binary (a third of the time of the
    text form, which doubles the bytes as hex); None past the last one."""
    with _driver_cursor(db, _READ_CHUNK, binary=True) as cursor:
        cursor.execute(_READ_CHUNK, (document_id, seq))
        row = cursor.fetchone()
    return None if row is None else bytes(row[0])
