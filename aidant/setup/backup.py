"""A backup of the site in a new dated folder: the database, site.json and the vault files (age
ciphertext). On this PC the database is copied still encrypted (same key); on a site server it
is `pg_dump`'s custom format (`aidant.dump`), which `aidant restore` loads into a new, empty
database (`setup.restore`). Journalled before the copy, so the backup holds the entry that
records it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aidant import journal
from aidant.domain.actors import Actor, require_manager
from aidant.domain.errors import UsageError
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.setup.texts import SetupText
from aidant.site.context import SiteContext
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


def backup(ctx: SiteContext, actor: Actor, destination: Path) -> Backup:
    """Write the backup into a new folder below `destination` (managers only)."""
    require_manager(actor)
    if ctx.on_server:
        server_backup.find_program("pg_dump")  # missing: said before anything is journalled
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
        _copy_database(ctx, target)
    except BaseException:
        safe_io.remove_tree(target, destination.absolute())  # no half-made backup left
        raise
    safe_io.atomic_write_bytes(target / "site.json", ctx.paths.site_file.read_bytes())
    if ctx.paths.access_file.exists():
        # Login slots open only with this PC's device secret: elsewhere, the recovery sheet.
        safe_io.atomic_write_bytes(target / "access.json", ctx.paths.access_file.read_bytes())
    copied = safe_io.copy_tree(ctx.paths.vaults, target / "vaults")
    return Backup(target, copied, ctx.site.keystore is KeyStoreKind.DEMO_FILE)


def _copy_database(ctx: SiteContext, target: Path) -> None:
    if ctx.on_server:
        # Temporary name, fsync, rename: a dump cut short never takes the final name.
        with safe_io.atomic_writer(target / DUMP_NAME, overwrite=False) as handle:
            server_backup.dump(ctx.engine.url, handle)
        return
    key = ctx.database_key()
    try:
        export_encrypted_copy(ctx.engine, target / ctx.paths.database.name, key)
    finally:
        key[:] = bytes(len(key))
