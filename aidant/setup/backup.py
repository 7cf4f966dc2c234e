"""A backup of the site in a new dated folder: the database, site.json and the vault files (age
ciphertext). On this PC the database is copied still encrypted (same key); on a site server it
is `pg_dump`'s custom format (`aidant.dump`), which `aidant restore` loads into a new, empty
database (`setup.restore`). Journalled before the copy, so the backup holds the entry that
records it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from aidant import journal
from aidant.domain.actors import Actor, require_manager
from aidant.domain.errors import UsageError
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.setup.texts import SetupText
from aidant.site.context import SiteContext
from aidant.storage import server as storage_server
from aidant.storage import server_backup
from aidant.storage.engine import export_encrypted_copy
from aidant.storage.keystore import KeyStoreKind

#: The database of a server site, as `pg_dump --format=custom` wrote it.
DUMP_NAME = "aidant.dump"


@dataclass(frozen=True)
class Backup:
    folder: Path
    vault_files: int
    #: A demonstration site's throwaway keys are not part of any backup.
    demo_keys_left_out: bool


def backup(
    ctx: SiteContext, actor: Actor, destination: Path, owner_url: str | None = None
) -> Backup:
    """Write the backup into a new folder below `destination` (managers only). On a server,
    the dump is taken with `owner_url`, the operator's login to the database (an agent's own
    login sees its own site's rows only), unless this context is connected as its owner."""
    require_manager(actor)
    dump_url = None
    if ctx.on_server:
        server_backup.find_program("pg_dump")  # missing: said before anything is journalled
        dump_url = _dump_url(ctx, owner_url)
    now = ctx.clock.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = destination.absolute() / f"aidant-sauvegarde-{stamp}"
    if target.exists():
        raise UsageError(SetupText.BACKUP_EXISTS, path=target)
    safe_io.ensure_private_dir(target)
    try:
        with ctx.transaction() as db:
            # Journalled first, so that the backup contains the entry that records it.
            journal.append(db, actor, EntryKind.BACKUP_MADE, now, data={"at": stamp})
        _copy_database(ctx, target, dump_url)
    except BaseException:
        safe_io.remove_tree(target, destination.absolute())  # no half-made backup left
        raise
    safe_io.atomic_write_bytes(target / "site.json", ctx.paths.site_file.read_bytes())
    if ctx.paths.access_file.exists():
        # Login slots open only with this PC's device secret: elsewhere, the recovery sheet.
        safe_io.atomic_write_bytes(target / "access.json", ctx.paths.access_file.read_bytes())
    copied = safe_io.copy_tree(ctx.paths.vaults, target / "vaults")
    return Backup(target, copied, ctx.site.keystore is KeyStoreKind.DEMO_FILE)


def _dump_url(ctx: SiteContext, owner_url: str | None) -> URL:
    """Who takes the dump: the operator's login given, else this context's when it owns the
    schema; an agent's login alone is refused in one sentence, before anything is written."""
    if owner_url is not None:
        pinned = ctx.paths.server_certificate if ctx.site.server_fingerprint else None
        return storage_server.tool_url(owner_url, pinned)
    if not storage_server.owns_schema(ctx.engine):
        raise UsageError(SetupText.BACKUP_NEEDS_OWNER)
    return ctx.engine.url


def _copy_database(ctx: SiteContext, target: Path, dump_url: URL | None) -> None:
    if dump_url is not None:
        # Temporary name, fsync, rename: a dump cut short never takes the final name.
        with safe_io.atomic_writer(target / DUMP_NAME, overwrite=False) as handle:
            server_backup.dump(dump_url, handle)
        return
    key = ctx.database_key()
    try:
        export_encrypted_copy(ctx.engine, target / ctx.paths.database.name, key)
    finally:
        key[:] = bytes(len(key))
