"""Keys, the key store and interrupted input: a missing keyring, a missing or wrong key, a
damaged site file, `key restore` checking each key against what it opens or signs for, and a
command stopped midway. Each answer names its true cause."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from keyring.backends import fail

from aidant.cli.common import SecretReader
from aidant.files import safe_io
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


RANDOM_KEY = "ab" * 32
DEPOSIT = (*A, "vault", "deposit", "--usager", "{usager}", "{tmp}/paper.txt")
CASES = [
    Case("no-keyring", FIND, 6, "trousseau", stdin=PW, fault=no_keyring, never="plein"),
    Case("keyring-locked", FIND, 6, "trousseau", stdin=PW, fault=broken_keyring, never="plein"),
    Case(
        "db-key-missing",
        FIND,
        6,
        "key restore",
        stdin=PW,
        fault=forget("database-key"),
        never="plein",
    ),
    Case(
        "db-key-wrong",
        FIND,
        6,
        "feuille de secours",
        stdin=PW,
        fault=replace_key("database-key", RANDOM_KEY),
        never="lecture seule",
    ),
    Case(
        "db-key-short",
        FIND,
        6,
        "256",
        stdin=PW,
        fault=replace_key("database-key", "abcd"),
        never="plein",
    ),
    Case(
        "db-key-not-hex",
        FIND,
        6,
        "illisible",
        stdin=PW,
        fault=replace_key("database-key", "zz" * 32),
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
        stdin=f"{RANDOM_KEY}\n{{signkey}}\n",
        never="lecture seule",
    ),
    Case(
        "restore-wrong-signing-key",
        ("key", "restore"),
        6,
        "signature",
        stdin=f"{{dbkey}}\n{RANDOM_KEY}\n",
        never="base de données",
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
        ("vault", "list", "--usager", "{usager}"),
        2,
        "entrée standard",
        stdin="{card}\n",
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
    world.ids["dbkey"] = store.store[_key_entry("database-key")]
    world.ids["signkey"] = store.store[_key_entry("journal-signing-key")]
    check(case, world, run, monkeypatch, after=False)
    assert not list(world.paths.root.rglob("*.partial"))
    # The fault lifted (keys and site file as they were), the journal verifies.
    keyring.set_keyring(isolated)
    isolated.store.update(prepared.keys)
    for name in ("site.json", "aidant.db"):
        target = world.paths.root / name
        if target.is_dir():
            target.rmdir()
        if not target.exists() or name == "site.json":
            shutil.copy2(prepared.template / name, target)
    journal_verifies(world)


def test_key_restore_with_both_right_keys_is_accepted(world: World, run: Run) -> None:
    store = _store()
    db_key = store.store[_key_entry("database-key")]
    signing = store.store[_key_entry("journal-signing-key")]
    store.store.clear()
    code, out, err = run("key", "restore", stdin=f"{db_key}\n{signing}\n")
    assert code == 0 and err == "" and "restaurées" in out
    code, _, err = run("--as", "chef", "journal", "verify", stdin=CHEF_PW + "\n")
    assert code == 0, err
