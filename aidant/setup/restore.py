"""Restoring a server site's backup (`aidant restore`): its dump loaded into a new, empty
database, and this PC's data folder pointed at it.

The backup folder is the one `setup.backup` made: `aidant.dump`, `site.json`, perhaps
`access.json` (the login slots, which open only on the PC that made them) and `vaults`. The
dump is loaded first, all or nothing (`storage.server_backup.restore`), with the operator's
login to the new database (over TLS, its certificate pinned as at `server init`, unless on the
server's Unix socket). Logins belong to the server, not to the database: on another server the
agents' logins are gone. The manager who restores gets theirs back (their password re-derives
it, and their key slot came with the dump); the others need a new password from a manager, as
after `server import`. As at `server init`, the site gets its maintenance login (a new
password, shown once) and CONNECT to the new database is revoked from PUBLIC (logins the server
already has keep it). Only then are `site.json` (naming the new database, no password) and the
rest written into the data folder, which must be empty or hold the same site. A backup of a site
kept on one PC is restored by copying its folder, as before.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import select, text

from aidant.agents.texts import AgentText
from aidant.domain.errors import AuthenticationError, PermissionDenied, StorageError, UsageError
from aidant.domain.texts import DomainText
from aidant.files import safe_io
from aidant.setup.backup import DUMP_NAME
from aidant.setup.server import Confirm, Maintenance, close_to_others, pin_certificate
from aidant.setup.texts import SetupText
from aidant.site import server_access
from aidant.site.context import SiteFile
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
from aidant.storage import engine as storage_engine
from aidant.storage import server as storage_server
from aidant.storage import server_backup, server_logins
from aidant.storage.models import Agent

SITE_FILE = "site.json"
ACCESS_FILE = "access.json"


@dataclasses.dataclass(frozen=True)
class Restored:
    site: SiteFile
    #: Agents whose server login this server does not have: a manager gives each a new password.
    without_login: list[str]
    maintenance: Maintenance


def _refuse(_seen: str) -> bool:
    return False


def restore_server_backup(
    paths: DataPaths,
    folder: Path,
    server_url: str,
    manager: tuple[str, str] | None = None,
    *,
    costs: Costs = PRODUCTION_COSTS,
    expected: str | None = None,
    confirm: Confirm = _refuse,
) -> Restored:
    """Load the backup in `folder` into the empty database at `server_url` (the operator's
    login); `manager` (login, password) gets their server login back when it is missing."""
    folder = folder.absolute()
    for name in (DUMP_NAME, SITE_FILE):
        if not (folder / name).is_file():
            raise UsageError(SetupText.NOT_A_SERVER_BACKUP, path=folder, file=name)
    saved = SiteFile.read(folder / SITE_FILE)
    if paths.site_file.exists() and SiteFile.read(paths.site_file).site_id != saved.site_id:
        raise UsageError(SetupText.RESTORE_OTHER_SITE, root=paths.root)
    storage_server.check_url(server_url)
    checked = None if manager is None else _check_manager(folder / DUMP_NAME, saved, manager, costs)
    fingerprint = pin_certificate(paths, server_url, expected, confirm)
    pinned = paths.server_certificate if fingerprint is not None else None
    server_backup.restore(server_url, folder / DUMP_NAME, pinned)
    missing, maintenance = _logins_back(server_url, pinned, saved, checked)
    stored = (
        storage_server.without_secrets(server_url)
        if storage_server.has_password(server_url)
        else server_url
    )
    site = dataclasses.replace(saved, server_url=stored, server_fingerprint=fingerprint)
    safe_io.ensure_private_dir(paths.root)
    safe_io.atomic_write_bytes(paths.site_file, site.to_json())
    if (folder / ACCESS_FILE).is_file() and not paths.access_file.exists():
        safe_io.atomic_write_bytes(paths.access_file, (folder / ACCESS_FILE).read_bytes())
    safe_io.copy_tree(folder / "vaults", paths.vaults)
    return Restored(site, missing, maintenance)


@dataclasses.dataclass(frozen=True)
class _ManagerLogin:
    role: str
    verifier: str
    agent_id: str
    sealed: bytes
    manager: bool


def _check_manager(
    dump: Path, site: SiteFile, manager: tuple[str, str], costs: Costs
) -> _ManagerLogin:
    """The restoring manager's login, checked against their key slot in the dump before
    anything is loaded: a wrong password is said in the usual sentence, nothing done."""
    login, password = manager
    slots = server_backup.dumped_slots(dump)
    with server_access.login_secrets(
        site.site_id, login, password, site.login_params(costs)
    ) as secrets:
        if secrets.role not in slots:
            raise AuthenticationError(AgentText.BAD_LOGIN)
        agent_id, sealed = slots[secrets.role]
        try:
            payload = secrets.open_slot(site.site_id, sealed)
        except StorageError as exc:
            raise AuthenticationError(AgentText.BAD_LOGIN) from exc
        is_manager = payload.root_key is not None
        payload.zero()
        if not is_manager:
            raise PermissionDenied(DomainText.MANAGER_ONLY)
        return _ManagerLogin(secrets.role, secrets.verifier(), agent_id, sealed, is_manager)


def _logins_back(
    url: str, pinned: Path | None, site: SiteFile, manager: _ManagerLogin | None
) -> tuple[list[str], Maintenance]:
    """Give the restoring manager their login back if this server lacks it, and close the
    database to other sites' logins as `server init` does; the logins of the agents still
    without one, and the maintenance login."""
    engine = storage_server.make_server_engine(url, site.site_id, pinned=pinned)
    factory = storage_engine.make_session_factory(engine)
    try:
        with storage_engine.transaction(factory) as db:
            slots: dict[str, str] = {
                str(role): str(agent_id)
                for role, agent_id in db.execute(
                    text("SELECT role_name, agent_id FROM server_key_slots")
                )
            }
            existing = set(
                db.scalars(
                    text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:roles)"),
                    {"roles": list(slots)},
                )
            )
            if manager is not None and manager.role not in existing:
                server_logins.set_login(
                    db,
                    manager.role,
                    manager.verifier,
                    manager=manager.manager,
                    agent_id=manager.agent_id,
                    sealed=manager.sealed,
                )
                existing.add(manager.role)
            # Logins this server already has keep reaching the database (a restore in place).
            maintenance = close_to_others(db.connection(), site.site_id, sorted(existing))
            lacking = [agent_id for role, agent_id in slots.items() if role not in existing]
            if not lacking:
                return [], maintenance
            names = sorted(db.scalars(select(Agent.login).where(Agent.id.in_(lacking))))
            return names, maintenance
    finally:
        engine.dispose()
