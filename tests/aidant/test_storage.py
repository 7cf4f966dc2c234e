"""The encrypted site store: schema, encryption at rest, key errors."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import keyring
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from keyring.backends import fail

from aidant.domain.actors import Actor
from aidant.domain.errors import KeyringUnavailable, StorageError
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.setup.opening import prepare
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext, connect
from aidant.site.paths import DataPaths
from aidant.site.texts import SiteText
from aidant.storage import engine as storage_engine
from aidant.storage import migrate
from aidant.storage.keystore import NO_KEYRING, KeyName
from aidant.storage.models import Base
from tests.support.opening import reopen

CANARY = "Zéphyrine-CANARI-7f3a9c"
#: A phone number is checked (digits only), so its canary is a number nobody else uses here.
PHONE_CANARY = "07 31 41 59 26"


def test_upgrade_head_gives_the_schema_of_the_models(tmp_path: Path) -> None:
    engine = storage_engine.make_engine(tmp_path / "empty.db", os.urandom(32))
    try:
        migrate.upgrade_to_head(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def _forms(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    forms = [raw, text.encode("utf-16-le"), base64.b64encode(raw)]
    # Also every alignment of the base64 form, since the canary may sit inside a longer value.
    forms += [base64.b64encode(b"x" * shift + raw)[4:-4] for shift in (1, 2)]
    return forms


def test_canary_never_appears_in_database_files(site: SiteContext, agent: Actor) -> None:
    usagers.register(site, agent, CANARY, CANARY, phone=PHONE_CANARY, email=f"{CANARY}@example.org")
    assert usagers.search(site, "zephyrine")  # readable through the store
    files = [Path(f"{site.paths.database}{s}") for s in ("", "-wal", "-shm")]
    assert files[0].exists() and files[1].exists()  # WAL mode: the entry sits in the -wal file
    for path in files:
        if not path.exists():
            continue
        content = path.read_bytes()
        for form in _forms(CANARY) + _forms(PHONE_CANARY):
            assert form not in content, f"{form!r} found in {path.name}"


def test_database_files_are_private(site: SiteContext) -> None:
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{site.paths.database}{suffix}")
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(site.paths.root.stat().st_mode) == 0o700


def test_wrong_key_gives_the_documented_sentence(site: SiteContext) -> None:
    site.close()
    with pytest.raises(StorageError) as caught:
        storage_engine.make_engine(site.paths.database, os.urandom(32))
    assert str(caught.value) == storage_engine.WRONG_KEY


def test_other_device_secret_in_keyring_gives_one_sentence(site: SiteContext) -> None:
    site.close()
    site.keystore.put(KeyName.DEVICE, os.urandom(32))
    with pytest.raises(StorageError) as caught:
        reopen(site.paths)
    assert str(caught.value) == str(SiteText.ACCESS_FILE_DAMAGED.value)


def test_missing_keyring_entry_says_how_to_restore(site: SiteContext) -> None:
    site.close()
    site.keystore.delete(KeyName.DEVICE)
    with pytest.raises(StorageError, match="absent du trousseau") as caught:
        prepare(site.paths)
    assert "aidant key restore" in str(caught.value)
    assert str(caught.value).count(".") <= 2  # one sentence


def test_a_site_with_login_slots_does_not_open_from_the_keyring_alone(site: SiteContext) -> None:
    site.close()
    with pytest.raises(StorageError) as caught:
        connect(site.paths)
    assert str(caught.value) == str(SiteText.LOGIN_NEEDED.value)


def test_no_keyring_backend_stops_init_cleanly(paths: DataPaths, clock: FakeClock) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable) as caught:
        init_site(paths, "Site", "chef", "Chef", "manager-password-1", clock=clock)
    assert str(caught.value) == NO_KEYRING
    assert not paths.site_file.exists()  # nothing half-made is left to confuse the next try


def test_no_keyring_backend_on_open(site: SiteContext) -> None:
    site.close()
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        reopen(site.paths)


def test_corrupt_database_file(site: SiteContext) -> None:
    site.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{site.paths.database}{suffix}").unlink(missing_ok=True)
    site.paths.database.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StorageError):
        reopen(site.paths)


def test_not_initialised(paths: DataPaths) -> None:
    with pytest.raises(StorageError, match="aidant init"):
        connect(paths)


def test_a_database_with_other_tables_gives_one_sentence(site: SiteContext) -> None:
    with site.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE mandates DROP COLUMN expiry_recorded_at")
    site.close()
    with pytest.raises(StorageError) as caught:
        reopen(site.paths)
    assert str(caught.value) == migrate.SCHEMA_MISMATCH
