"""A read-only folder, refused permissions and a full disk: exit 7 and a sentence that names
the disk, never a key. Tests run as root in CI, where permission bits do not stop anyone, so
the operating system's refusals are injected where the files are opened (`os.open`, `os.mkdir`,
`os.chmod`, `os.fsync`; SQLite's own open through `storage.engine._open_connection`), and a
database limited to its current size stands in for a full disk under SQLite. Where this
machine lets the test mount a small file system, the same faults also run for real."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from aidant.storage import engine as storage_engine
from tests.aidant.faults.conftest import (
    AGENT_PW,
    CHEF_PW,
    Case,
    Run,
    World,
    cases_ids,
    check,
    one_french_sentence,
)

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT


def refuse(number: int, where: str = "data", *, database: str = "") -> Callable[..., None]:
    """Writes below `where` ("data" or a folder of the case's tmp) fail with `number`;
    with `database`, SQLite's open fails with that message too."""

    def fault(world: World, mp: pytest.MonkeyPatch) -> None:
        root = str(world.paths.root if where == "data" else world.tmp / where)
        (world.tmp / where).mkdir(exist_ok=True) if where != "data" else None
        real_open, real_mkdir, real_chmod = os.open, os.mkdir, os.chmod

        def below(path: Any) -> bool:
            return str(path).startswith(root)

        def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if below(path) and flags & WRITE_FLAGS:
                raise OSError(number, os.strerror(number), str(path))
            return real_open(path, flags, *args, **kwargs)

        def fake_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
            if below(path):
                raise OSError(number, os.strerror(number), str(path))
            real_mkdir(path, *args, **kwargs)

        def fake_chmod(path: Any, *args: Any, **kwargs: Any) -> None:
            if below(path):
                raise OSError(number, os.strerror(number), str(path))
            real_chmod(path, *args, **kwargs)

        mp.setattr(os, "open", fake_open)
        mp.setattr(os, "mkdir", fake_mkdir)
        mp.setattr(os, "chmod", fake_chmod)
        if database:

            def no_database(_path: Path) -> Any:
                raise sqlcipher3.OperationalError(database)

            mp.setattr(storage_engine, "_open_connection", no_database)

    return fault


def full(number: int, where: str) -> Callable[..., None]:
    """Files below `where` open, but their data cannot be made durable: `fsync` fails."""

    def fault(world: World, mp: pytest.MonkeyPatch) -> None:
        root = str(world.tmp / where)
        (world.tmp / where).mkdir(exist_ok=True)
        real_open, real_fsync, mine = os.open, os.fsync, set()

        def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            fd = real_open(path, flags, *args, **kwargs)
            if str(path).startswith(root) and flags & WRITE_FLAGS:
                mine.add(fd)
            return fd

        def fake_fsync(fd: int) -> None:
            if fd in mine:
                raise OSError(number, os.strerror(number))
            real_fsync(fd)

        mp.setattr(os, "open", fake_open)
        mp.setattr(os, "fsync", fake_fsync)

    return fault


class _FullDisk:
    """A DB-API connection whose commits fail as SQLite's do when the disk is full (in WAL
    mode every commit appends to the -wal file, however much room the pages have left)."""

    def __init__(self, conn: Any) -> None:
        object.__setattr__(self, "_conn", conn)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._conn, name, value)

    def commit(self) -> None:
        if self._conn.in_transaction:
            self._conn.rollback()
            raise sqlcipher3.OperationalError("database or disk is full")


def database_full(world: World, mp: pytest.MonkeyPatch) -> None:
    """SQLite's own full disk: the database may not grow by a single page, and no commit
    reaches the disk."""
    pragmas, opened = storage_engine._pragmas, storage_engine._open_connection

    def limited(conn: Any, key_hex: str) -> None:
        pragmas(conn, key_hex)
        cur = conn.cursor()
        count = cur.execute("PRAGMA page_count").fetchone()[0]
        cur.execute(f"PRAGMA max_page_count = {count}")
        cur.close()

    mp.setattr(storage_engine, "_pragmas", limited)
    mp.setattr(storage_engine, "_open_connection", lambda path: _FullDisk(opened(path)))


A, M = ("--as", "agent"), ("--as", "chef")
PW, CPW = AGENT_PW + "\n", CHEF_PW + "\n"
RO_MSG = "attempt to write a readonly database"
OPEN_MSG = "unable to open database file"
FAMILIES = {
    "find": ((*A, "usager", "find", "x"), PW),
    "add": ((*A, "usager", "add", "--family", "Neuf", "--given", "Jean"), PW),
    "verify": ((*M, "journal", "verify"), CPW),
    "deposit": ((*A, "vault", "deposit", "--usager", "{usager}", "{tmp}/paper.txt"), PW),
}
DATA_FAULTS = {
    "read-only": (refuse(errno.EROFS, database=OPEN_MSG), "lecture seule"),
    "read-only-wal": (refuse(errno.EROFS, database=RO_MSG), "lecture seule"),
    "no-permission": (refuse(errno.EACCES, database=OPEN_MSG), "pas le droit"),
    "eperm": (refuse(errno.EPERM, database=OPEN_MSG), "pas le droit"),
}
DATA_CASES = [
    Case(f"{fault}-{family}", argv, 7, says, stdin=stdin, fault=make)
    for fault, (make, says) in DATA_FAULTS.items()
    for family, (argv, stdin) in FAMILIES.items()
]
FULL_CASES = [
    Case("db-full-usager-add", FAMILIES["add"][0], 7, "plein", stdin=PW, fault=database_full),
    Case(
        "db-full-proche-add",
        (*A, "proche", "add", "--family", "P", "--given", "Q"),
        7,
        "plein",
        stdin=PW,
        fault=database_full,
    ),
    Case(
        "db-full-revoke",
        (*A, "mandate", "revoke", "{mandate}", "--reason", "fin"),
        7,
        "plein",
        stdin=PW,
        fault=database_full,
    ),
    Case(
        "vaults-full-deposit",
        FAMILIES["deposit"][0],
        7,
        "plein",
        stdin=PW,
        fault=full(errno.ENOSPC, "data/vaults"),
    ),
    Case(
        "vaults-quota-deposit",
        FAMILIES["deposit"][0],
        7,
        "quota",
        stdin=PW,
        fault=full(errno.EDQUOT, "data/vaults"),
    ),
]
OUT = "{tmp}/out/"
OUTPUTS: dict[str, tuple[tuple[str, ...], str]] = {
    "key-sheet": ((*M, "key", "sheet", OUT + "s.pdf"), CPW),
    "mandate-print": ((*A, "mandate", "print", "{mandate}", OUT + "m.pdf"), PW),
    "blank-revocation": ((*A, "mandate", "blank-revocation", OUT + "b.pdf"), PW),
    "audit-csv": ((*M, "audit", "--format", "csv", "--out", OUT + "a.csv"), CPW),
    "stats": (
        (*M, "stats", "--from", "2026-01-01", "--to", "2026-12-31", "--out", OUT + "s.json"),
        CPW,
    ),
    "checkpoint": ((*M, "journal", "checkpoint", "--out", OUT + "c.json"), CPW),
    "export": (
        (*A, "vault", "export", "--usager", "{usager}", "{document}", OUT + "d.txt"),
        PW + "{card}\n4826\n",
    ),
    "backup": ((*M, "backup", OUT + "sauvegarde"), CPW),
}
OUTPUT_CASES = [
    Case(f"out-{name}-{label}", argv, 7, says, stdin=stdin, fault=make(number, "out"))
    for name, (argv, stdin) in OUTPUTS.items()
    for label, make, number, says in [
        ("read-only", refuse, errno.EROFS, "lecture seule"),
        ("full", full, errno.ENOSPC, "plein"),
    ]
]
CASES = DATA_CASES + FULL_CASES + OUTPUT_CASES


@pytest.mark.parametrize("case", CASES, ids=cases_ids(CASES))
def test_the_disk_is_blamed_never_a_key(
    case: Case, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    (world.tmp / "paper.txt").write_bytes(b"papier\n")
    check(case, world, run, monkeypatch)
    assert not list((world.tmp / "out").glob("*.partial"))


# --- The same faults on a real small file system, where this machine allows mounting one.


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def mounted(world: World, tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "small"
    point.mkdir()
    if not _can_mount():
        pytest.skip("mounting a file system needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a file system")
    try:
        yield point
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(point)], capture_output=True)
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_real_read_only_file_system(world: World, mounted: Path, run: Run) -> None:
    shutil.copytree(world.paths.root, mounted / "data")
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
    for argv, stdin in FAMILIES.values():
        argv = ("--data-dir", str(mounted / "data"), *argv)
        code, _, err = run(*(world.fill(a) for a in argv), stdin=world.fill(stdin))
        sentence = one_french_sentence(code, err)
        assert code == 7 and "lecture seule" in sentence and "clé" not in sentence
    # What only reads still answers: the signed status list.
    argv = ("--data-dir", str(mounted / "data"), "mandate", "verify", world.ids["code"])
    code, out, err = run(*argv)
    assert (code, err) == (0, "") and "intact" in out, err


def test_a_real_full_file_system(world: World, mounted: Path, run: Run) -> None:
    shutil.copytree(world.paths.root, mounted / "data")
    filler = mounted / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    (world.tmp / "paper.txt").write_bytes(os.urandom(200_000))
    for argv, stdin in (FAMILIES["deposit"], FAMILIES["add"]):
        argv = ("--data-dir", str(mounted / "data"), *argv)
        code, _, err = run(*(world.fill(a) for a in argv), stdin=world.fill(stdin))
        sentence = one_french_sentence(code, err)
        assert code == 7 and "plein" in sentence and "clé" not in sentence


@pytest.mark.parametrize("fault", list(DATA_FAULTS))
def test_mandate_verify_only_reads_and_still_answers(
    fault: str, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `mandate verify` reads the signed status list and writes nothing: a folder refusing
    # writes changes nothing to its answer.
    with monkeypatch.context() as faulty:
        DATA_FAULTS[fault][0](world, faulty)
        code, out, err = run("mandate", "verify", world.fill("{code}"))
    assert (code, err) == (0, ""), err
    assert out.startswith(f"Mandat {world.ids['code']} : ") and "intact" in out, out
