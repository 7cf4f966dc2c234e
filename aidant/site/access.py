"""What the login screen needs before the database opens: the access file beside the database.

`access.json` holds one login slot per agent (the database key wrapped under the agent's
password and this PC's device secret, `crypto.loginslots`), the login throttling state and the
failed logins still to be journalled. Logins appear only as keyed hashes (HMAC under a key
derived from the device secret): the file names nobody. The whole file is authenticated by an
HMAC under another key derived from the device secret, kept in the OS keyring: an edit made
without the keyring is refused as a damaged file. Whoever holds the keyring can still rewrite
the file (reset a throttle, delete a slot): docs/trust-model.md says what that allows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import secrets
from typing import Any

import crypto
from aidant.domain import faults
from aidant.domain.errors import StorageError
from aidant.files import safe_io
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths
from aidant.site.texts import SiteText
from aidant.storage.keystore import KeyName, KeyStore
from crypto import loginslots
from crypto.loginslots import LoginSlot
from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)

FORMAT = "aidant-access"
VERSION = 1
DEVICE_SECRET_BYTES = 32
#: Failed logins kept for the journal while the database is closed (older ones are counted).
PENDING_LIMIT = 500
#: Throttle state of a login that has not failed for this long is forgotten.
THROTTLE_MEMORY = dt.timedelta(days=1)
#: Failed logins allowed before a growing delay applies.
FREE_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60


def lockout_seconds(failures: int) -> int:
    """The wait after `failures` consecutive failures: 0, then 30 s doubling, at most 15 min."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_DELAY_SECONDS << min(failures - FREE_ATTEMPTS, 16), MAX_DELAY_SECONDS)


def _time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat()


def _parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


_PAYLOAD_VERSION = 1
_KEY = 32


@dataclasses.dataclass
class SlotPayload:
    """What one login slot holds: the database key, the agent's own journal signing key and,
    for managers only, the site root key (which signs the agents' certificates)."""

    db_key: SecretBuffer
    signing_key: SecretBuffer | None = None
    root_key: SecretBuffer | None = None

    def to_secret(self) -> SecretBuffer:
        parts = [self.db_key, self.signing_key, self.root_key]
        flags = sum(1 << i for i, part in enumerate(parts) if part is not None)
        out = bytearray([_PAYLOAD_VERSION, flags])
        for part in parts:
            if part is not None:
                out += part.view()
        return SecretBuffer.adopt(out)

    @classmethod
    def from_secret(cls, secret: SecretBuffer) -> SlotPayload:
        with secret:
            raw = secret.view()
            if len(raw) == _KEY:  # a slot holding the database key alone
                return cls(SecretBuffer(raw))
            if len(raw) < 2 or raw[0] != _PAYLOAD_VERSION:
                raise StorageError(SiteText.ACCESS_FILE_DAMAGED)
            flags, offset = raw[1], 2
            parts: list[SecretBuffer | None] = []
            for i in range(3):
                if flags & (1 << i):
                    parts.append(SecretBuffer(raw[offset : offset + _KEY]))
                    offset += _KEY
                else:
                    parts.append(None)
            db_key = parts[0]
            if db_key is None or offset != len(raw):
                raise StorageError(SiteText.ACCESS_FILE_DAMAGED)
            return cls(db_key, parts[1], parts[2])

    def copy(self) -> SlotPayload:
        def dup(part: SecretBuffer | None) -> SecretBuffer | None:
            return None if part is None else SecretBuffer(part.view())

        db_key = dup(self.db_key)
        if db_key is None:
            raise ValueError("a payload always holds the database key")
        return SlotPayload(db_key, dup(self.signing_key), dup(self.root_key))

    def zero(self) -> None:
        for part in (self.db_key, self.signing_key, self.root_key):
            if part is not None:
                part.zero()


@dataclasses.dataclass(frozen=True)
class Refusal:
    """A login the access file refuses: `wait` seconds of lockout (0: just a wrong password)."""

    wait: float
    #: The keyed name of the login (to journal the failure against the right agent later).
    who: str


@dataclasses.dataclass(frozen=True)
class PendingFailure:
    """A failed login recorded while the database was closed, to be journalled at next opening."""

    at: dt.datetime
    who: str
    locked_seconds: int
    failures: int


class SiteAccess:
    """The access file of one site, read and written with this PC's device secret."""

    def __init__(self, paths: DataPaths, site_id: str, store: KeyStore) -> None:
        self.paths = paths
        self.site_id = site_id
        self.store = store
        self._held: SlotPayload | None = None
        #: The keyed login whose slot opened the site, until its login is recorded.
        self.opened_by: str | None = None

    # The database key held while the site is open -------------------------------------

    def hold(self, payload: SlotPayload) -> None:
        self.release()
        self._held = payload

    @property
    def payload(self) -> SlotPayload:
        """The open slot's keys (the database key, and the opener's signing and root keys)."""
        if self._held is None:
            raise StorageError(SiteText.DATABASE_KEY_MISSING)
        return self._held

    def release(self) -> None:
        if self._held is not None:
            self._held.zero()
            self._held = None

    def proven(self, login: str) -> bool:
        """True, once, for the login whose password has just opened the site's slot."""
        if self.opened_by is None or self.opened_by != self.keyed_login(login):
            return False
        self.opened_by = None
        return True

    def database_key(self) -> bytearray:
        """A copy of the open site's database key (the caller zeroes it)."""
        return bytearray(self.payload.db_key.view())

    # The file ----------------------------------------------------------------------------

    @property
    def exists(self) -> bool:
        return self.paths.access_file.exists()

    def _device(self) -> SecretBuffer:
        raw = self.store.get(KeyName.DEVICE)
        if raw is None:
            raise StorageError(SiteText.DEVICE_SECRET_MISSING)
        return SecretBuffer.take(raw)

    def mac_key(self, label: str) -> bytes:
        """A key for one purpose derived from this PC's device secret."""
        with self._device() as device:
            return loginslots.subkey(device, label)

    def keyed(self, device: SecretBuffer, login: str) -> str:
        return loginslots.keyed_name(loginslots.subkey(device, "aidant login name"), login.strip())

    def keyed_login(self, login: str) -> str:
        with self._device() as device:
            return self.keyed(device, login)

    def _context(self, who: str) -> bytes:
        return f"{self.site_id}\0{who}".encode()

    def _load(self, device: SecretBuffer) -> dict[str, Any]:
        try:
            data = self.paths.access_file.read_bytes()
        except FileNotFoundError:
            raise StorageError(SiteText.ACCESS_FILE_MISSING) from None
        except OSError as exc:  # a folder in its place, refused permissions, a failing disk
            raise faults.os_error(exc, self.paths.access_file) from exc
        try:
            raw = json.loads(data)
            body, tag = raw["body"], raw["mac"]
            text = _canonical(body)
        except (ValueError, KeyError, TypeError) as exc:
            raise StorageError(SiteText.ACCESS_FILE_DAMAGED) from exc
        key = loginslots.subkey(device, "aidant access file")
        if not isinstance(tag, str) or not loginslots.mac_ok(key, text, tag):
            raise StorageError(SiteText.ACCESS_FILE_DAMAGED)
        if (
            not isinstance(body, dict)
            or body.get("format") != FORMAT
            or body.get("v") != VERSION
            or body.get("site_id") != self.site_id
        ):
            raise StorageError(SiteText.ACCESS_FILE_DAMAGED)
        return body

    def _save(self, device: SecretBuffer, body: dict[str, Any]) -> None:
        key = loginslots.subkey(device, "aidant access file")
        text = _canonical(body)
        data = {"body": body, "mac": loginslots.mac(key, text)}
        safe_io.atomic_write_bytes(self.paths.access_file, _canonical(data))

    def check(self) -> None:
        """Read the file once (before the login screen is offered): its problems say so now."""
        with self._device() as device:
            self._load(device)

    def create(self, payload: SlotPayload, login: str, password: str, costs: Costs) -> None:
        """A new device secret and a new access file holding one slot (set-up, upgrade, restore
        from the recovery sheet). Every slot made before is void."""
        device = SecretBuffer(secrets.token_bytes(DEVICE_SECRET_BYTES))
        with device:
            self.store.put(KeyName.DEVICE, bytes(device.view()))
            body: dict[str, Any] = {
                "format": FORMAT,
                "v": VERSION,
                "site_id": self.site_id,
                "slots": {},
                "throttle": {},
                "pending": [],
                "dropped": 0,
            }
            self._put(device, body, payload, login, password, costs)
            self._save(device, body)

    def _put(
        self,
        device: SecretBuffer,
        body: dict[str, Any],
        payload: SlotPayload,
        login: str,
        password: str,
        costs: Costs,
    ) -> None:
        who = self.keyed(device, login)
        with SecretBuffer.from_text(password) as secret, payload.to_secret() as plain:
            slot = loginslots.wrap_login(
                plain,
                secret,
                device,
                self._context(who),
                params=costs.agent_passwords,
                allow_weak_params=costs.below_minimum,
            )
        body["slots"][who] = slot.to_dict()
        body["throttle"].pop(who, None)

    def put_slot(self, login: str, password: str, costs: Costs, payload: SlotPayload) -> None:
        """Give `login` a slot holding `payload`, opening with `password` (replaces any)."""
        with self._device() as device:
            body = self._load(device)
            self._put(device, body, payload, login, password, costs)
            self._save(device, body)

    def put_verifier_slot(self, login: str, password_hash: str, payload: SlotPayload) -> None:
        """A slot opening with the password behind an existing Argon2id PHC hash (upgrade of a
        site whose agents' passwords are not known); replaced at that agent's next login."""
        salt, params, raw = _phc_parts(password_hash)
        with self._device() as device, payload.to_secret() as plain:
            body = self._load(device)
            who = self.keyed(device, login)
            slot = loginslots.wrap_verifier(plain, raw, salt, params, device, self._context(who))
            body["slots"][who] = slot.to_dict()
            self._save(device, body)

    def drop_slot(self, login: str) -> bool:
        """Destroy `login`'s slot; True if there was one."""
        with self._device() as device:
            body = self._load(device)
            found = body["slots"].pop(self.keyed(device, login), None) is not None
            body["throttle"].pop(self.keyed(device, login), None)
            self._save(device, body)
        return found

    def pin_root(self, public_key: str) -> None:
        """Record the site root public key beside the database (authenticated like the rest):
        certificates are checked against the root the database and this file agree on."""
        with self._device() as device:
            body = self._load(device)
            body["root"] = public_key
            self._save(device, body)

    def root_public_key(self) -> str | None:
        with self._device() as device:
            root = self._load(device).get("root")
        return root if isinstance(root, str) else None

    def slot_count(self) -> int:
        """How many logins can open the site (checks the file on the way)."""
        with self._device() as device:
            return len(self._load(device)["slots"])

    def has_slot(self, login: str) -> bool:
        with self._device() as device:
            return self.keyed(device, login) in self._load(device)["slots"]

    # Logging in --------------------------------------------------------------------------

    def unlock(
        self, login: str, password: str, now: dt.datetime, costs: Costs
    ) -> SlotPayload | Refusal:
        """The database key, or a Refusal (counted, persisted). The same work and the same
        answer for an unknown login as for a wrong password. On success `opened_by` names the
        login until `proven` is asked about it."""
        with self._device() as device:
            body = self._load(device)
            who = self.keyed(device, login)
            state = body["throttle"].get(who)
            if state and state.get("until") and now < _parse(state["until"]):
                self._pending(body, now, who, 0, int(state["failures"]))
                self._save(device, body)
                return Refusal((_parse(state["until"]) - now).total_seconds(), who)
            raw = body["slots"].get(who)
            key: SlotPayload | None = None
            with SecretBuffer.from_text(password) as secret:
                if raw is None:
                    _spend(secret, costs)
                else:
                    slot = LoginSlot.from_dict(raw)
                    try:
                        plain = loginslots.unwrap_login(slot, secret, device, self._context(who))
                    except crypto.WrongSecret:
                        key = None
                    else:
                        key = SlotPayload.from_secret(plain)
                    if key is not None and slot.kind is loginslots.LoginSlotKind.VERIFIER:
                        self._put(device, body, key, login, password, costs)
            if key is None:
                refusal = self._fail(body, who, now)
                self._save(device, body)
                return refusal
            if who in body["throttle"]:
                del body["throttle"][who]
            self._save(device, body)
            self.opened_by = who
            return key

    def _fail(self, body: dict[str, Any], who: str, now: dt.datetime) -> Refusal:
        for name, state in list(body["throttle"].items()):
            if _parse(state["updated"]) < now - THROTTLE_MEMORY:
                del body["throttle"][name]
        state = body["throttle"].setdefault(who, {"failures": 0, "until": None})
        state["failures"] += 1
        state["updated"] = _time(now)
        delay = lockout_seconds(state["failures"])
        state["until"] = _time(now + dt.timedelta(seconds=delay)) if delay else None
        self._pending(body, now, who, delay, state["failures"])
        return Refusal(float(delay), who)

    @staticmethod
    def _pending(
        body: dict[str, Any], now: dt.datetime, who: str, locked: int, failures: int
    ) -> None:
        body["pending"].append(
            {"at": _time(now), "who": who, "locked": locked, "failures": failures}
        )
        if len(body["pending"]) > PENDING_LIMIT:
            body["pending"].pop(0)
            body["dropped"] += 1

    def take_pending(self) -> tuple[list[PendingFailure], int]:
        """The failed logins recorded since the last opening (and how many were dropped), and
        forget them: the caller journals them in the open database."""
        with self._device() as device:
            body = self._load(device)
            pending = [
                PendingFailure(_parse(p["at"]), p["who"], int(p["locked"]), int(p["failures"]))
                for p in body["pending"]
            ]
            dropped = int(body["dropped"])
            if pending or dropped:
                body["pending"], body["dropped"] = [], 0
                self._save(device, body)
        return pending, dropped


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _spend(secret: SecretBuffer, costs: Costs) -> None:
    """One Argon2id at the cost of a real slot, so that timing does not reveal valid logins."""
    crypto.derive_key(secret, bytes(16), costs.agent_passwords).zero()


def _phc_parts(encoded: str) -> tuple[bytes, crypto.Argon2Params, bytes]:
    """(salt, parameters, raw hash) of `$argon2id$v=19$m=..,t=..,p=..$salt$hash`."""
    import base64

    try:
        _, algo, _version, params_text, salt_b64, hash_b64 = encoded.split("$")
        if algo != "argon2id":
            raise ValueError(algo)
        fields = dict(part.split("=") for part in params_text.split(","))
        params = crypto.Argon2Params(int(fields["m"]), int(fields["t"]), int(fields["p"]))

        def unpad(text: str) -> bytes:
            return base64.b64decode(text + "=" * (-len(text) % 4))

        return unpad(salt_b64), params, unpad(hash_b64)
    except (ValueError, KeyError) as exc:
        raise StorageError(SiteText.ACCESS_FILE_DAMAGED) from exc
