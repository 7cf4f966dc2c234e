"""Agent password hashing: Argon2id, PHC string format, parameters kept with the hash."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crypto.kdf import MINIMUM_PARAMS, Argon2Params

# OWASP's first Argon2id configuration is m=46 MiB, t=1; we use the vault minimum (64 MiB, t=3,
# p=4) so one set of parameters covers every secret of the application.
PASSWORD_PARAMS = MINIMUM_PARAMS


def hash_password(
    password: str | bytes | bytearray,
    params: Argon2Params = PASSWORD_PARAMS,
    *,
    allow_weak_params: bool = False,
) -> str:
    """A PHC-encoded Argon2id hash (`$argon2id$v=19$m=...,t=...,p=...$salt$hash`).

    The parameters travel in the hash, so a later change of `params` never stops an existing
    password from verifying. `allow_weak_params` is for tests and benchmarks only.
    """
    if not params.meets(MINIMUM_PARAMS) and not allow_weak_params:
        raise ValueError("Argon2 parameters below the required minimum")
    secret = password.encode("utf-8") if isinstance(password, str) else bytes(password)
    kdf = Argon2id(
        salt=os.urandom(16),
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
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
