"""Moving a single-PC site onto a site server (`aidant server import`), nothing lost.

A manager opens the site of this PC with their password; its journal must verify. The server's
operator gives an owner's URL to an empty database (its certificate pinned as at `server
init`). Every row is copied with its ids, the journal entry by entry with its own links (the
server checks each one, migration 0004), each vault document's age ciphertext streamed into
chunks, unchanged. The importing manager gets their own login on the server, holding their keys;
the other agents keep their accounts and certificates but have no server login yet: a manager
gives each a new password (`aidant agent reset`), as the report says. The new data folder is
then opened as the manager and its journal verified against the old one's head. As at `server
init`, the site gets its maintenance login (password shown once) and CONNECT to the database is
revoked from PUBLIC. The old data folder is left as it was.
"""

from __future__ import annotations

import dataclasses
import logging

from sqlalchemy import Connection, Engine, Table, insert, select, text
from sqlalchemy.orm import Session

from aidant.domain.errors import PermissionDenied, Refused, StorageError
from aidant.domain.texts import DomainText
from aidant.files import safe_io
from aidant.journal.verify import verify_database
from aidant.setup.opening import prepare
from aidant.setup.server import (
    Confirm,
    Maintenance,
    close_to_others,
    pin_certificate,
    refuse_existing,
)
from aidant.setup.texts import SetupText
from aidant.site import server_access
from aidant.site.context import SiteContext, SiteFile, server_engine
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths
from aidant.storage import engine as storage_engine
from aidant.storage import migrate
from aidant.storage import server as storage_server
from aidant.storage.models import Agent, Base, Document, JournalEntry, LoginThrottle, Site
from aidant.vault import store

log = logging.getLogger(__name__)

#: Rows read and written at a time.
BATCH = 2000
#: Per-PC state that does not move: login throttling follows the server's logins instead.
LEFT_BEHIND = frozenset({LoginThrottle.__tablename__})
#: Tables whose integer ids come from a sequence on the server.
SEQUENCED = ("certificates", "checkpoints")


@dataclasses.dataclass(frozen=True)
class ImportReport:
    site_id: str
    rows: dict[str, int]
    documents: int
    journal_size: int
    #: Agents who need a new password from a manager before they can log in on the server.
    without_login: list[str]
    maintenance: Maintenance


def import_site(
    source: DataPaths,
    target: DataPaths,
    login: str,
    password: str,
    owner_url: str,
    *,
    costs: Costs,
    expected: str | None,
    confirm: Confirm,
) -> ImportReport:
    """Copy the site of `source` onto the server `owner_url`; `target` becomes a data folder
    using the server. Refuses, in one sentence and before writing anything, a non-manager, a
    journal that does not verify, a server database that already holds this site."""
    storage_server.check_url(owner_url)
    refuse_existing(target)
    ctx, actor = prepare(source, costs=costs).enter(login, password)
    try:
        if not actor.is_manager:
            raise PermissionDenied(DomainText.MANAGER_ONLY)
        if ctx.on_server:
            raise Refused(SetupText.IMPORT_ALREADY_ON_SERVER)
        checked = verify_database(ctx.engine)
        if not checked.ok:
            raise Refused(SetupText.IMPORT_JOURNAL_BROKEN)
        fingerprint = pin_certificate(target, owner_url, expected, confirm)
        site = dataclasses.replace(
            ctx.site,
            server_url=owner_url,
            server_fingerprint=fingerprint,
            server_kdf=costs.agent_passwords,
        )
        engine = server_engine(target, site)
        try:
            migrate.upgrade_to_head(engine)
            rows, documents, agents, maintenance = _copy(ctx, engine, site, login, password)
        finally:
            engine.dispose()
        stored = dataclasses.replace(site, server_url=storage_server.without_secrets(owner_url))
        safe_io.atomic_write_bytes(target.site_file, stored.to_json())
    finally:
        ctx.close()
    _check_on_server(target, login, password, costs, checked.head_hash, checked.size)
    log.info("site %s imported onto its server", site.site_id)
    return ImportReport(
        site.site_id,
        rows,
        documents,
        checked.size,
        sorted(a for a in agents if a != login),
        maintenance,
    )


def _copy(
    ctx: SiteContext, engine: Engine, site: SiteFile, login: str, password: str
) -> tuple[dict[str, int], int, list[str], Maintenance]:
    """Every row, the documents' ciphertext, the manager's login and the maintenance login, in
    one transaction."""
    factory = storage_engine.make_session_factory(engine)
    counts: dict[str, int] = {}
    with storage_engine.transaction(factory) as db:
        if db.scalar(select(Site.id).where(Site.id == site.site_id)) is not None:
            raise Refused(
                SetupText.SITE_EXISTS, root=storage_server.without_secrets(site.server_url or "")
            )
        with ctx.engine.connect() as source:
            for table in Base.metadata.sorted_tables:
                if table.name not in LEFT_BEHIND:
                    counts[table.name] = _copy_table(source, db, table)
        for name in SEQUENCED:
            db.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # noqa: S608
                    f"coalesce((SELECT max(id) FROM {name}), 0) + 1, false)"
                )
            )
        documents = _copy_documents(ctx, db)
        agents = list(db.scalars(select(Agent.login)))
        manager = db.scalars(select(Agent).where(Agent.login == login)).one()
        held = ctx.access.payload if ctx.access is not None else None
        if held is None or held.signing_key is None or held.root_key is None:
            raise StorageError(SetupText.IMPORT_KEYS_MISSING)
        # Their signing and root keys; never the old file's database key.
        server_access.put_manager_login(
            db,
            site.site_id,
            site.login_params(ctx.costs),
            manager.id,
            manager.login,
            password,
            held.signing_key,
            held.root_key,
        )
        maintenance = close_to_others(db.connection(), site.site_id)
    return counts, documents, agents, maintenance


def _copy_table(source: Connection, db: Session, table: Table) -> int:
    """One table's rows, keys included, in the source's key order (the journal's links are
    checked by the server as each entry arrives)."""
    order = list(table.primary_key.columns)
    result = source.execute(select(table).order_by(*order))
    count = 0
    shared = table.name == "legal_texts"  # shared by the server's sites, stored by hash
    while batch := result.fetchmany(BATCH):
        rows = [dict(row._mapping) for row in batch]
        statement = insert(table)
        if shared:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            statement = pg_insert(table).on_conflict_do_nothing()
        db.execute(statement, rows)
        count += len(rows)
    return count


def _copy_documents(ctx: SiteContext, db: Session) -> int:
    """Each live document's ciphertext, byte for byte, streamed from its file into chunks."""
    files = store.blobs(ctx)
    rows = list(
        db.scalars(select(Document).where(Document.deleted_at.is_(None)).order_by(Document.id))
    )
    for row in rows:
        with files.reading(row) as blob, storage_server.chunk_copy(db) as send:
            seq = 0
            while chunk := blob.read(storage_server.CHUNK_BYTES):
                send(row.id, seq, chunk)
                seq += 1
    return len(rows)


def _check_on_server(
    target: DataPaths, login: str, password: str, costs: Costs, head: str, size: int
) -> None:
    """The imported site opens as the manager, and its journal verifies to the same head."""
    ctx, _actor = prepare(target, costs=costs).enter(login, password)
    try:
        result = verify_database(ctx.engine)
        # The opening itself adds entries (the login): the old head must be a link of the new
        # chain, at the same place.
        with ctx.transaction() as db:
            same = db.scalar(select(JournalEntry.hash).where(JournalEntry.seq == size))
    finally:
        ctx.close()
    if not result.ok or same != head:
        raise Refused(SetupText.IMPORT_JOURNAL_BROKEN)
    log.info("imported journal verified (%d entries, head %s…)", result.size, head[:12])
