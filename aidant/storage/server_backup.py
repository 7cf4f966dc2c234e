"""Backing up and restoring a site server's database with PostgreSQL's own tools.

`dump` streams `pg_dump --format=custom` of the site's database into a file handle (the caller
writes it through `safe_io`: temporary name, fsync, rename); `restore` loads such a dump into a
new, empty database with `pg_restore`, in one transaction, so that a damaged or truncated dump
leaves the target as empty as it was. The programs are found as `tools/pg_cluster` finds the
server's: `pg_config --bindir`, then Debian's `/usr/lib/postgresql/*/bin` (newest first, since a
`pg_dump` must not be older than the server; on Windows the installer's
`Program Files/PostgreSQL/*/bin`), then the PATH. A password in the site's URL goes
to the program through its environment, never on its command line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import IO, BinaryIO

from psycopg.conninfo import make_conninfo
from sqlalchemy import URL, Engine, text
from sqlalchemy.exc import DBAPIError

from aidant.domain.errors import StorageError
from aidant.storage.server import make_server_engine
from aidant.storage.texts import StorageText

log = logging.getLogger(__name__)

#: The first bytes of every custom-format dump.
DUMP_MAGIC = b"PGDMP"
#: The group roles the dumped grants name (migration 0004); a fresh cluster lacks them.
GROUP_ROLES = ("aidant_agent", "aidant_manager", "aidant_maintenance")
#: Where Debian installs each PostgreSQL version's programs (one folder per version).
DEBIAN_VERSIONS = Path("/usr/lib/postgresql")
_CHUNK = 1 << 20
_TIMEOUT_S = 3600
#: What pg_dump and pg_restore say when they cannot reach the server (libpq's words).
_UNREACHABLE = ("connection to server", "could not connect", "could not translate host")

_CREATE_ROLE = """
DO $$ BEGIN
    CREATE ROLE {role} NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$
"""
#: Relations of the site's schema (tables, sequences, views): none in an empty database.
_COUNT_RELATIONS = """
SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%'
"""


def find_program(name: str) -> Path:
    """The path of PostgreSQL's `name` (pg_dump, pg_restore); one sentence when missing."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], check=True, capture_output=True, text=True, timeout=30
            )
            candidates.append(Path(out.stdout.strip()))
    versions = list(DEBIAN_VERSIONS.glob("*/bin"))
    if os.name == "nt":  # the EDB installer's layout
        programs = Path(os.environ.get("PROGRAMFILES", r"C:\Program Files"))
        versions += (programs / "PostgreSQL").glob("*/bin")
    candidates += sorted(versions, key=_version, reverse=True)
    exe = name + (".exe" if os.name == "nt" else "")
    for folder in candidates:
        if (folder / exe).is_file():
            return folder / exe
    found = shutil.which(name)
    if found:
        return Path(found)
    raise StorageError(StorageText.SERVER_TOOL_MISSING, program=name)


def _version(bindir: Path) -> tuple[int, ...]:
    """The version a folder is named after: 15 → (15,), 9.6 → (9, 6), sorted as numbers."""
    return tuple(int(part) for part in bindir.parent.name.split(".") if part.isdigit())


def _target(url: URL) -> tuple[str, dict[str, str]]:
    """libpq's connection string for `url` (without its password) and the environment that
    carries the password, if any."""
    params: dict[str, object] = dict(url.query)
    params.update(url.translate_connect_args(username="user", database="dbname"))
    password = params.pop("password", None)
    env = dict(os.environ)
    if password is not None:
        env["PGPASSWORD"] = str(password)
    return make_conninfo(**{k: str(v) for k, v in params.items()}), env


def _failure(program: str, errors: str, *, path: Path | None = None) -> StorageError:
    log.warning("%s failed: %s", program, errors.strip()[-2000:])
    lowered = errors.lower()
    if any(words in lowered for words in _UNREACHABLE):
        return StorageError(StorageText.SERVER_UNREACHABLE)
    if path is not None:
        return StorageError(StorageText.DUMP_DAMAGED, path=str(path))
    return StorageError(StorageText.SERVER_DUMP_FAILED)


def dump(url: URL, into: BinaryIO) -> int:
    """Stream a custom-format dump of the database at `url` into `into`; its size in bytes.

    pg_dump reads one consistent snapshot: appends made meanwhile are simply not in it.
    """
    program = find_program("pg_dump")
    conninfo, env = _target(url)
    argv = [str(program), "--format=custom", "--no-password", f"--dbname={conninfo}"]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(_read_all(process.stderr)))
    reader.start()
    total = 0
    try:
        if process.stdout is None:
            raise RuntimeError("pg_dump without its output pipe")
        while block := process.stdout.read(_CHUNK):
            into.write(block)
            total += len(block)
        code = process.wait(_TIMEOUT_S)
    except BaseException:
        process.kill()
        process.wait()
        raise
    finally:
        reader.join()
    if code != 0 or total == 0:
        raise _failure("pg_dump", b"".join(errors).decode("utf-8", "replace"))
    return total


def _read_all(stream: IO[bytes] | None) -> bytes:
    return b"" if stream is None else stream.read()


def check_dump(path: Path) -> None:
    """Refuse in one sentence a file that is not a readable custom-format dump."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(DUMP_MAGIC))
    except OSError as exc:
        log.info("dump unreadable: %s", exc)
        raise StorageError(StorageText.DUMP_DAMAGED, path=str(path)) from exc
    if magic != DUMP_MAGIC:
        raise StorageError(StorageText.DUMP_DAMAGED, path=str(path))
    listed = subprocess.run(
        [str(find_program("pg_restore")), "--list", str(path)],
        capture_output=True,
        timeout=_TIMEOUT_S,
        check=False,
    )
    if listed.returncode != 0:
        raise _failure("pg_restore --list", listed.stderr.decode("utf-8", "replace"), path=path)


def _prepare_target(engine: Engine) -> None:
    """Refuse a database that holds anything; make the group roles the dump's grants name."""
    with engine.begin() as conn:
        if conn.execute(text(_COUNT_RELATIONS)).scalar_one() != 0:
            raise StorageError(
                StorageText.RESTORE_TARGET_NOT_EMPTY, database=engine.url.database or "?"
            )
        for role in GROUP_ROLES:
            conn.execute(text(_CREATE_ROLE.format(role=role)))
        conn.execute(text("GRANT aidant_agent TO aidant_manager"))


def restore(url: str, path: Path, pinned: Path | None = None) -> None:
    """Load the dump at `path` into the empty database at `url`, all or nothing.

    One sentence, and the target left as it was, for a damaged or truncated dump, an
    unreachable server or a database that is not empty. Objects are owned by the login that
    restores (`--no-owner`): the site's grants to the group roles come with the dump.
    """
    check_dump(path)
    engine = make_server_engine(url, pinned=pinned)  # SERVER_UNREACHABLE in one sentence
    try:
        try:
            _prepare_target(engine)
        except DBAPIError as exc:
            log.warning("restore target refused: %s", exc.orig)
            raise StorageError(StorageText.SERVER_DUMP_FAILED) from exc
        conninfo, env = _target(engine.url)
    finally:
        engine.dispose()
    done = subprocess.run(
        [
            str(find_program("pg_restore")),
            "--exit-on-error",
            "--single-transaction",
            "--no-owner",
            "--no-password",
            f"--dbname={conninfo}",
            str(path),
        ],
        capture_output=True,
        env=env,
        timeout=_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise _failure("pg_restore", done.stderr.decode("utf-8", "replace"), path=path)


def dumped_slots(path: Path) -> dict[str, tuple[str, bytes]]:
    """The agents' key slots held in the dump at `path` ({role: (agent id, sealed slot)}), read
    with `pg_restore` without any server: a restore checks the restoring manager's password
    against theirs before it loads anything (a damaged dump: pg_restore's failure says so)."""
    done = subprocess.run(
        [
            str(find_program("pg_restore")),
            "--data-only",
            "--table=server_key_slots",
            "--file=-",
            str(path),
        ],
        capture_output=True,
        timeout=_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise _failure("pg_restore", done.stderr.decode("utf-8", "replace"), path=path)
    slots: dict[str, tuple[str, bytes]] = {}
    inside = False
    for line in done.stdout.decode("utf-8").splitlines():
        if line.startswith("COPY public.server_key_slots "):
            inside = True
        elif inside and line == "\\.":
            break
        elif inside:
            role, agent_id, sealed = line.split("\t")[:3]
            # COPY's text form writes bytea as \\x and hex digits.
            slots[role] = (agent_id, bytes.fromhex(sealed.removeprefix("\\\\x")))
    return slots
