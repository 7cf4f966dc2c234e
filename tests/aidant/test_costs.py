"""Argon2id costs come through the site context: production values by default, the floor of
the design enforced, and the parameters of each secret kept with it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import crypto
from aidant.site.context import SiteContext
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.storage.models import Agent
from crypto.passwords import PASSWORD_PARAMS, hash_password, verify_password
from tests.support.costs import CHEAP
from tests.support.opening import reopen


def test_production_costs_meet_the_design_floor() -> None:
    for params in (PRODUCTION_COSTS.vault_slots, PRODUCTION_COSTS.agent_passwords):
        assert params.memory_kib >= 64 * 1024
        assert params.iterations >= 3 and params.lanes >= 4
    assert not PRODUCTION_COSTS.below_minimum
    assert PASSWORD_PARAMS == crypto.MINIMUM_PARAMS


def test_costs_below_the_floor_must_say_so() -> None:
    with pytest.raises(ValueError, match="vault_slots"):
        Costs(vault_slots=CHEAP)
    with pytest.raises(ValueError, match="agent_passwords"):
        Costs(agent_passwords=CHEAP)
    assert Costs(vault_slots=CHEAP, agent_passwords=CHEAP, below_minimum=True).below_minimum


def test_password_hash_carries_its_parameters() -> None:
    encoded = hash_password("un mot de passe", CHEAP, allow_weak_params=True)
    assert "$m=256,t=1,p=1$" in encoded
    assert verify_password("un mot de passe", encoded)
    assert not verify_password("un autre", encoded)
    with pytest.raises(ValueError, match="minimum"):
        hash_password("un mot de passe", CHEAP)


def test_production_password_hash() -> None:
    encoded = hash_password("un mot de passe")
    assert "$m=65536,t=3,p=4$" in encoded and verify_password("un mot de passe", encoded)


def test_the_site_context_gives_its_costs_to_the_services(site: SiteContext) -> None:
    with site.transaction() as db:
        hashes = db.scalars(select(Agent.password_hash)).all()
    assert hashes and all("$m=256,t=1,p=1$" in h for h in hashes)
    # A site opened without saying otherwise makes secrets at the production cost; the old,
    # cheaper hashes still verify since their parameters travel with them.
    with reopen(site.paths, costs=PRODUCTION_COSTS) as reopened:
        assert reopened.costs == PRODUCTION_COSTS
