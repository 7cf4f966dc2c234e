"""What a new secret costs to guess: the Argon2id parameters a site gives its new secrets.

A site context carries one `Costs` (production values unless its opener says otherwise) and
the services hand its parameters to `crypto` explicitly. The parameters of each existing secret
are stored with it (in the key slot, in the password hash), so changing the costs never stops
an old secret from opening: vault slots below `vault_slots` are re-wrapped at their next unlock.
"""

from __future__ import annotations

from dataclasses import dataclass

import crypto
from crypto.passwords import PASSWORD_PARAMS


@dataclass(frozen=True)
class Costs:
    """Argon2id cost of new vault key slots and of new agent password hashes.

    Values below the design's floor (64 MiB, 3 passes, 4 lanes) are refused unless
    `below_minimum` is set, which only tests and benchmarks do, to stay fast.
    """

    vault_slots: crypto.Argon2Params = crypto.DEFAULT_PARAMS
    agent_passwords: crypto.Argon2Params = PASSWORD_PARAMS
    below_minimum: bool = False

    def __post_init__(self) -> None:
        if self.below_minimum:
            return
        for name, params in (
            ("vault_slots", self.vault_slots),
            ("agent_passwords", self.agent_passwords),
        ):
            if not params.meets(crypto.MINIMUM_PARAMS):
                raise ValueError(f"{name}: Argon2id parameters below the required minimum")


#: What a real site uses.
PRODUCTION_COSTS = Costs()
