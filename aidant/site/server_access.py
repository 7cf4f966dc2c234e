"""An agent's access to a site on a server: their login and the keys kept there for them.

On one PC an agent's keys sit in a login slot of `access.json` (`aidant.site.access`), under
their password and the PC's device secret. A server site has no database key, and agents move
between desks, so each agent's signing key (and a manager's root key) is kept on the server in
`server_key_slots`, sealed under a key derived from their password (`crypto.serverlogin`); the
same derivation gives the password of their own PostgreSQL login, of which the server keeps
only the SCRAM verifier. Nothing on the workstation opens either.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

import crypto
from aidant.domain.errors import StorageError
from aidant.site.access import PendingFailure, SiteAccess, SlotPayload
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths
from aidant.site.texts import SiteText
from aidant.storage import server_logins
from aidant.storage.keystore import KeyStore
from aidant.storage.models import Site
from crypto import sealing
from crypto.errors import BrokenSeal
from crypto.secretbuffer import SecretBuffer
from crypto.serverlogin import ServerLogin, derive_server_login, scram_verifier

_VERSION = 1
_KEY = 32
_SIGNING, _ROOT = 1, 2


@dataclasses.dataclass
class LoginSecrets:
    """What one agent's password gives on one site: their login's name, its password, its
    SCRAM verifier (fresh salt) and the key of their slot. `zero` when done."""

    role: str
    login: ServerLogin

    @property
    def password(self) -> str:
        return self.login.password

    def verifier(self) -> str:
        return scram_verifier(self.login.password)

    def seal_slot(self, site_id: str, payload: SlotPayload) -> bytes:
        """The agent's own keys sealed for their row of `server_key_slots`."""
        parts = [(_SIGNING, payload.signing_key), (_ROOT, payload.root_key)]
        flags = sum(flag for flag, part in parts if part is not None)
        plain = bytearray([_VERSION, flags])
        for _flag, part in parts:
            if part is not None:
                plain += part.view()
        try:
            key = bytes(self.login.slot_key.view())
            return sealing.seal(key, bytes(plain), self._ad(site_id))
        finally:
            plain[:] = bytes(len(plain))

    def open_slot(self, site_id: str, sealed: bytes) -> SlotPayload:
        """The keys of the agent's slot; a slot that does not open says the usual sentence."""
        try:
            key = bytes(self.login.slot_key.view())
            raw = bytearray(sealing.unseal(key, sealed, self._ad(site_id)))
        except BrokenSeal as exc:
            raise StorageError(SiteText.SERVER_SLOT_DAMAGED) from exc
        try:
            if len(raw) < 2 or raw[0] != _VERSION:
                raise StorageError(SiteText.SERVER_SLOT_DAMAGED)
            offset, found = 2, {}
            for flag in (_SIGNING, _ROOT):
                if raw[1] & flag:
                    found[flag] = SecretBuffer(raw[offset : offset + _KEY])
                    offset += _KEY
            if offset != len(raw):
                raise StorageError(SiteText.SERVER_SLOT_DAMAGED)
            # A server site has no database key: the placeholder opens nothing.
            return SlotPayload(SecretBuffer(_KEY), found.get(_SIGNING), found.get(_ROOT))
        finally:
            raw[:] = bytes(len(raw))

    def _ad(self, site_id: str) -> bytes:
        return f"aidant-server-slot\0{site_id}\0{self.role}".encode()

    def zero(self) -> None:
        self.login.zero()

    def __enter__(self) -> LoginSecrets:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.zero()


def login_secrets(
    site_id: str, login: str, password: str, params: crypto.Argon2Params
) -> LoginSecrets:
    """One Argon2id at the cost `site.json` records for server logins (the same on every
    desk: it must be known before connecting), computed before connecting."""
    login = login.strip()
    with SecretBuffer.from_text(password) as secret:
        derived = derive_server_login(secret, site_id, login, params)
    return LoginSecrets(server_logins.login_role(site_id, login), derived)


class ServerAccess(SiteAccess):
    """The keys of the agent whose login opened a server site, held while it is open. It has
    no access file and no device secret: what `SiteAccess` keeps in them is on the server."""

    def __init__(
        self,
        paths: DataPaths,
        site_id: str,
        store: KeyStore,
        root: str | None,
        recorded: str | None = None,
    ) -> None:
        super().__init__(paths, site_id, store)
        self._root = root
        #: The root the server's `sites` row holds (what a first login on this desk pins).
        self.recorded_root = recorded

    @classmethod
    def reading_root(
        cls, paths: DataPaths, site_id: str, store: KeyStore, conn: Connection, pinned: str | None
    ) -> ServerAccess:
        """Certificates are checked against the root this desk pinned in `site.json` (at set-up,
        or at its first login); before that, against the server's `sites` row, which only
        managers may write there (migration 0007; this site's row, on a server holding
        several). A root swapped on the server after that gives no certificate on this desk."""
        recorded = conn.execute(select(Site.root_public_key).where(Site.id == site_id)).scalar()
        return cls(paths, site_id, store, pinned or recorded, recorded)

    @property
    def exists(self) -> bool:
        return False

    def proven(self, login: str) -> bool:
        if self.opened_by is None or self.opened_by != login.strip():
            return False
        self.opened_by = None
        return True

    def root_public_key(self) -> str | None:
        return self._root

    def database_key(self) -> bytearray:
        raise StorageError(SiteText.DATABASE_KEY_MISSING)

    def take_pending(self) -> tuple[list[PendingFailure], int]:
        # Failed logins are refused by the server itself, which logs them.
        return [], 0

    def mac_key(self, label: str) -> bytes:
        raise StorageError(SiteText.DEVICE_SECRET_MISSING)

    def put_slot(self, login: str, password: str, costs: Costs, payload: SlotPayload) -> None:
        raise RuntimeError("on a server, slots change with the login (storage.server_logins)")

    def drop_slot(self, login: str) -> bool:
        raise RuntimeError("on a server, slots change with the login (storage.server_logins)")


def put_login(
    db: Session,
    site_id: str,
    params: crypto.Argon2Params,
    agent_id: str,
    login: str,
    password: str,
    *,
    manager: bool,
    payload: SlotPayload,
) -> None:
    """Create or renew an agent's login and key slot on the server (a manager's transaction:
    adding an agent, a password reset, a reactivation, the first manager at set-up)."""
    with login_secrets(site_id, login, password, params) as secrets:
        server_logins.set_login(
            db,
            secrets.role,
            secrets.verifier(),
            manager=manager,
            agent_id=agent_id,
            sealed=secrets.seal_slot(site_id, payload),
        )


def put_manager_login(
    db: Session,
    site_id: str,
    params: crypto.Argon2Params,
    agent_id: str,
    login: str,
    password: str,
    signing_key: SecretBuffer,
    root_key: SecretBuffer,
) -> None:
    """A manager's login holding copies of their signing key and the site root key (set-up,
    moving a single-PC site onto the server); a server site has no database key."""
    # Sealed from the caller's buffers as they are (the caller zeroes them); the placeholder
    # database key is zeros.
    payload = SlotPayload(SecretBuffer(_KEY), signing_key, root_key)
    put_login(db, site_id, params, agent_id, login, password, manager=True, payload=payload)


def change_own_login(
    db: Session,
    site_id: str,
    params: crypto.Argon2Params,
    login: str,
    password: str,
    payload: SlotPayload,
) -> None:
    """An agent's own password change: their login's verifier and their slot, together."""
    with login_secrets(site_id, login, password, params) as secrets:
        server_logins.set_own_login(
            db, secrets.role, secrets.verifier(), secrets.seal_slot(site_id, payload)
        )


def disable_login(db: Session, site_id: str, login: str) -> None:
    """A deactivated agent: their login may no longer connect, their slot is gone."""
    server_logins.disable_login(db, server_logins.login_role(site_id, login))
