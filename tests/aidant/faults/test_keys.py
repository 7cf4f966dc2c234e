"""Keys, the key store and interrupted input: a missing keyring, a missing or wrong key, a
damaged site file, `key restore` checking each key against what it opens or signs for, and a
command stopped midway. Each answer names its true cause."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from keyring.backends import fail

from aidant.__main__ import main
from aidant.cli.common import SecretReader
from aidant.files import safe_io
from aidant.site.access import Refusal, SiteAccess
from aidant.site.context import SiteFile, keystore_for
from tests.aidant.faults.conftest import (
    AGENT_PW,
    CHEF_PW,
    Case,
    Prepared,
    Run,
    World,
    cases_ids,
    check,
    journal_verifies,
)
from tests.support.costs import TEST_COSTS
from tests.support.keyrings import MemoryKeyring

A = ("--as", "agent")
FIND = (*A, "usager", "find", "x")
PW = AGENT_PW + "\n"


def _store() -> MemoryKeyring:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


def _key_entry(name: str) -> tuple[str, str]:
    return next(k for k in _store().store if k[1].endswith(name))


def no_keyring(_w: World, _mp: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())


def broken_keyring(_w: World, mp: pytest.MonkeyPatch) -> None:
    def refuse(*_a: Any) -> None:
        raise keyring.errors.KeyringLocked("locked")

    mp.setattr(MemoryKeyring, "get_password", refuse)


def forget(name: str) -> Any:
    def fault(_w: World, _mp: pytest.MonkeyPatch) -> None:
        del _store().store[_key_entry(name)]

    return fault


def replace_key(name: str, value: str) -> Any:
    def fault(_w: World, _mp: pytest.MonkeyPatch) -> None:
        _store().store[_key_entry(name)] = value

    return fault


def site_file(content: bytes | None) -> Any:
    def fault(world: World, _mp: pytest.MonkeyPatch) -> None:
        if content is None:
            world.paths.site_file.unlink()
        else:
            world.paths.site_file.write_bytes(content)

    return fault


def site_file_folder(world: World, _mp: pytest.MonkeyPatch) -> None:
    world.paths.site_file.unlink()
    world.paths.site_file.mkdir()


def site_file_refused(world: World, mp: pytest.MonkeyPatch) -> None:
    real = Path.read_text

    def read_text(self: Path, *args: Any, **kwargs: Any) -> str:
        if self == world.paths.site_file:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    mp.setattr(Path, "read_text", read_text)


def no_database(world: World, _mp: pytest.MonkeyPatch) -> None:
    world.paths.database.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{world.paths.database}{suffix}").unlink(missing_ok=True)


def interrupt_secret(_w: World, mp: pytest.MonkeyPatch) -> None:
    def stop(*_a: Any, **_k: Any) -> str:
        raise KeyboardInterrupt

    mp.setattr(SecretReader, "read", stop)


def interrupt_deposit(_w: World, mp: pytest.MonkeyPatch) -> None:
    import crypto

    def stop(*_a: Any, **_k: Any) -> Any:
        raise KeyboardInterrupt

    mp.setattr(crypto, "encrypt_stream", stop)


def failing_reads(_w: World, mp: pytest.MonkeyPatch) -> None:
    real = safe_io.open_input

    class Failing(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, _b: Any) -> int:
            raise OSError(5, "Input/output error")

    def open_input(path: Path, max_bytes: int) -> Any:
        real(path, max_bytes).close()
        return io.BufferedReader(Failing())

    mp.setattr(safe_io, "open_input", open_input)


def access_file(change: Any) -> Any:
    """The access file beside the database: removed (None), replaced by bytes, or changed."""

    def fault(world: World, _mp: pytest.MonkeyPatch) -> None:
        path = world.paths.access_file
        if change is None:
            path.unlink()
        elif isinstance(change, bytes):
            path.write_bytes(change)
        else:
            path.write_bytes(change(path.read_bytes()))

    return fault


def access_file_folder(world: World, _mp: pytest.MonkeyPatch) -> None:
    world.paths.access_file.unlink()
    world.paths.access_file.mkdir()


def access_file_refused(world: World, mp: pytest.MonkeyPatch) -> None:
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == world.paths.access_file:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    mp.setattr(Path, "read_bytes", read_bytes)


def _edit_one_slot(data: bytes) -> bytes:
    """A byte of the authenticated body changed, as an edit made without the keyring would."""
    raw = json.loads(data)
    raw["body"]["dropped"] = 7
    return json.dumps(raw).encode()


def rolled_back(world: World, mp: pytest.MonkeyPatch) -> None:
    """This PC saw one more journal entry than the database put back holds: an older copy."""
    older = world.tmp / "older.db"
    shutil.copy2(world.paths.database, older)
    mp.setattr(sys, "stdin", io.StringIO(CHEF_PW + "\n"))
    assert main(["--as", "chef", "journal", "checkpoint"], costs=TEST_COSTS) == 0
    for suffix in ("-wal", "-shm"):
        Path(f"{world.paths.database}{suffix}").unlink(missing_ok=True)
    shutil.copy2(older, world.paths.database)


RANDOM_KEY = "ab" * 32
DEPOSIT = (*A, "vault", "deposit", "--usager", "{usager}", "{tmp}/paper.txt")
NEW_CHEF = "chef\nnew-password-9\nnew-password-9\n"
CASES = [
    Case("no-keyring", FIND, 6, "trousseau", stdin=PW, fault=no_keyring, never="plein"),
    Case("keyring-locked", FIND, 6, "trousseau", stdin=PW, fault=broken_keyring, never="plein"),
    Case(
        "device-secret-missing",
        FIND,
        6,
        "secret de ce poste",
        stdin=PW,
        fault=forget("device-secret"),
        never="plein",
    ),
    Case(
        "device-secret-not-hex",
        FIND,
        6,
        "illisible",
        stdin=PW,
        fault=replace_key("device-secret", "zz" * 32),
        never="plein",
    ),
    Case(
        "device-secret-other-pc",
        FIND,
        6,
        "key restore",
        stdin=PW,
        fault=replace_key("device-secret", RANDOM_KEY),
        never="lecture seule",
    ),
    Case("access-file-missing", FIND, 6, "introuvable", stdin=PW, fault=access_file(None)),
    Case("access-file-empty", FIND, 6, "endommagé", stdin=PW, fault=access_file(b"")),
    Case("access-file-garbage", FIND, 6, "endommagé", stdin=PW, fault=access_file(b"\x00{{")),
    Case(
        "access-file-truncated",
        FIND,
        6,
        "endommagé",
        stdin=PW,
        fault=access_file(lambda d: d[: len(d) // 2]),
    ),
    Case(
        "access-file-edited", FIND, 6, "hors d'Aidant", stdin=PW, fault=access_file(_edit_one_slot)
    ),
    Case("access-file-folder", FIND, 7, "dossier", stdin=PW, fault=access_file_folder),
    Case("access-file-refused", FIND, 7, "pas le droit", stdin=PW, fault=access_file_refused),
    Case("wrong-password", FIND, 3, "mot de passe", stdin="not-the-password\n"),
    Case("unknown-login", ("--as", "personne", "usager", "find", "x"), 3, "mot de passe", stdin=PW),
    Case(
        "rollback-agent",
        FIND,
        1,
        "responsable doit le constater",
        stdin=PW,
        fault=rolled_back,
        never="plein",
    ),
    Case(
        "rollback-manager-no-ack",
        ("--as", "chef", "usager", "find", "x"),
        1,
        "plus ancienne",
        stdin=CHEF_PW + "\n",
        fault=rolled_back,
        never="plein",
    ),
    Case("site-file-missing", FIND, 6, "aidant init", stdin=PW, fault=site_file(None)),
    Case("site-file-garbage", FIND, 6, "sauvegarde", stdin=PW, fault=site_file(b"\x00{{")),
    Case("site-file-empty", FIND, 6, "sauvegarde", stdin=PW, fault=site_file(b"")),
    Case(
        "site-file-wrong-store",
        FIND,
        6,
        "sauvegarde",
        stdin=PW,
        fault=site_file(b'{"site_id": "x", "keystore": "cloud"}'),
    ),
    Case("site-file-folder", FIND, 7, "dossier", stdin=PW, fault=site_file_folder),
    Case("site-file-refused", FIND, 7, "pas le droit", stdin=PW, fault=site_file_refused),
    Case("database-missing", FIND, 6, "sauvegarde", stdin=PW, fault=no_database, journal=False),
    Case("restore-not-hex", ("key", "restore"), 2, "hexadécimaux", stdin="xyz\n", never=""),
    Case("restore-short", ("key", "restore"), 2, "64", stdin="abcd\n", never=""),
    Case("restore-nothing", ("key", "restore"), 2, "entrée standard"),
    Case(
        "restore-wrong-db-key",
        ("key", "restore"),
        6,
        "n'ouvre pas",
        stdin=f"{RANDOM_KEY}\n{{signkey}}\n{NEW_CHEF}",
        never="lecture seule",
    ),
    Case(
        "restore-wrong-signing-key",
        ("key", "restore"),
        6,
        "signature",
        stdin=f"{{dbkey}}\n{RANDOM_KEY}\n{NEW_CHEF}",
        never="base de données",
    ),
    Case(
        "restore-not-a-manager",
        ("key", "restore"),
        5,
        "responsable",
        stdin="{dbkey}\n{signkey}\nagent\nnew-password-9\nnew-password-9\n",
        never="",
    ),
    Case(
        "restore-short-password",
        ("key", "restore"),
        5,
        "",
        stdin="{dbkey}\n{signkey}\nchef\ncourt\ncourt\n",
        never="",
    ),
    Case(
        "restore-no-site",
        ("key", "restore"),
        6,
        "aidant init",
        stdin="{dbkey}\n",
        fault=site_file(None),
    ),
    Case("interrupted-secret", FIND, 130, "interrompue", fault=interrupt_secret),
    Case("interrupted-deposit", DEPOSIT, 130, "interrompue", stdin=PW, fault=interrupt_deposit),
    Case("unreadable-input", DEPOSIT, 7, "n'a pas répondu", stdin=PW, fault=failing_reads),
    Case("secret-missing", DEPOSIT, 2, "entrée standard"),
    Case(
        "second-secret-missing",
        (*A, "vault", "list", "--usager", "{usager}"),
        2,
        "entrée standard",
        stdin=PW + "{card}\n",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=cases_ids(CASES))
def test_keys_and_interruptions_are_answered(
    case: Case,
    world: World,
    run: Run,
    monkeypatch: pytest.MonkeyPatch,
    prepared: Prepared,
    isolated: MemoryKeyring,
) -> None:
    (world.tmp / "paper.txt").write_bytes(b"papier\n")
    store = _store()
    world.ids["dbkey"] = _database_key(world)
    world.ids["signkey"] = store.store[_key_entry("journal-signing-key")]
    check(case, world, run, monkeypatch, after=False)
    assert not list(world.paths.root.rglob("*.partial"))
    # The fault lifted (keys, site and access files as they were), the journal verifies.
    keyring.set_keyring(isolated)
    isolated.store.clear()
    isolated.store.update(prepared.keys)
    for name in ("site.json", "access.json", "aidant.db"):
        target = world.paths.root / name
        if target.is_dir():
            target.rmdir()
        if not target.exists() or name != "aidant.db":
            shutil.copy2(prepared.template / name, target)
    journal_verifies(world)


def test_key_restore_with_both_right_keys_is_accepted(world: World, run: Run) -> None:
    store = _store()
    db_key = _database_key(world)
    signing = store.store[_key_entry("journal-signing-key")]
    store.store.clear()
    code, out, err = run("key", "restore", stdin=f"{db_key}\n{signing}\n{NEW_CHEF}")
    assert code == 0 and err == "" and "rétabli" in out, err
    code, _, err = run("--as", "chef", "journal", "verify", stdin="new-password-9\n")
    assert code == 0, err


def _database_key(world: World) -> str:
    """The database key as the site recovery sheet prints it, taken from the manager's slot."""
    site = SiteFile.read(world.paths.site_file)
    access = SiteAccess(world.paths, site.site_id, keystore_for(world.paths, site))
    payload = access.unlock("chef", CHEF_PW, dt.datetime.now(dt.UTC), TEST_COSTS)
    assert not isinstance(payload, Refusal)
    try:
        return bytes(payload.db_key.view()).hex()
    finally:
        payload.zero()
