"""Reading the whole database to find damage: every page's HMAC (SQLCipher), SQLite's own
structure check, and every row of every table. `aidant self-test` reports what it finds."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

from aidant.storage.models import Base

log = logging.getLogger(__name__)

_PAGE = re.compile(r"page\s+(\d+)", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Scan:
    """What a full read of the database found: damaged page numbers, tables that could not be
    read whole, and how many rows every table gave."""

    pages: tuple[int, ...]
    tables: tuple[str, ...]
    rows: int
    structure_ok: bool

    @property
    def ok(self) -> bool:
        return not self.pages and not self.tables and self.structure_ok


def _pages(messages: list[str]) -> set[int]:
    return {int(m) for text in messages for m in _PAGE.findall(text)}


def _run(cur: Any, sql: str) -> list[str]:
    cur.execute(sql)
    return [str(row[0]) for row in cur.fetchall()]


@contextlib.contextmanager
def _fresh_cursor(engine: Engine) -> Iterator[Any]:
    """A cursor on a connection of its own, dropped afterwards: SQLCipher keeps a page error
    on the connection that met it, which would fail every later read there."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        try:
            yield cur
        finally:
            cur.close()
    finally:
        raw.invalidate()


def _check(engine: Engine, sql: str) -> list[str] | None:
    """The rows of a check pragma, or None when the check itself broke on damage."""
    try:
        with _fresh_cursor(engine) as cur:
            return _run(cur, sql)
    except Exception as exc:  # noqa: BLE001 - any library error here is damage
        log.info("%s failed: %s", sql, exc)
        return None


def scan(engine: Engine) -> Scan:
    """Read every page and every row. Library errors on the way are caught and located; the
    library's own words go to the log. On a site server: every row the login may read."""
    if engine.dialect.name == "postgresql":
        return _scan_server(engine)
    pages: set[int] = set()
    structure_ok = True
    found = _check(engine, "PRAGMA cipher_integrity_check")
    if found is None:
        structure_ok = False
    elif found:
        log.info("cipher_integrity_check: %s", found[:20])
        pages |= _pages(found)
    found = _check(engine, "PRAGMA integrity_check")
    if found != ["ok"]:
        structure_ok = False
        log.info("integrity_check: %s", (found or [])[:20])
        pages |= _pages(found or [])
    names = _check(engine, "SELECT name FROM sqlite_master WHERE type = 'table'")
    if names is None:
        return Scan(tuple(sorted(pages)), ("sqlite_master",), 0, False)
    tables: list[str] = []
    rows = 0
    for name in sorted(names):
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            with _fresh_cursor(engine) as cur:
                cur.execute(f"SELECT * FROM {quoted}")  # noqa: S608 - names from the schema
                while batch := cur.fetchmany(500):
                    rows += len(batch)
        except Exception as exc:  # noqa: BLE001
            log.info("table %s unreadable: %s", name, exc)
            tables.append(name)
    return Scan(tuple(sorted(pages)), tuple(tables), rows, structure_ok)


def _scan_server(engine: Engine) -> Scan:
    """Every row of the site's tables that the connected login may read (row-level security
    shows its own site's): a page the server cannot read fails the query (with the cluster's
    data checksums on, a damaged page too). Pages are the server's business; vault chunks are
    read by the vault check."""
    tables: list[str] = []
    rows = 0
    for table in Base.metadata.sorted_tables:
        try:
            with engine.connect() as conn:
                result = conn.execution_options(yield_per=500).execute(table.select())
                for batch in result.partitions():
                    rows += len(batch)
        except Exception as exc:  # noqa: BLE001 - any driver error here is damage or refusal
            log.info("table %s unreadable: %s", table.name, exc)
            tables.append(table.name)
    return Scan((), tuple(tables), rows, True)


def damaged_pages(db_path: Path, key: bytes | bytearray) -> tuple[int, ...]:
    """The pages whose HMAC fails, read on a bare connection: works when the schema itself is
    too damaged for the site to open. Empty when the check cannot even run."""
    try:
        conn = sqlcipher3.connect(str(db_path))
    except sqlcipher3.Error:
        return ()
    try:
        cur = conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        return tuple(sorted(_pages(_run(cur, "PRAGMA cipher_integrity_check"))))
    except sqlcipher3.Error as exc:
        log.info("cipher_integrity_check on a bare connection failed: %s", exc)
        return ()
    finally:
        conn.close()
