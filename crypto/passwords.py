"""Agent password hashing: Argon2id, PHC string format, parameters kept with the hash."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# OWASP's first Argon2id configuration is m=46 MiB, t=1; we use the vault minimum (64 MiB, t=3,
# p=4) so one set of parameters covers every secret of the application.
MEMORY_KIB = 64 * 1024
ITERATIONS = 3
LANES = 4


def hash_password(password: str | bytes | bytearray) -> str:
    """A PHC-encoded Argon2id hash (`$argon2id$v=19$m=...,t=...,p=...$salt$hash`)."""
    secret = password.encode("utf-8") if isinstance(password, str) else bytes(password)
    kdf = Argon2id(
        salt=os.urandom(16), length=32, iterations=ITERATIONS, lanes=LANES, memory_cost=MEMORY_KIB
    )
    return kdf.derive_phc_encoded(secret)


def verify_password(password: str | bytes | bytearray, encoded: str) -> bool:
    """True when `password` matches the PHC-encoded hash. Never raises on a bad password."""
    secret = password.encode("utf-8") if isinstance(password, str) else bytes(password)
    try:
        Argon2id.verify_phc_encoded(secret, encoded)
    except (InvalidKey, ValueError):
        return False
    return True
