"""The PostgreSQL store of a site server, and what differs between the two stores.

The embedded SQLCipher file (`engine.make_engine`) stays the default; a site whose `site.json`
names a server URL opens it here instead, with psycopg 3. The same models and migrations run on
both; anything that must be written differently for one of them lives in this module (or the
migrations), never in a service.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVarTuple

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Select,
    String,
    Table,
    TextualSelect,
    column,
    create_engine,
    func,
    insert,
    or_,
    text,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from aidant.domain.errors import StorageError
from aidant.storage.models import JournalEntry
from aidant.storage.texts import StorageText

log = logging.getLogger(__name__)

POSTGRESQL = "postgresql"
#: What a site id looks like (a UUID, or a short test name): safe inside a connection option.
_SITE_ID = re.compile(r"[0-9A-Za-z-]{1,36}")
#: What a URL may ask of TLS: aidant sets `sslmode` itself and refuses anything weaker.
_WEAK_SSLMODES = frozenset({"disable", "allow", "prefer"})


class LoginRefused(StorageError):
    """The server refused the login (wrong password, unknown or disabled login): the caller
    says the usual sentence for a failed login."""


@dataclasses.dataclass(frozen=True)
class Credentials:
    """Who connects: an agent's own login and the password derived from theirs."""

    user: str
    password: str = dataclasses.field(repr=False)


def on_unix_socket(url: URL) -> bool:
    """Whether `url` reaches the server through a local Unix socket (no TLS needed there)."""
    host = url.query.get("host", url.host)
    if isinstance(host, tuple):
        host = host[0] if host else None
    return not host or str(host).startswith("/")


def reaches_unix_socket(url: str) -> bool:
    try:
        return on_unix_socket(make_url(url))
    except ArgumentError:
        return False


def without_secrets(url: str) -> str:
    """The URL kept in `site.json`: no password and no user (each agent connects as their
    own login), the `+psycopg` driver name dropped."""
    # URL.set() leaves a field alone when given None: _replace clears it.
    parsed = make_url(url)._replace(drivername=POSTGRESQL, username=None, password=None)
    return parsed.render_as_string(hide_password=False)


def has_password(url: str) -> bool:
    try:
        return make_url(url).password is not None
    except ArgumentError:
        return False


def _tls_arguments(url: URL, pinned: Path | None) -> dict[str, str]:
    """libpq's TLS settings: none on a Unix socket; else `verify-ca` against the certificate
    pinned at enrolment as the only root (a URL asking for less is refused)."""
    mode = url.query.get("sslmode")
    if isinstance(mode, str) and mode in _WEAK_SSLMODES:
        raise StorageError(StorageText.SERVER_TLS_REQUIRED, mode=mode)
    if on_unix_socket(url):
        return {}
    if pinned is None or not pinned.is_file():
        raise StorageError(StorageText.SERVER_NOT_PINNED)
    return {"sslmode": "verify-ca", "sslrootcert": str(pinned)}


#: The advisory lock of usager registrations (any fixed 64-bit number other than the journal's,
#: migration 0004). Advisory locks belong to one database: two sites never wait on each other.
REGISTRATION_LOCK_KEY = 0x41495553


def is_server_url(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() == POSTGRESQL
    except ArgumentError:
        return False


def make_server_engine(
    url: str,
    site_id: str | None = None,
    *,
    login: Credentials | None = None,
    pinned: Path | None = None,
) -> Engine:
    """An engine on a site server (psycopg 3, READ COMMITTED, connections checked before use),
    as `login` when given, over TLS checked against `pinned` unless on a Unix socket. Its
    connections name `site_id` (`aidant.site_id`: the site a row written without one belongs
    to; row-level security, migration 0009, still refuses any site but the login's own); None
    only to migrate a database or take it whole (backup, restore).

    Raises `StorageError` with one sentence when the URL is not a PostgreSQL one, asks for
    less than TLS, or the server does not answer or presents another certificate;
    `LoginRefused` when the server refuses the login.
    """
    if not is_server_url(url):
        raise StorageError(StorageText.SERVER_URL_INVALID, url=_without_password(url))
    options = "-c TimeZone=UTC"
    if site_id is not None:
        if not _SITE_ID.fullmatch(site_id):
            raise StorageError(StorageText.SERVER_URL_INVALID, url=_without_password(url))
        options += f" -c aidant.site_id={site_id}"
    parsed = make_url(url).set(drivername=f"{POSTGRESQL}+psycopg")
    tls = _tls_arguments(parsed, pinned)
    parsed = parsed.difference_update_query(["sslmode", "sslrootcert"])
    if login is not None:
        parsed = parsed.set(username=login.user, password=login.password)
        if tls:  # SCRAM bound to this very TLS channel: no relay even with the pinned key
            tls["channel_binding"] = "require"
    # In the URL itself, so that PostgreSQL's own tools (pg_dump for a backup) connect the same way.
    parsed = parsed.update_query_dict(tls)
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
            "options": options,
        },
    )

    try:
        with engine.connect() as probe:
            probe.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        raise connection_refusal(exc) from exc
    return engine


def server_host(url: str) -> str:
    """The host (and port, when not the default) a server URL names; "" for a Unix socket."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return ""
    host = parsed.host or ""
    if not host or host.startswith("/"):
        return ""
    return host if parsed.port in (None, 5432) else f"{host}:{parsed.port}"


def tool_url(url: str, pinned: Path | None) -> URL:
    """`url` as PostgreSQL's own tools must use it (pg_dump, pg_restore): with the same TLS
    settings as the application's connections (`verify-ca` against the pinned certificate, or
    none on a Unix socket)."""
    check_url(url)
    parsed = make_url(url)
    tls = _tls_arguments(parsed, pinned)
    return parsed.difference_update_query(["sslmode", "sslrootcert"]).update_query_dict(tls)


def owns_schema(engine: Engine) -> bool:
    """Whether the engine's login owns the site's schema (the operator's login, or a
    superuser): what a whole dump of the database needs; an agent's login sees its own site's
    rows only."""
    with engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT pg_has_role(current_user, "
                    "(SELECT relowner FROM pg_class WHERE oid = 'public.sites'::regclass), "
                    "'MEMBER')"
                )
            ).scalar()
        )


def connection_refusal(exc: DBAPIError) -> StorageError:
    """One sentence for a connection the server did not give."""
    state = getattr(exc.orig, "sqlstate", None)
    message = str(exc.orig)
    if state in {"28P01", "28000"} or "password authentication failed" in message:
        log.info("site server refused a login: %s", state)
        return LoginRefused(StorageText.SERVER_LOGIN_REFUSED)
    if "certificate verify failed" in message:
        log.warning("site server certificate does not match the pinned one: %s", message)
        return StorageError(StorageText.SERVER_CERTIFICATE_MISMATCH)
    log.warning("site server unreachable: %s", message)
    return StorageError(StorageText.SERVER_UNREACHABLE)


def check_url(url: str) -> None:
    """A PostgreSQL URL that does not ask for less than TLS, else one sentence."""
    if not is_server_url(url):
        raise StorageError(StorageText.SERVER_URL_INVALID, url=_without_password(url))
    mode = make_url(url).query.get("sslmode")
    if isinstance(mode, str) and mode in _WEAK_SSLMODES:
        raise StorageError(StorageText.SERVER_TLS_REQUIRED, mode=mode)


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


_Columns = TypeVarTuple("_Columns")


def named_site_only(
    db: Session | Connection, stmt: Select[*_Columns], site_column: Any
) -> Select[*_Columns]:
    """`stmt` limited, on a server, to the site this connection names (`aidant.site_id`).

    The application's logins see their own site's rows only (row-level security); the schema's
    owner, who sets a site up, sees every site of a shared database, and must still read the
    one it works on. Unchanged on the embedded file (one site) and when no site is named.
    """
    bind = db.get_bind() if isinstance(db, Session) else db
    if bind.dialect.name != POSTGRESQL:
        return stmt
    named = func.current_setting("aidant.site_id", True)
    return stmt.where(or_(named.is_(None), site_column == named))


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
    # Set by the server to the sending login's site (migration 0011).
    Column("site_id", String(36)),
)
#: What an application login reads and removes: its own site's chunks (migration 0011).
document_chunks_of_site = Table(
    "document_chunks_of_site",
    MetaData(),
    Column("document_id", String(36), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("data", LargeBinary),
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
#: Chunks are read (and removed) through the view of the login's own site (migration 0011).
_READ_CHUNK = "SELECT data FROM document_chunks_of_site WHERE document_id = %s AND seq = %s"


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
def chunk_copy(db: Session) -> Iterator[Callable[[str, int, bytes | memoryview], None]]:
    """A function that sends one chunk (document id, number, bytes) of a document's
    ciphertext, in one binary COPY for the whole document: the server takes each chunk in
    while the next is encrypted, with no round trip per chunk. The bytes are copied into the
    COPY's buffer before the function returns (the caller may reuse its buffer). Leaving the
    block with an error aborts the COPY (nothing of it stays, and the transaction must roll
    back)."""
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


def like_pattern(word: str) -> str:
    """`%word%` for LIKE, its own `%`, `_` and backslash escaped (PostgreSQL's default escape)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def usagers_matching(words: list[str], limit: int) -> TextualSelect:
    """The ids of the caller's site's usagers whose search key holds every word, through the
    server's own search (migration 0013: under row-level security, `LIKE` could not use the
    trigram index); for `Usager.id.in_(...)`."""
    return (
        text("SELECT aidant_usagers_matching(CAST(:patterns AS text[]), :limit) AS id")
        .bindparams(patterns=[like_pattern(w) for w in words], limit=limit)
        .columns(column("id", String))
    )


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
