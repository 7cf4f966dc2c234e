"""Restoring a server site's backup (`aidant restore`): its dump loaded into a new, empty
database, and this PC's data folder pointed at it.

The backup folder is the one `setup.backup` made: `aidant.dump`, `site.json`, perhaps
`access.json` (the login slots, which open only on the PC that made them) and `vaults`. The
dump is loaded first, all or nothing (`storage.server_backup.restore`); only then are
`site.json` (naming the new database) and the rest written into the data folder, which must
be empty or hold the same site. A backup of a site kept on one PC is restored by copying its
folder, as before.
"""

from __future__ import annotations

from pathlib import Path

from aidant.domain.errors import UsageError
from aidant.files import safe_io
from aidant.setup.backup import DUMP_NAME
from aidant.setup.texts import SetupText
from aidant.site.context import SiteFile
from aidant.site.paths import DataPaths
from aidant.storage import server_backup
from aidant.storage.server import make_server_engine

SITE_FILE = "site.json"
ACCESS_FILE = "access.json"


def restore_server_backup(paths: DataPaths, folder: Path, server_url: str) -> SiteFile:
    """Load the backup in `folder` into the empty database at `server_url`; return the site
    file now in `paths` (naming that database)."""
    folder = folder.absolute()
    for name in (DUMP_NAME, SITE_FILE):
        if not (folder / name).is_file():
            raise UsageError(SetupText.NOT_A_SERVER_BACKUP, path=folder, file=name)
    saved = SiteFile.read(folder / SITE_FILE)
    if paths.site_file.exists() and SiteFile.read(paths.site_file).site_id != saved.site_id:
        raise UsageError(SetupText.RESTORE_OTHER_SITE, root=paths.root)
    make_server_engine(server_url).dispose()  # an unreachable server: said before any check
    server_backup.restore(server_url, folder / DUMP_NAME)
    site = SiteFile(saved.site_id, saved.keystore, saved.demo, server_url)
    safe_io.ensure_private_dir(paths.root)
    safe_io.atomic_write_bytes(paths.site_file, site.to_json())
    if (folder / ACCESS_FILE).is_file() and not paths.access_file.exists():
        safe_io.atomic_write_bytes(paths.access_file, (folder / ACCESS_FILE).read_bytes())
    safe_io.copy_tree(folder / "vaults", paths.vaults)
    return site
