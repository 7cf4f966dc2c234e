"""Vault fixtures: a usager's vault on the test site (made with the tests' cheap Argon2id cost,
`tests.support.costs`; the real cost is measured by bench/vault.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

import crypto
from aidant import vault
from aidant.domain.actors import Actor, ActorKind
from aidant.people import usagers
from aidant.site.context import SiteContext

PIN = "4826"
PASSPHRASE = "cheval turquoise lampe 1987 Argenton"


@dataclass
class MadeVault:
    usager_id: str
    vault_id: str
    card_code: str
    recovery: str
    usager: Actor

    def unlock(self, ctx: SiteContext, pin: str = PIN) -> vault.OpenVault:
        with crypto.SecretBuffer.from_text(pin) as secret:
            return vault.unlock_with_card(ctx, self.usager, self.usager_id, self.card_code, secret)


def make_vault(
    site: SiteContext, agent: Actor, family: str = "Dupré", given: str = "Éléonore"
) -> MadeVault:
    person = usagers.register(site, agent, family, given)
    with (
        crypto.SecretBuffer.from_text(PIN) as pin,
        crypto.SecretBuffer.from_text(PASSPHRASE) as phrase,
    ):
        created = vault.create_vault(site, agent, person.id, pin, passphrase=phrase)
    recovery = created.recovery_identity.decode()
    created.wipe()
    return MadeVault(
        person.id,
        created.vault_id,
        created.card_code,
        recovery,
        Actor(ActorKind.USAGER, id=person.id),
    )


@pytest.fixture
def made(site: SiteContext, agent: Actor) -> MadeVault:
    return make_vault(site, agent)


@pytest.fixture
def opened(site: SiteContext, made: MadeVault) -> Iterator[vault.OpenVault]:
    ov = made.unlock(site)
    yield ov
    ov.lock()
