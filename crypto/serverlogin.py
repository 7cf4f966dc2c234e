"""An agent's login on a site server, derived from their password: nothing of it is stored.

    salt  = SHA-256("aidant-server-login" 0 site_id 0 login)[:16]   (known before connecting)
    S     = Argon2id(password, salt, params, ad="aidant-server-login")
    server password = base64url(HKDF-SHA256(S, info="aidant server login password"))
    slot key        = HKDF-SHA256(S, info="aidant server key slot")

The server password is what PostgreSQL checks (SCRAM-SHA-256); the server keeps only its SCRAM
verifier, computed here (`scram_verifier`, RFC 5802 / RFC 7677, PostgreSQL's text form), so the
password never travels to the server in clear, not even when it is set. The slot key seals the
agent's own keys kept on the server (`crypto.sealing`), which only that password reopens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.kdf import SALT_LENGTH, Argon2Params, derive_key
from crypto.secretbuffer import SecretBuffer

CONTEXT = b"aidant-server-login"
PASSWORD_LABEL = b"aidant server login password"
SLOT_LABEL = b"aidant server key slot"
#: PostgreSQL's own default (scram_iterations); the password is a 256-bit random-looking
#: string, so the iteration count only has to be what the server accepts.
SCRAM_ITERATIONS = 4096
SCRAM_SALT_BYTES = 16


def login_salt(site_id: str, login: str) -> bytes:
    """The Argon2id salt of a login: computed from the site and the login, before connecting."""
    data = CONTEXT + b"\0" + site_id.encode() + b"\0" + login.encode()
    return hashlib.sha256(data).digest()[:SALT_LENGTH]


@dataclass
class ServerLogin:
    """What an agent's password gives for the server: the PostgreSQL password (text) and the
    key of their slot on the server (zero it with `zero`)."""

    password: str
    slot_key: SecretBuffer

    def zero(self) -> None:
        self.slot_key.zero()


def derive_server_login(
    password: SecretBuffer, site_id: str, login: str, params: Argon2Params
) -> ServerLogin:
    """The costly step (one Argon2id), then two HKDF labels from its output."""
    if len(password) == 0:
        raise ValueError("empty password")
    with derive_key(password, login_salt(site_id, login), params, context=CONTEXT) as stage:
        raw = bytes(stage.view())
    text = base64.urlsafe_b64encode(_hkdf(raw, PASSWORD_LABEL)).rstrip(b"=").decode("ascii")
    return ServerLogin(text, SecretBuffer.take(bytearray(_hkdf(raw, SLOT_LABEL))))


def _hkdf(ikm: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(ikm)


@dataclass(frozen=True)
class ScramKeys:
    salt: bytes
    iterations: int
    stored_key: bytes
    server_key: bytes

    def verifier(self) -> str:
        """PostgreSQL's form: `SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey>`."""
        b64 = base64.b64encode
        return (
            f"SCRAM-SHA-256${self.iterations}:{b64(self.salt).decode()}"
            f"${b64(self.stored_key).decode()}:{b64(self.server_key).decode()}"
        )


def scram_keys(password: str, salt: bytes, iterations: int = SCRAM_ITERATIONS) -> ScramKeys:
    """RFC 5802: SaltedPassword = PBKDF2-HMAC-SHA-256; StoredKey = H(HMAC(SP, "Client Key"));
    ServerKey = HMAC(SP, "Server Key"). The password must be ASCII without control characters
    (what `derive_server_login` gives), for which SASLprep changes nothing."""
    if not password.isascii() or not password.isprintable():
        raise ValueError("a server password is printable ASCII")
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("ascii"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return ScramKeys(
        salt,
        iterations,
        hashlib.sha256(client_key).digest(),
        hmac.new(salted, b"Server Key", hashlib.sha256).digest(),
    )


def scram_verifier(password: str, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (a fresh random salt)."""
    return scram_keys(password, salt or os.urandom(SCRAM_SALT_BYTES)).verifier()
