"""The one engine factory: SQLCipher 4, raw 256-bit key, WAL, in-memory temp store, 0600.

All SQLite-specific SQL of the application lives in this module (and the migrations); the
PostgreSQL store of a site server is opened by `aidant.storage.server`.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from aidant.domain.errors import StorageError
from aidant.storage.texts import StorageText

log = logging.getLogger(__name__)

KEY_BYTES = 32

#: The sentence of a wrong key (kept for callers that compare it).
WRONG_KEY = str(StorageText.WRONG_KEY.value)


def _pragmas(dbapi_conn: Any, key_hex: str) -> None:
    cur = dbapi_conn.cursor()
    try:
        # The raw-key form skips SQLCipher's own KDF: the key is already 256 random bits.
        cur.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        # Reading the schema is what actually tests the key.
        cur.execute("SELECT count(*) FROM sqlite_master")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 10000")
        cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def _restrict_mode(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{db_path}{suffix}")
        with contextlib.suppress(FileNotFoundError):
            candidate.chmod(0o600)


def make_engine(db_path: Path, key: bytes | bytearray) -> Engine:
    """Open (or create) the encrypted site database.

    Raises `StorageError` with one sentence when the key is wrong or the file is not a database.
    """
    if len(key) != KEY_BYTES:
        raise StorageError(StorageText.KEY_SIZE, bits=KEY_BYTES * 8)
    key_hex = bytes(key).hex()
    os.umask(0o077)

    def connect() -> Any:
        conn = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
        try:
            _pragmas(conn, key_hex)
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise StorageError(StorageText.WRONG_KEY) from exc
        _restrict_mode(db_path)
        return conn

    engine = create_engine(
        "sqlite://",
        creator=connect,
        # The DB-API module, so SQLAlchemy recognises (and wraps) sqlcipher3 errors.
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Take the write lock at the start: the journal's hash chain needs one writer at a time,
        # and upgrading a read transaction later can fail with SQLITE_BUSY in WAL mode.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as probe:
            probe.execute(text("SELECT 1"))
    except StorageError:
        engine.dispose()
        raise
    except (SADatabaseError, OperationalError) as exc:
        engine.dispose()
        if isinstance(exc.orig, StorageError):
            raise exc.orig from exc
        raise StorageError(StorageText.WRONG_KEY) from exc
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextlib.contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits when the block ends normally, rolls back otherwise."""
    with factory() as db, db.begin():
        yield db


def export_encrypted_copy(engine: Engine, destination: Path, key: bytes | bytearray) -> None:
    """Write a consistent, encrypted copy of the database (same key) to `destination`."""
    if engine.dialect.name != "sqlite":
        raise StorageError(StorageText.COPY_EMBEDDED_ONLY)
    key_hex = bytes(key).hex()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if raw is None:
            raise RuntimeError("the pooled connection has no DB-API connection")
        cur = raw.cursor()
        try:
            cur.execute("COMMIT") if raw.in_transaction else None
            cur.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key_hex}'\"", (str(destination),))
            cur.execute("SELECT sqlcipher_export('backup')")
            cur.execute("DETACH DATABASE backup")
        finally:
            cur.close()
