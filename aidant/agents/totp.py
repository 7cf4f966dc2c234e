"""Time-based one-time codes (RFC 6238) for agents: SHA-1, 6 digits, 30-second steps.

Uses `cryptography`'s TOTP. A code is accepted one step early or late (clocks of phones and
PCs drift, the main complaint about TOTP cards in Aidants Connect), and never twice: the step
of the last accepted code is stored and any code of that step or an earlier one is refused.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import os

from cryptography.hazmat.primitives.hashes import SHA1
from cryptography.hazmat.primitives.twofactor.totp import TOTP

DIGITS = 6
STEP_SECONDS = 30
#: Steps accepted on each side of the current one.
WINDOW = 1
SECRET_BYTES = 20
ISSUER = "Aidant"


def new_secret() -> bytearray:
    """A fresh 160-bit secret (RFC 4226 recommends the hash's output size)."""
    return bytearray(os.urandom(SECRET_BYTES))


def _totp(secret: bytes | bytearray) -> TOTP:
    # SHA-1 is what every authenticator app supports by default; HMAC-SHA-1 is still sound.
    return TOTP(bytes(secret), DIGITS, SHA1(), STEP_SECONDS)  # noqa: S303


def step_of(at: dt.datetime) -> int:
    return int(at.timestamp()) // STEP_SECONDS


def code_at(secret: bytes | bytearray, at: dt.datetime) -> str:
    """The code an app shows at `at` (tests and the enrolment check use it)."""
    return _totp(secret).generate(step_of(at) * STEP_SECONDS).decode("ascii")


def normalise(code: str) -> str:
    """Digits only: people type "123 456" or "123-456"."""
    return "".join(c for c in code if c.isdigit())


def matching_step(secret: bytes | bytearray, code: str, at: dt.datetime) -> int | None:
    """The step (within ±WINDOW of `at`) whose code is `code`, or None."""
    digits = normalise(code)
    if len(digits) != DIGITS:
        return None
    totp = _totp(secret)
    current = step_of(at)
    found: int | None = None
    for step in range(current - WINDOW, current + WINDOW + 1):
        expected = totp.generate(step * STEP_SECONDS)
        # Check every step (no early exit) so that timing does not tell which one matched.
        if hmac.compare_digest(expected, digits.encode("ascii")):
            found = step
    return found


def provisioning_uri(secret: bytes | bytearray, login: str, site_name: str) -> str:
    """The otpauth:// URI that authenticator apps read from a QR code."""
    return _totp(secret).get_provisioning_uri(f"{site_name}:{login}", ISSUER)


def secret_text(secret: bytes | bytearray) -> str:
    """The secret in base32, in groups of four, for typing into an app by hand."""
    text = base64.b32encode(bytes(secret)).decode("ascii").rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
