"""The site server's TLS certificate, fetched once to be pinned (`aidant server enrol`).

PostgreSQL speaks TLS only after its own SSLRequest message: send it, read the server's `S`,
then shake hands with Python's `ssl` module without checking anything (nothing is trusted
yet) and keep the certificate the server presented. The operator compares its SHA-256
fingerprint with the one the server shows; from then on libpq trusts that certificate alone
(`sslmode=verify-ca`, `storage.server.make_server_engine`).
"""

from __future__ import annotations

import hashlib
import socket
import ssl
import struct

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from aidant.domain.errors import StorageError
from aidant.storage.texts import StorageText

#: PostgreSQL's SSLRequest: length 8, then the request code 1234/5679.
_SSL_REQUEST = struct.pack("!ii", 8, 80877103)
DEFAULT_PORT = 5432
TIMEOUT_SECONDS = 10.0


def address(url: str) -> tuple[str, int]:
    """The host and port a TCP URL names (a Unix socket has no certificate to pin)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError(StorageText.SERVER_URL_INVALID, url=url.split("@")[-1]) from exc
    host = parsed.host
    if not host or host.startswith("/") or parsed.query.get("host"):
        raise StorageError(StorageText.SERVER_SOCKET_NO_CERTIFICATE)
    return host, parsed.port or DEFAULT_PORT


def fetch_certificate(host: str, port: int) -> bytes:
    """The DER certificate the server at host:port presents; one sentence when it does not
    answer or does not speak TLS."""
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT_SECONDS) as raw:
            raw.sendall(_SSL_REQUEST)
            answer = raw.recv(1)
            if answer != b"S":
                raise StorageError(StorageText.SERVER_NO_TLS)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        raise StorageError(StorageText.SERVER_UNREACHABLE) from exc
    if not der:
        raise StorageError(StorageText.SERVER_NO_TLS)
    return der


def fingerprint(der: bytes) -> str:
    """SHA-256 of the certificate, as `AB:CD:…` (what `openssl x509 -fingerprint` shows)."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def same_fingerprint(expected: str, der: bytes) -> bool:
    """Whether `expected` (with or without colons, any case) names this certificate."""
    wanted = expected.replace(":", "").replace(" ", "").strip().upper()
    return wanted == fingerprint(der).replace(":", "")


def to_pem(der: bytes) -> bytes:
    return ssl.DER_cert_to_PEM_cert(der).encode("ascii")
