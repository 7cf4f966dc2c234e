"""Setting up a site server and the workstations that use it (`aidant server …`).

`init_server` is run once by the server's operator with an owner's URL (a superuser, or a
login holding CREATEROLE that owns the database): schema and group roles (migrations), the
maintenance login, the first manager and their own login, and this PC's `site.json` (the URL
without user or password); with `beside_others`, it adds a further site to a database that
already holds some (a communauté de communes). `close_to_others` is what every way of putting
a site on a server ends with (init, import, restore): the maintenance login, and CONNECT
revoked from PUBLIC. `enrol` joins a workstation: it fetches the server's certificate,
has its fingerprint confirmed and pins it. Neither leaves a password on the workstation.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable

from sqlalchemy import Connection

from aidant.domain.errors import Refused
from aidant.files import safe_io
from aidant.setup.create import init_site
from aidant.setup.texts import SetupText
from aidant.site.context import SiteContext, SiteFile, server_engine
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths
from aidant.site.texts import SiteText
from aidant.storage import journal_purges, migrate, server_logins, server_tls
from aidant.storage import server as storage_server
from aidant.storage.keystore import KeyStoreKind
from crypto.serverlogin import scram_verifier

#: Asked of the operator with the fingerprint the server presents: True to pin it.
Confirm = Callable[[str], bool]


@dataclasses.dataclass(frozen=True)
class Maintenance:
    """The site's maintenance login, made or given a new password."""

    login: str
    #: Shown once: the operator keeps it (password manager, sealed envelope), never here.
    password: str = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class ServerSetUp:
    site_id: str
    maintenance: Maintenance
    fingerprint: str | None


def close_to_others(conn: Connection, site_id: str, logins: list[str] | None = None) -> Maintenance:
    """End the putting of a site on a server (the operator's connection, whose `aidant.site_id`
    names the site): the site's maintenance login, with a new password, and CONNECT to the
    database revoked from PUBLIC, granted to it and to `logins` (application logins that
    already exist on this server: they keep reaching the database)."""
    role = server_logins.maintenance_role(site_id)
    secret = secrets.token_urlsafe(24)
    server_logins.create_maintenance_login(conn, role, scram_verifier(secret))
    server_logins.restrict_connect(conn, role, logins or [])
    return Maintenance(role, secret)


def check_url(url: str) -> None:
    """A server URL a workstation may keep: PostgreSQL, and no password in it (`site.json` is
    not a secret store)."""
    storage_server.check_url(url)
    if storage_server.has_password(url):
        raise Refused(SetupText.SERVER_URL_HAS_PASSWORD)


def url_has_password(url: str) -> bool:
    return storage_server.has_password(url)


def pin_certificate(
    paths: DataPaths, url: str, expected: str | None, confirm: Confirm
) -> str | None:
    """Fetch the certificate of the server `url` names, check its fingerprint (`expected`, or
    the operator's confirmation) and save it in the data folder. None on a Unix socket."""
    storage_server.check_url(url)
    if storage_server.reaches_unix_socket(url):
        return None
    host, port = server_tls.address(url)
    der = server_tls.fetch_certificate(host, port)
    seen = server_tls.fingerprint(der)
    if expected is not None:
        if not server_tls.same_fingerprint(expected, der):
            raise Refused(SetupText.SERVER_FINGERPRINT_MISMATCH, seen=seen)
    elif not confirm(seen):
        raise Refused(SetupText.SERVER_FINGERPRINT_NOT_CONFIRMED)
    safe_io.set_private_umask()
    safe_io.ensure_private_dir(paths.root)
    safe_io.atomic_write_bytes(paths.server_certificate, server_tls.to_pem(der))
    return seen


def refuse_existing(paths: DataPaths) -> None:
    if paths.site_file.exists() or paths.database.exists():
        raise Refused(SetupText.SITE_EXISTS, root=paths.root)


def init_server(
    paths: DataPaths,
    owner_url: str,
    site_name: str,
    manager: tuple[str, str, str],
    *,
    costs: Costs,
    expected: str | None,
    confirm: Confirm,
    keystore_kind: KeyStoreKind = KeyStoreKind.KEYRING,
    demo: bool = False,
    beside_others: bool = False,
) -> tuple[SiteContext, ServerSetUp]:
    """Make a site on an empty server database (run by the operator with `owner_url`), or,
    with `beside_others`, on one that already holds other sites; the caller closes the context
    and shows the maintenance password once."""
    storage_server.check_url(owner_url)
    refuse_existing(paths)
    fingerprint = pin_certificate(paths, owner_url, expected, confirm)
    login, name, password = manager
    ctx = init_site(
        paths,
        site_name,
        login,
        name,
        password,
        keystore_kind=keystore_kind,
        demo=demo,
        costs=costs,
        server_url=owner_url,
        stored_url=storage_server.without_secrets(owner_url),
        server_fingerprint=fingerprint,
        beside_others=beside_others,
    )
    try:
        with ctx.engine.begin() as conn:
            maintenance = close_to_others(conn, ctx.site.site_id)
    except BaseException:
        ctx.close()
        raise
    return ctx, ServerSetUp(ctx.site.site_id, maintenance, fingerprint)


def enrol(
    paths: DataPaths,
    url: str,
    site_id: str,
    *,
    costs: Costs,
    expected: str | None,
    confirm: Confirm,
    keystore_kind: KeyStoreKind = KeyStoreKind.KEYRING,
    demo: bool = False,
) -> SiteFile:
    """Join this workstation to the site `site_id` on the server `url`: its certificate
    pinned, `site.json` written (no password anywhere)."""
    check_url(url)
    refuse_existing(paths)
    fingerprint = pin_certificate(paths, url, expected, confirm)
    site = SiteFile(
        site_id=site_id.strip(),
        keystore=keystore_kind,
        demo=demo,
        server_url=storage_server.without_secrets(url),
        server_fingerprint=fingerprint,
        server_kdf=costs.agent_passwords,
    )
    safe_io.atomic_write_bytes(paths.site_file, site.to_json())
    return site


def upgrade_server(paths: DataPaths, owner_url: str) -> tuple[str | None, str]:
    """Bring a server's schema up to this version's (run by the operator with an owner's URL,
    on the server's Unix socket or from a desk that pinned its certificate); returns the
    revisions before and after."""
    storage_server.check_url(owner_url)
    pinned = paths.server_certificate if paths.server_certificate.is_file() else None
    engine = storage_server.make_server_engine(owner_url, pinned=pinned)
    try:
        before = migrate.current_revision(engine)
        if before is not None and not migrate.is_known_revision(before):
            raise Refused(SiteText.DATABASE_TOO_NEW)
        migrate.upgrade_to_head(engine)
        return before, migrate.head_revision()
    finally:
        engine.dispose()


@dataclasses.dataclass(frozen=True)
class ServerStatus:
    url: str
    fingerprint: str | None
    #: What the server presents now, when reachable over TCP (None on a socket or unreachable).
    presented: str | None
    reachable: bool


def status(paths: DataPaths) -> ServerStatus:
    """What can be said without any password: the server, the pinned fingerprint, whether the
    server answers and presents that same certificate."""
    site, url = server_site(paths)
    presented: str | None = None
    reachable = False
    if storage_server.reaches_unix_socket(url):
        try:
            server_engine(paths, site).dispose()
            reachable = True
        except storage_server.LoginRefused:
            reachable = True  # it answered
        except Exception:  # noqa: BLE001 - a status says "no", it never fails
            reachable = False
    else:
        try:
            host, port = server_tls.address(url)
            presented = server_tls.fingerprint(server_tls.fetch_certificate(host, port))
            reachable = True
        except Exception:  # noqa: BLE001 - a status says "no", it never fails
            reachable = False
    return ServerStatus(url, site.server_fingerprint, presented, reachable)


def server_site(paths: DataPaths) -> tuple[SiteFile, str]:
    """This PC's `site.json` and the server it names (one sentence when it names none)."""
    site = SiteFile.read(paths.site_file)
    if site.server_url is None:
        raise Refused(SetupText.NOT_A_SERVER_SITE)
    return site, site.server_url


def purge_journal(paths: DataPaths, password: str) -> journal_purges.JournalPurge | None:
    """`aidant server purge`: as the site's maintenance login, remove the journal entries whose
    archive time is over (the server decides which, migration 0012). None when none is due."""
    site, _ = server_site(paths)
    role = server_logins.maintenance_role(site.site_id)
    try:
        engine = server_engine(paths, site, storage_server.Credentials(role, password))
    except storage_server.LoginRefused as exc:
        raise Refused(SetupText.MAINTENANCE_REFUSED) from exc
    try:
        with engine.begin() as conn:
            return journal_purges.purge(conn)
    finally:
        engine.dispose()


def schema_revision(ctx: SiteContext) -> str | None:
    return migrate.current_revision(ctx.engine)
