"""Cheap Argon2id costs for the sites that tests make: the production values are checked in
tests/crypto and tests/aidant/test_costs.py, and their timing is measured by bench/vault.py."""

from __future__ import annotations

import dataclasses

import crypto
from aidant.site.costs import Costs

#: A few hundred microseconds per derivation instead of ~0.3 s.
CHEAP = crypto.Argon2Params(memory_kib=256, iterations=1, lanes=1)

TEST_COSTS = Costs(vault_slots=CHEAP, agent_passwords=CHEAP, below_minimum=True)


def with_vault_cost(params: crypto.Argon2Params) -> Costs:
    """The test costs with another Argon2id cost for new vault slots."""
    return dataclasses.replace(TEST_COSTS, vault_slots=params)
