"""A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` in a folder, a server
listening on a Unix socket in that folder (trusted: the tests' superuser) and, with `tls`, on
127.0.0.1 at a free port with TLS only (a self-signed CA certificate made here, `hostssl …
scram-sha-256`, plain `host` rejected), databases made from a migrated template.

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
import socket
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

    def __init__(
        self, root: Path, *, durable: bool = False, tls: bool = False, auth_delay_ms: int = 0
    ) -> None:
        self.root = root
        #: PostgreSQL's `auth_delay`: each failed authentication answers this much later.
        self.auth_delay_ms = auth_delay_ms
        #: Also listen on 127.0.0.1 with TLS and SCRAM passwords (the application's logins).
        self.tls = tls
        self.port = _free_port() if tls else PORT
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
        if self.tls:
            self._write_tls()
        self._launch()

    def _launch(self) -> None:
        listen = "127.0.0.1" if self.tls else ""
        options = (
            f"-c listen_addresses='{listen}' -c unix_socket_directories='{self.socket_dir}' "
            f"-p {self.port} -c max_connections=200 -c shared_buffers=64MB"
        )
        if self.tls:
            options += " -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
        if self.auth_delay_ms:
            options += (
                " -c shared_preload_libraries=auth_delay"
                f" -c auth_delay.milliseconds={self.auth_delay_ms}"
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

    def _write_tls(self) -> None:
        """A self-signed CA certificate (what a client pins) and the hosts file: the socket
        trusts, TCP takes TLS and SCRAM only."""
        self._write_certificate()
        self._own_write(
            "pg_hba.conf",
            b"local all all trust\n"
            b"hostssl all all 127.0.0.1/32 scram-sha-256\n"
            b"host all all 0.0.0.0/0 reject\n",
        )

    def _write_certificate(self) -> None:
        key_pem, cert_pem = make_certificate()
        self._own_write("server.key", key_pem)
        self._own_write("server.crt", cert_pem)

    def _own_write(self, name: str, data: bytes) -> None:
        path = self.data / name
        path.write_bytes(data)
        path.chmod(0o600)
        if self._as_postgres:
            owner = pwd.getpwnam("postgres")
            os.chown(path, owner.pw_uid, owner.pw_gid)

    @property
    def certificate_pem(self) -> bytes:
        """The certificate the server presents now (PEM)."""
        return (self.data / "server.crt").read_bytes()

    def swap_certificate(self) -> tuple[bytes, bytes]:
        """Present another self-signed certificate from now on (an impostor, for tests);
        returns the previous (key, certificate) for `use_certificate`."""
        previous = ((self.data / "server.key").read_bytes(), self.certificate_pem)
        self.use_certificate(*make_certificate())
        return previous

    def use_certificate(self, key_pem: bytes, cert_pem: bytes) -> None:
        self._own_write("server.key", key_pem)
        self._own_write("server.crt", cert_pem)
        self._run("pg_ctl", "-D", str(self.data), "reload")
        time.sleep(0.3)  # the postmaster reloads on SIGHUP, asynchronously

    def tcp_url(self, database: str = "postgres", user: str | None = None) -> str:
        """A URL reaching `database` over TCP and TLS (no password in it)."""
        who = f"{user}@" if user else ""
        return f"postgresql://{who}127.0.0.1:{self.port}/{database}"

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
            for lock in (
                self.data / "postmaster.pid",
                self.socket_dir / f".s.PGSQL.{self.port}.lock",
            ):
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
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements outside a transaction (CREATE DATABASE cannot run inside one)."""
        import psycopg

        dsn = f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={database}"
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


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_certificate() -> tuple[bytes, bytes]:
    """(key PEM, certificate PEM): a self-signed CA certificate for 127.0.0.1 and localhost,
    so that a client may pin it as its only root (`sslmode=verify-ca`)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "aidant test server")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


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
def running(
    *, durable: bool = False, tls: bool = False, auth_delay_ms: int = 0
) -> Iterator[Cluster]:
    """A started cluster in a fresh folder, stopped and removed at the end.

    The folder goes where the postgres user can reach it: the temporary folder when it is
    open to others (as on CI), else /var/tmp.
    """
    base = Path(tempfile.gettempdir())
    if not _reachable(base):
        base = Path("/var/tmp")  # noqa: S108 - a private folder is made inside it
    root = Path(tempfile.mkdtemp(prefix="aidant-pg-", dir=base))
    cluster = Cluster(root, durable=durable, tls=tls, auth_delay_ms=auth_delay_ms)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)  # noqa: TID251 - its own temporary folder
