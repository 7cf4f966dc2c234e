"""Argon2id key derivation with parameters that travel with each key slot."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)

KEY_LENGTH = 32
SALT_LENGTH = 16

# Upper bounds refuse absurd values read from a tampered slot file, which would otherwise make
# an unlock allocate gigabytes or spin for minutes before failing.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 64


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters: memory in KiB, passes, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        if not 1 <= self.lanes <= _MAX_LANES:
            raise ValueError(f"lanes out of range: {self.lanes}")
        if not 1 <= self.iterations <= _MAX_ITERATIONS:
            raise ValueError(f"iterations out of range: {self.iterations}")
        if not 8 * self.lanes <= self.memory_kib <= _MAX_MEMORY_KIB:
            raise ValueError(f"memory_kib out of range: {self.memory_kib}")

    def meets(self, floor: Argon2Params) -> bool:
        """True if every parameter is at least the one in `floor`."""
        return (
            self.memory_kib >= floor.memory_kib
            and self.iterations >= floor.iterations
            and self.lanes >= floor.lanes
        )

    def to_dict(self) -> dict[str, int]:
        """JSON-able form, as stored in slots."""
        return {"m_kib": self.memory_kib, "t": self.iterations, "p": self.lanes}

    @classmethod
    def from_dict(cls, data: Any) -> Argon2Params:
        """Inverse of `to_dict`; raises ValueError/TypeError/KeyError on bad input."""
        if not isinstance(data, dict) or set(data) != {"m_kib", "t", "p"}:
            raise ValueError("unexpected Argon2 parameter keys")
        values = (data["m_kib"], data["t"], data["p"])
        if any(type(v) is not int for v in values):
            raise TypeError("Argon2 parameters must be integers")
        return cls(memory_kib=values[0], iterations=values[1], lanes=values[2])


# The floor required by the design: 64 MiB, 3 passes, 4 lanes.
MINIMUM_PARAMS = Argon2Params(memory_kib=64 * 1024, iterations=3, lanes=4)

# The default doubles the memory of the floor: measured at ~0.27-0.30 s on the 2-core build
# machine, it leaves headroom for older site laptops under the 1 s unlock budget while making
# each guess twice as costly in memory for a GPU/ASIC attacker than the floor would.
DEFAULT_PARAMS = Argon2Params(memory_kib=128 * 1024, iterations=3, lanes=4)


def derive_key(
    key_material: SecretBuffer, salt: bytes, params: Argon2Params, *, context: bytes = b""
) -> SecretBuffer:
    """Derive a 32-byte key from `key_material`, `salt` and `params` into a SecretBuffer.

    `context` is fed to Argon2's associated-data input so the same secret yields unrelated
    keys in different contexts. The key is written straight into the returned buffer.
    """
    if len(salt) != SALT_LENGTH:
        raise ValueError("salt must be 16 bytes")
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
        ad=context or None,
    )
    key = SecretBuffer(KEY_LENGTH)
    # The stub says bytes, but any buffer works: passing views avoids an unwipeable copy.
    kdf.derive_into(key_material.view(), key.view())  # type: ignore[arg-type]
    return key
