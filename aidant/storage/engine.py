"""The one engine factory: SQLCipher 4, raw 256-bit key, WAL, in-memory temp store, 0600.

All SQLite-specific SQL of the application lives in this module (and the migrations); the
PostgreSQL store of a site server is opened by `aidant.storage.server`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from aidant.domain import faults
from aidant.domain.errors import AidantError, StorageError
from aidant.domain.texts import FaultPlace, FaultText
from aidant.files import safe_io
from aidant.storage.texts import StorageText

log = logging.getLogger(__name__)

KEY_BYTES = 32
#: SQLCipher 4's page size and the bytes it reserves per page (16 of IV, 64 of HMAC-SHA512).
PAGE_SIZE = 4096
_RESERVE = 80

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
        # Freed space is overwritten with zeros: an erased name or a shredded key leaves no
        # copy in the file's free space (see `drop_old_page_copies` for the log's copies).
        cur.execute("PRAGMA secure_delete = ON")
    finally:
        cur.close()


def _route_library_log(conn: Any, db_path: Path) -> None:
    """SQLCipher writes its own errors ("hmac check failed") to the process's stderr: send
    them to the technical log file next to the data, or silence them when it cannot be
    written. Our own classification of the fault is logged through `logging` anyway."""
    target = db_path.parent / "logs" / "sqlcipher.log"
    cur = conn.cursor()
    try:
        try:
            safe_io.ensure_private_dir(target.parent)
        except AidantError:
            cur.execute("PRAGMA cipher_log_level = NONE")
            return
        if safe_io.write_probe(target.parent) is not None:
            cur.execute("PRAGMA cipher_log_level = NONE")
            return
        cur.execute("PRAGMA cipher_log_level = WARN")
        cur.execute(f"PRAGMA cipher_log = '{str(target).replace(chr(39), chr(39) * 2)}'")
    finally:
        cur.close()


def _open_connection(db_path: Path) -> Any:
    """The DB-API connection (a seam: tests replace it to stand in for a read-only disk)."""
    return sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)


def _restrict_mode(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{db_path}{suffix}")
        with contextlib.suppress(FileNotFoundError):
            candidate.chmod(0o600)


def _page_macs_verify(db_path: Path, key: bytes, pages: int = 32) -> bool:
    """True when at least one of the first `pages` pages carries a valid SQLCipher 4 HMAC
    for `key`: then the key is right and a page that fails is damage, not a wrong key."""
    try:
        with db_path.open("rb") as handle:
            data = handle.read(PAGE_SIZE * pages)
    except OSError:
        return False
    if len(data) < PAGE_SIZE:
        return False
    mask = bytes(b ^ 0x3A for b in data[:16])
    mac_key = hashlib.pbkdf2_hmac("sha512", key, mask, 2, 32)
    for number in range(1, len(data) // PAGE_SIZE + 1):
        page = data[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        start = 16 if number == 1 else 0
        body = page[start : PAGE_SIZE - _RESERVE + 16]
        mac = page[PAGE_SIZE - _RESERVE + 16 : PAGE_SIZE - _RESERVE + 16 + 64]
        expected = hmac.new(mac_key, body + struct.pack("<I", number), hashlib.sha512).digest()
        if hmac.compare_digest(expected, mac):
            return True
    return False


def classify_open_failure(db_path: Path, key: bytes, exc: Exception) -> AidantError:
    """Why the database did not open, without ever blaming the key for a disk: the folder's
    writability is checked (read-only, permissions, full disk), then the file's size, then
    whether the key verifies any page (right key = damaged file)."""
    message = str(exc)
    log.info("database did not open: %s", message)
    lowered = message.lower()
    if "malformed" in lowered:
        return faults.damaged(FaultPlace.STRUCTURE)
    if not any(m in lowered for m in ("not a database", "hmac", "corrupt")):
        problem = safe_io.write_probe(db_path.parent)
        if problem is not None and problem.errno in faults.WRITE_ERRNOS:
            return faults.os_error(problem, db_path.parent)
        found = faults.database_error(message, db_path.parent)
        if found is not None:
            return found
    try:
        size = db_path.stat().st_size
    except OSError as stat_error:
        return faults.os_error(stat_error, db_path)
    if size == 0:
        return StorageError(FaultText.DATABASE_EMPTY, path=str(db_path))
    if size % PAGE_SIZE:
        return StorageError(FaultText.DATABASE_TRUNCATED, path=str(db_path))
    if _page_macs_verify(db_path, key):
        return faults.damaged(FaultPlace.FILE_START)
    return StorageError(StorageText.WRONG_KEY)


def make_engine(db_path: Path, key: bytes | bytearray) -> Engine:
    """Open (or create) the encrypted site database.

    Raises `StorageError` with one sentence when the key is wrong or the file is damaged, and
    `FileError` when the disk is in the way (read-only, permissions, full).
    """
    if len(key) != KEY_BYTES:
        raise StorageError(StorageText.KEY_SIZE, bits=KEY_BYTES * 8)
    key_hex = bytes(key).hex()
    key_copy = bytes(key)
    os.umask(0o077)

    def connect() -> Any:
        try:
            conn = _open_connection(db_path)
        except sqlcipher3.Error as exc:
            raise classify_open_failure(db_path, key_copy, exc) from exc
        try:
            _route_library_log(conn, db_path)
            _pragmas(conn, key_hex)
        except sqlcipher3.Error as exc:
            conn.close()
            raise classify_open_failure(db_path, key_copy, exc) from exc
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
    except AidantError:
        engine.dispose()
        raise
    except (SADatabaseError, OperationalError) as exc:
        engine.dispose()
        if isinstance(exc.orig, AidantError):
            raise exc.orig from exc
        raise classify_open_failure(db_path, key_copy, exc) from exc
    return engine


def drop_old_page_copies(engine: Engine) -> bool:
    """After an erasure: fold the write-ahead log into the file and empty it, so that no
    older copy of a page (holding the erased values) stays in the `-wal` file.

    False when a reader kept the log from being emptied (it is emptied at a later erasure or
    checkpoint). Nothing to do on a site server, whose storage is the server's own."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()  # outside a transaction: a checkpoint cannot run in one
    try:
        cursor = raw.cursor()
        try:
            busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            cursor.close()
    finally:
        raw.close()
    return int(busy) == 0


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
