"""The one place that turns a fault into an answer: an exit code and one sentence.

Services raise `AidantError`s for what they know. Everything else a command or the window can
meet comes from below: the operating system (`OSError`: read-only folder, full disk, missing
file) or the database library (SQLite / SQLCipher messages, possibly wrapped by SQLAlchemy;
on a site server, psycopg's lost or refused connections).
`answer(exc)` walks the exception and its causes and returns the `AidantError` that says what
happened and what to do, or None for a genuine bug. Library and OS messages are never shown
as they are: they go to the technical log. This module imports no library (it reads class
names and messages), so every floor may use it.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from aidant.domain.errors import AidantError, FileError, Interrupted, Phrase, StorageError
from aidant.domain.texts import FaultPlace, FaultText

log = logging.getLogger(__name__)

#: errno → sentence: the families an administrator can act on.
_ERRNO_TEXTS: dict[int, FaultText] = {
    errno.EROFS: FaultText.READ_ONLY,
    errno.EACCES: FaultText.ACCESS_DENIED,
    errno.EPERM: FaultText.ACCESS_DENIED,
    errno.ENOSPC: FaultText.DISK_FULL,
    errno.EDQUOT: FaultText.QUOTA_EXCEEDED,
    errno.EFBIG: FaultText.DISK_FULL,
    errno.ENOENT: FaultText.NOT_FOUND,
    errno.EEXIST: FaultText.ALREADY_EXISTS,
    errno.ENOTDIR: FaultText.NOT_A_FOLDER,
    errno.EISDIR: FaultText.IS_A_FOLDER,
    errno.ENAMETOOLONG: FaultText.NAME_TOO_LONG,
    errno.EIO: FaultText.DEVICE_FAILED,
    errno.ENXIO: FaultText.DEVICE_FAILED,
    errno.ENODEV: FaultText.DEVICE_FAILED,
    errno.EBUSY: FaultText.BUSY,
    errno.ETXTBSY: FaultText.BUSY,
    errno.EMFILE: FaultText.TOO_MANY_OPEN,
    errno.ENFILE: FaultText.TOO_MANY_OPEN,
}

#: Errors that a writability check must confirm before a database fault is blamed on keys.
WRITE_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT})


def os_error(exc: OSError, what: Path | str | None = None) -> FileError:
    """The FileError (exit 7) of an operating-system error on `what` (its own file name when
    None). The OS's own words go to the log, never into the sentence."""
    path = str(what if what is not None else (exc.filename or "?"))
    log.info("os error on %s: %s", path, exc)
    text = _ERRNO_TEXTS.get(exc.errno or 0, FaultText.OS_REFUSED)
    return FileError(text, path=path)


# SQLite's messages (stable across versions) and what they mean for a site.
_DAMAGE_MESSAGES = ("malformed", "file is not a database", "hmac", "corrupt", "not a database")
_FULL_MESSAGES = ("database or disk is full", "disk is full")
_READ_ONLY_MESSAGES = ("readonly database", "read-only", "attempt to write a readonly")
_OPEN_MESSAGES = ("unable to open database file",)
_IO_MESSAGES = ("disk i/o error",)
_BUSY_MESSAGES = ("database is locked", "database table is locked", "database is busy")


def _is_database_library_error(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith(("sqlcipher3", "sqlite3")) and type(exc).__name__.endswith("Error")


def database_error(message: str, folder: Path | str | None) -> AidantError | None:
    """The answer to an SQLite message met while working in a database kept in `folder`,
    or None when the message is not one of the faults a site can meet (a bug)."""
    lowered = message.lower()
    where: object = FaultPlace.DATA_FOLDER if folder is None else str(folder)
    if any(m in lowered for m in _FULL_MESSAGES):
        return FileError(FaultText.DISK_FULL, path=where)
    if any(m in lowered for m in _READ_ONLY_MESSAGES):
        return FileError(FaultText.READ_ONLY, path=where)
    if any(m in lowered for m in _OPEN_MESSAGES):
        return FileError(FaultText.ACCESS_DENIED, path=where)
    if any(m in lowered for m in _IO_MESSAGES):
        return FileError(FaultText.DEVICE_FAILED, path=where)
    if any(m in lowered for m in _BUSY_MESSAGES):
        return StorageError(FaultText.DATABASE_BUSY)
    if any(m in lowered for m in _DAMAGE_MESSAGES):
        place = FaultPlace.STRUCTURE if "malformed" in lowered else FaultPlace.DATA
        return damaged(place)
    return None


#: SQLSTATE classes of a connection that failed or a server that shut down (08: connection
#: exception; 57P01-57P03: administrator or crash shutdown, server starting up). psycopg's own
#: connection failures carry no SQLSTATE.
_CONNECTION_STATES = ("08", "57P01", "57P02", "57P03")


#: SQLSTATEs of a transaction the server gave up because another desk held what it needed
#: (deadlock, serialisation failure, lock not available): nothing was written, try again.
_CONFLICT_STATES = frozenset({"40P01", "40001", "55P03"})


def _is_server_conflict(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith("psycopg") and getattr(exc, "sqlstate", None) in _CONFLICT_STATES


def _is_connection_lost(exc: BaseException) -> bool:
    """Whether `exc` is psycopg saying the site server is gone: unreachable, closed the
    connection, shut down or restarting (not a refused statement, a lock timeout or a bug)."""
    if not (type(exc).__module__ or "").startswith("psycopg"):
        return False
    names = {cls.__name__ for cls in type(exc).__mro__}
    if "InterfaceError" in names:  # "the connection is closed"
        return True
    if "OperationalError" not in names:
        return False
    state = getattr(exc, "sqlstate", None)
    return state is None or str(state).startswith(_CONNECTION_STATES)


def damaged(place: FaultPlace, **params: object) -> StorageError:
    """The damaged-database answer, saying where (`FaultPlace`, with its fields)."""
    return StorageError(FaultText.DATABASE_DAMAGED, where=Phrase(place, params))


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen) or len(seen) > 20:
            continue
        seen.append(current)
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return seen


def answer(exc: BaseException, database_folder: Path | str | None = None) -> AidantError | None:
    """What to tell the person about `exc`: the `AidantError` itself, or the sentence of the
    OS or database fault found in it or its causes; None for a bug (the caller logs it)."""
    for current in _chain(exc):
        if isinstance(current, AidantError):
            return current
        if isinstance(current, KeyboardInterrupt):
            return Interrupted(FaultText.INTERRUPTED)
        if _is_connection_lost(current):
            log.info("site server connection lost: %s", current)
            return StorageError(FaultText.SERVER_CONNECTION_LOST)
        if _is_server_conflict(current):
            log.info("site server conflict: %s", current)
            return StorageError(FaultText.DATABASE_BUSY)
        if _is_database_library_error(current):
            found = database_error(str(current), database_folder)
            if found is not None:
                log.info("database fault: %s", current)
                return found
        if isinstance(current, OSError) and current.errno is not None:
            return os_error(current)
        if isinstance(current, MemoryError):
            return None
    return None
