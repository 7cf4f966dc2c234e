"""Honest PINs: the ones a guesser tries first are refused, each with one sentence saying why;
after too many failures in a row, waiting is not enough: only the recovery sheet or a manager's
reset in front of the person opens the vault."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

import crypto
from aidant import vault
from aidant.administration.policy import change_policy
from aidant.domain.actors import Actor
from aidant.domain.errors import AidantError, PermissionDenied, Refused
from aidant.people import usagers
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry
from aidant.vault.errors import VaultLockedOut
from aidant.vault.secret_rules import Person
from aidant.vault.texts import VaultText
from tests.aidant.vault.conftest import PIN, MadeVault

BORN = dt.date(1987, 5, 14)


@pytest.fixture
def mai(site: SiteContext, agent: Actor) -> usagers.UsagerView:
    return usagers.register(site, agent, "Nguyen", "Thi Mai", BORN)


def create(site: SiteContext, agent: Actor, who: str, pin: str, phrase: str | None = None) -> None:
    with crypto.SecretBuffer.from_text(pin) as secret:
        passphrase = crypto.SecretBuffer.from_text(phrase) if phrase else None
        vault.create_vault(site, agent, who, secret, passphrase=passphrase).wipe()


@pytest.mark.parametrize(
    ("pin", "why"),
    [
        ("1234", VaultText.PIN_COMMON),
        ("0000", VaultText.PIN_ONE_DIGIT),
        ("2580", VaultText.PIN_COMMON),  # the keypad's middle column
        ("4545", VaultText.PIN_REPEATED),
        ("271271", VaultText.PIN_REPEATED),
        ("3456", VaultText.PIN_SEQUENCE),
        ("8901", VaultText.PIN_SEQUENCE),
        ("76543", VaultText.PIN_SEQUENCE),
        ("2468", VaultText.PIN_SEQUENCE),
        ("1357", VaultText.PIN_SEQUENCE),
        ("9630", VaultText.PIN_SEQUENCE),
        ("1968", VaultText.PIN_YEAR),
        ("2024", VaultText.PIN_YEAR),
        ("1987", VaultText.PIN_BIRTH_DATE),  # their birth year
        ("1405", VaultText.PIN_BIRTH_DATE),  # DDMM
        ("0587", VaultText.PIN_BIRTH_DATE),  # MMYY
        ("140587", VaultText.PIN_BIRTH_DATE),
        ("14051987", VaultText.PIN_BIRTH_DATE),
        ("914058", VaultText.PIN_BIRTH_DATE),  # the date inside
        ("6489", VaultText.PIN_NAME),  # N-G-U-Y on a phone keypad
        ("648936", VaultText.PIN_NAME),  # NGUYEN
    ],
)
def test_guessable_pins_are_refused_with_their_reason(
    site: SiteContext, agent: Actor, mai: usagers.UsagerView, pin: str, why: VaultText
) -> None:
    with pytest.raises(Refused) as refused:
        create(site, agent, mai.id, pin)
    assert refused.value.text is why
    sentence = str(refused.value)
    assert sentence.endswith(".") and "\n" not in sentence
    assert not vault.has_vault(site, mai.id)


@pytest.mark.parametrize("pin", ["4826", "5173", "9051", "730418"])
def test_other_pins_are_accepted(
    site: SiteContext, agent: Actor, mai: usagers.UsagerView, pin: str
) -> None:
    create(site, agent, mai.id, pin)
    assert vault.has_vault(site, mai.id)


@pytest.mark.parametrize(
    "phrase",
    [
        "Nguyen Thi Mai 14 mai 1987",
        "thi-mai.nguyen.14051987",
        "Mai NGUYEN 14/05/1987 !",
    ],
)
def test_passphrases_made_of_the_persons_names_and_birth_date_are_refused(
    site: SiteContext, agent: Actor, mai: usagers.UsagerView, phrase: str
) -> None:
    with pytest.raises(Refused) as refused:
        create(site, agent, mai.id, "4826", phrase)
    assert refused.value.text is VaultText.PASSPHRASE_PERSONAL


def test_a_passphrase_that_only_mentions_the_name_is_accepted(
    site: SiteContext, agent: Actor, mai: usagers.UsagerView
) -> None:
    create(site, agent, mai.id, "4826", "Mai aime le cheval turquoise sous la lampe")
    assert vault.has_vault(site, mai.id)


def test_a_new_pin_or_passphrase_follows_the_same_rules(site: SiteContext, made: MadeVault) -> None:
    ov = made.unlock(site)
    try:
        with crypto.SecretBuffer.from_text("1234") as pin, pytest.raises(Refused):
            vault.change_pin(ov, pin)
        with (
            crypto.SecretBuffer.from_text("Éléonore Dupré Éléonore") as phrase,
            pytest.raises(Refused, match="nom ou de la date"),
        ):
            vault.set_passphrase(ov, phrase)
    finally:
        ov.lock()


def test_the_person_is_read_without_accents_or_case() -> None:
    view = usagers.UsagerView(
        usagers.UsagerId("x"), "Dupré-Lefèvre", "Éléonore", None, None, None, None
    )
    assert Person.of(view).names == ("eleonore", "dupre", "lefevre")


def test_after_too_many_failures_only_the_recovery_sheet_or_a_manager_opens(
    site: SiteContext, made: MadeVault, manager: Actor, agent: Actor, clock: FakeClock
) -> None:
    change_policy(site, manager, {"vault_free_attempts": 2, "vault_max_failures": 4})
    for _ in range(4):
        with pytest.raises(AidantError):
            made.unlock(site, "9051")
        clock.advance(dt.timedelta(hours=2))  # every wait is over
    # Waiting is not enough any more: even the right PIN is refused, and not tried.
    with pytest.raises(VaultLockedOut, match="feuille de secours") as refused:
        made.unlock(site)
    assert refused.value.text is VaultText.VAULT_BLOCKED
    clock.advance(dt.timedelta(days=3))
    with pytest.raises(VaultLockedOut, match="feuille de secours"):
        made.unlock(site)

    # A manager's reset, in front of the person, journalled (an agent cannot).
    with pytest.raises(PermissionDenied):
        vault.reset_attempts(site, agent, made.usager_id)
    assert vault.reset_attempts(site, manager, made.usager_id) == 4
    made.unlock(site).lock()
    with site.transaction() as db:
        kinds = db.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)).all()
    assert "vault_lockout" in kinds


def test_the_recovery_sheet_still_opens_a_blocked_vault(
    site: SiteContext, made: MadeVault, manager: Actor, clock: FakeClock
) -> None:
    change_policy(site, manager, {"vault_free_attempts": 1, "vault_max_failures": 2})
    for _ in range(2):
        with pytest.raises(AidantError):
            made.unlock(site, "9051")
        clock.advance(dt.timedelta(hours=2))
    with pytest.raises(VaultLockedOut):
        made.unlock(site)
    vault.unlock_with_recovery(site, made.usager, made.usager_id, made.recovery).lock()
    made.unlock(site, PIN).lock()  # the count went back to zero with the recovery
