"""The journal's purged beginning on a site server (migration 0012).

On a server, the site's maintenance login removes the journal's oldest entries once their
archive time is over; the server itself decides which (`aidant_journal_purge()`), records the
purge in `journal_purges`, and refuses any deletion beyond it. The embedded file keeps its whole
journal: there, no purge exists and `latest_purge` says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Integer,
    Row,
    String,
    Table,
    UniqueConstraint,
    text,
)

from aidant.storage.server import SERVER_ONLY_METADATA


@dataclasses.dataclass(frozen=True)
class JournalPurge:
    """Entries 1 to `up_to` were removed; entry `up_to` hashed to `head_hash`."""

    up_to: int
    head_hash: str
    #: Entries dated before this day (UTC) were due.
    cutoff: dt.datetime
    archive_years: int
    #: Entries this purge removed (those of earlier purges not counted).
    entries: int
    at: dt.datetime


#: What migration 0012 makes (the schema check of a server compares it).
journal_purges = Table(
    "journal_purges",
    SERVER_ONLY_METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("site_id", String(36), nullable=False),
    Column("up_to", BigInteger, nullable=False),
    Column("head_hash", String(64), nullable=False),
    Column("cutoff", DateTime(timezone=True), nullable=False),
    Column("archive_years", Integer, nullable=False),
    Column("entries", BigInteger, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("site_id", "up_to", name="uq_journal_purges_site_up_to"),
)
_COLUMNS = "up_to, head_hash, cutoff, archive_years, entries, at"


def _record(row: Row[Any]) -> JournalPurge:
    up_to, head_hash, cutoff, years, entries, at = tuple(row)
    return JournalPurge(int(up_to), str(head_hash), cutoff, int(years), int(entries), at)


def latest_purge(conn: Connection) -> JournalPurge | None:
    """The site's latest purge (None on the embedded file, or when none happened). A login sees
    its own site's purges only; the schema's owner, those of the site its connection names."""
    if conn.dialect.name != "postgresql":
        return None
    row = conn.execute(
        text(
            f"SELECT {_COLUMNS} FROM journal_purges "  # noqa: S608 - constant columns
            "WHERE site_id = aidant_caller_site() ORDER BY up_to DESC LIMIT 1"
        )
    ).first()
    return None if row is None else _record(row)


def purge(conn: Connection) -> JournalPurge | None:
    """Remove the entries past their archive time, and the checkpoints that stated them, in
    the caller's transaction (the maintenance login's). None when nothing is due."""
    row = conn.execute(
        text(f"INSERT INTO journal_purges DEFAULT VALUES RETURNING {_COLUMNS}")  # noqa: S608
    ).first()
    if row is None:
        return None
    done = _record(row)
    conn.execute(text("DELETE FROM checkpoints WHERE size <= :n"), {"n": done.up_to})
    conn.execute(text("DELETE FROM journal_entries WHERE seq <= :n"), {"n": done.up_to})
    return done
