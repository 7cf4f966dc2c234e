"""The site's own keys: the recovery sheet that prints them, and putting them back in the
keyring from that sheet. Only here (and in set-up) do the raw keys leave the key store."""

from __future__ import annotations

from aidant.domain.actors import Actor, require_manager
from aidant.domain.errors import StorageError
from aidant.pdf.site_recovery import render_site_recovery_sheet
from aidant.setup.texts import SetupText
from aidant.site.context import SiteContext, SiteFile, keystore_for
from aidant.site.identity import identity, read_identity
from aidant.site.paths import DataPaths
from aidant.storage.engine import make_engine, make_session_factory
from aidant.storage.keystore import KeyName
from aidant.storage.texts import StorageText
from crypto.signing import public_key_hex


def recovery_sheet(ctx: SiteContext, actor: Actor) -> bytes:
    """The site recovery sheet (both keys as text and QR) as a PDF, rendered in memory
    (managers only)."""
    require_manager(actor)
    site = identity(ctx)
    db_key = ctx.keystore.get(KeyName.DATABASE)
    signing = ctx.keystore.get(KeyName.SIGNING)
    try:
        if db_key is None or signing is None:
            raise StorageError(SetupText.SITE_KEYS_MISSING)
        return render_site_recovery_sheet(site.name, site.id, db_key, signing, ctx.clock.now())
    finally:
        for key in (db_key, signing):
            if key is not None:
                key[:] = bytes(len(key))


def restore_keys(paths: DataPaths, db_key: bytearray, signing: bytearray) -> None:
    """Put the site's keys back in this PC's key store. Each key is checked first against what
    it opens or signs for: the database key must open the database, the signing key must be
    the one whose public half the site records. Nothing is stored unless both are right.
    Both buffers are zeroed."""
    try:
        site = SiteFile.read(paths.site_file)
        try:
            engine = make_engine(paths.database, db_key)
        except StorageError as exc:
            if exc.text is StorageText.WRONG_KEY:
                raise StorageError(SetupText.DATABASE_KEY_REFUSED) from exc
            raise
        try:
            with make_session_factory(engine)() as db:
                recorded = read_identity(db).signing_public_key
        finally:
            engine.dispose()
        if public_key_hex(signing) != recorded:
            raise StorageError(SetupText.SIGNING_KEY_REFUSED)
        store = keystore_for(paths, site)
        store.put(KeyName.DATABASE, db_key)
        store.put(KeyName.SIGNING, signing)
    finally:
        db_key[:] = bytes(len(db_key))
        signing[:] = bytes(len(signing))
