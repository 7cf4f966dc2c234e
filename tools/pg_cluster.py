"""A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` in a folder, a server
listening on a Unix socket in that folder only, databases made from a migrated template.

The server refuses to run as root, so when the caller is root (CI, containers) every server
program runs as the `postgres` OS user through `runuser`, and the folder is handed to it.
Nothing here is used by the application itself.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile  # noqa: TID251 - the cluster's own folder, no application data
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

#: Set to 1 (CI) so that a server that cannot start fails the tests instead of skipping them.
REQUIRE_ENV = "AIDANT_REQUIRE_SERVER"
#: The cluster's superuser (initdb `-U`): the tests connect as it over the socket (trust).
SUPERUSER = "postgres"
PORT = 5432


class ClusterUnavailable(RuntimeError):
    """PostgreSQL is not installed here, or the cluster did not start."""


def server_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") == "1"


def find_bindir() -> Path:
    """The folder of `initdb` and `pg_ctl`: `pg_config --bindir`, then Debian's layout."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            out = subprocess.run(
                [pg_config, "--bindir"], check=True, capture_output=True, text=True
            )
            candidates.append(Path(out.stdout.strip()))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise ClusterUnavailable("PostgreSQL's initdb and pg_ctl were not found")


class Cluster:
    """One cluster in `root` (an empty folder that this object owns).

    It listens on a Unix socket only, in a folder that only its owner can enter, and trusts
    every connection made there: the tests log in as any role without a password.
    """

    def __init__(self, root: Path, *, durable: bool = False) -> None:
        self.root = root
        #: False for tests (no fsync: fast, and a lost test cluster costs nothing); True for
        #: benchmarks, which must measure what a real server does at each commit.
        self.durable = durable
        self.data = root / "data"
        self.socket_dir = root / "socket"
        self.bindir = find_bindir()
        self._as_postgres = os.geteuid() == 0
        self._started = False

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        argv: Sequence[str] = [str(self.bindir / program), *args]
        if self._as_postgres:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        try:
            return subprocess.run(
                argv, check=True, capture_output=True, text=True, timeout=120, cwd=self.root
            )
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            raise ClusterUnavailable(f"{program} failed: {detail.strip()[-800:]}") from exc

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(exist_ok=True)
        if self._as_postgres:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise ClusterUnavailable("running as root and no `postgres` OS user") from exc
            for path in (self.root, self.socket_dir):
                os.chown(path, owner.pw_uid, owner.pw_gid)
            self.root.chmod(0o700)
            if not all(p.stat().st_mode & 0o001 for p in self.root.parents):
                raise ClusterUnavailable(f"the postgres user cannot reach {self.root}")
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self._launch()

    def _launch(self) -> None:
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            f"-p {PORT} -c max_connections=200 -c shared_buffers=64MB"
        )
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        log = self.root / "server.log"
        try:
            self._run("pg_ctl", "-D", str(self.data), "-l", str(log), "-o", options, "-w", "start")
        except ClusterUnavailable as exc:
            tail = log.read_text("utf-8", "replace")[-800:] if log.exists() else ""
            raise ClusterUnavailable(f"{exc}\n{tail}") from exc
        self._started = True

    def kill(self) -> None:
        """Crash the server: SIGKILL to the postmaster, then to every
        process it started (by process id, read from its pid file), with no shutdown."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        children = _children(pid)
        os.kill(pid, signal.SIGKILL)
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in (pid, *children)) and time.monotonic() < deadline:
            time.sleep(0.02)
        if Path(f"/proc/{pid}").exists():
            # A zombie that PID 1 does not reap (some containers): the server would take it
            # for a live postmaster. Every process is dead, so its lock files can go.
            for lock in (self.data / "postmaster.pid", self.socket_dir / f".s.PGSQL.{PORT}.lock"):
                lock.unlink(missing_ok=True)
        self._started = False

    def restart(self) -> None:
        """Start the server again on its existing data (after `kill`: crash recovery)."""
        self._launch()

    def stop(self) -> None:
        if self._started:
            self._started = False
            with contextlib.suppress(ClusterUnavailable):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A SQLAlchemy URL (psycopg 3) reaching `database` over the cluster's socket."""
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={PORT}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements outside a transaction (CREATE DATABASE cannot run inside one)."""
        import psycopg

        dsn = f"host={self.socket_dir} port={PORT} user={SUPERUSER} dbname={database}"
        with psycopg.connect(dsn, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement.encode())

    def create_database(self, name: str, template: str = "template0") -> str:
        """A new database copied from `template` (fast: a file copy); returns its URL."""
        import psycopg

        deadline = time.monotonic() + 10
        while True:
            try:
                self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
                return self.url(name)
            except psycopg.errors.ObjectInUse as exc:
                # The template is busy for a moment after its last connection closes.
                if time.monotonic() > deadline:
                    raise ClusterUnavailable(f"template {template} stays busy") from exc
                time.sleep(0.05)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # "pid (name) state ppid …": the name may hold spaces, so split after it.
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _reachable(folder: Path) -> bool:
    """Whether another OS user (postgres) can walk down to `folder`."""
    try:
        return all(p.stat().st_mode & 0o001 for p in (folder, *folder.parents))
    except OSError:
        return False


@contextlib.contextmanager
def running(*, durable: bool = False) -> Iterator[Cluster]:
    """A started cluster in a fresh folder, stopped and removed at the end.

    The folder goes where the postgres user can reach it: the temporary folder when it is
    open to others (as on CI), else /var/tmp.
    """
    base = Path(tempfile.gettempdir())
    if not _reachable(base):
        base = Path("/var/tmp")  # noqa: S108 - a private folder is made inside it
    root = Path(tempfile.mkdtemp(prefix="aidant-pg-", dir=base))
    cluster = Cluster(root, durable=durable)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)  # noqa: TID251 - its own temporary folder
