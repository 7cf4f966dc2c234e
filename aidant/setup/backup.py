"""An encrypted backup of the site: the database (still encrypted, same key), site.json and the
vault files (age ciphertext), in a new dated folder. Journalled before the copy, so the backup
holds the entry that records it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aidant import journal
from aidant.domain.actors import Actor, require_manager
from aidant.domain.errors import StorageError, UsageError
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.setup.texts import SetupText
from aidant.site.context import SiteContext
from aidant.storage.engine import export_encrypted_copy
from aidant.storage.keystore import KeyStoreKind
from aidant.storage.texts import StorageText


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
        # Checked before anything is journalled: a server site is backed up on the server.
        raise StorageError(StorageText.COPY_EMBEDDED_ONLY)
    now = ctx.clock.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = destination.absolute() / f"aidant-sauvegarde-{stamp}"
    if target.exists():
        raise UsageError(SetupText.BACKUP_EXISTS, path=target)
    safe_io.ensure_private_dir(target)
    with ctx.transaction() as db:
        # Journalled first, so that the backup contains the entry that records it.
        journal.append(db, actor, EntryKind.BACKUP_MADE, now, data={"at": stamp})
    key = ctx.database_key()
    try:
        export_encrypted_copy(ctx.engine, target / ctx.paths.database.name, key)
    finally:
        key[:] = bytes(len(key))
    safe_io.atomic_write_bytes(target / "site.json", ctx.paths.site_file.read_bytes())
    if ctx.paths.access_file.exists():
        # Login slots open only with this PC's device secret: elsewhere, the recovery sheet.
        safe_io.atomic_write_bytes(target / "access.json", ctx.paths.access_file.read_bytes())
    copied = safe_io.copy_tree(ctx.paths.vaults, target / "vaults")
    return Backup(target, copied, ctx.site.keystore is KeyStoreKind.DEMO_FILE)
