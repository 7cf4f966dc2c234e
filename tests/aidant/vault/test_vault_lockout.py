"""Wrong secrets: a growing delay after the free attempts, journalled, and nothing damaged."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry, KeySlot, Vault
from aidant.vault import lockout
from aidant.vault.errors import VaultLockedOut, WrongVaultSecret
from tests.aidant.vault.conftest import PIN, MadeVault


def entries(site: SiteContext, kind: str) -> list[dict[str, object]]:
    with site.transaction() as db:
        stmt = select(JournalEntry).where(JournalEntry.kind == kind).order_by(JournalEntry.seq)
        return [json.loads(e.data) for e in db.scalars(stmt)]


def slots_snapshot(site: SiteContext) -> list[bytes]:
    with site.transaction() as db:
        return [s.data for s in db.scalars(select(KeySlot).order_by(KeySlot.id))]


def test_delay_schedule() -> None:
    assert [lockout.delay_after(n, 5) for n in range(1, 10)] == [0, 0, 0, 0, 30, 60, 120, 240, 480]
    assert lockout.delay_after(40, 5) == lockout.MAX_DELAY_S
    assert str(lockout.waiting(1)) == (
        "Trop d'essais incorrects : attendez 1 seconde avant de réessayer."
    )
    assert "2 minutes" in str(lockout.waiting(61))


def test_five_wrong_pins_then_growing_delay(
    site: SiteContext, made: MadeVault, clock: FakeClock
) -> None:
    before = slots_snapshot(site)
    messages = []
    for _ in range(4):
        with pytest.raises(WrongVaultSecret) as info:
            made.unlock(site, "0000")
        messages.append(str(info.value))
    assert messages[0] == "Code incorrect : il reste 4 essais avant une attente."
    assert messages[3] == "Code incorrect : il reste 1 essai avant une attente."
    with pytest.raises(VaultLockedOut, match="attendez 30 secondes"):
        made.unlock(site, "0000")
    # Even the right PIN waits until the delay is over.
    with pytest.raises(VaultLockedOut, match="attendez 30 secondes"):
        made.unlock(site, PIN)
    clock.advance(29)
    with pytest.raises(VaultLockedOut, match="attendez 1 seconde "):
        made.unlock(site, PIN)
    clock.advance(1)
    with pytest.raises(VaultLockedOut, match="attendez 1 minute "):
        made.unlock(site, "0000")  # the sixth failure doubles the wait
    clock.advance(60)
    made.unlock(site, PIN).lock()
    with site.transaction() as db:
        row = db.get(Vault, made.vault_id)
        assert row is not None and row.failed_unlocks == 0 and row.locked_until is None
    assert slots_snapshot(site) == before

    failed = entries(site, "vault_unlock_failed")
    assert [f.get("failures", f.get("reason")) for f in failed] == [
        1,
        2,
        3,
        4,
        5,
        "waiting",
        "waiting",
        6,
    ]
    assert [e["seconds"] for e in entries(site, "vault_lockout")] == [30, 60]
    # A success resets the counter: four more free attempts.
    with pytest.raises(WrongVaultSecret, match="il reste 4 essais"):
        made.unlock(site, "0000")


def test_free_attempts_follow_the_site_policy(
    site: SiteContext, made: MadeVault, manager: object
) -> None:
    from aidant.administration.policy import change_setting

    with site.transaction() as db:
        change_setting(db, manager, "vault_free_attempts", 2, site.clock.now())  # type: ignore[arg-type]
    with pytest.raises(WrongVaultSecret, match="il reste 1 essai"):
        made.unlock(site, "0000")
    with pytest.raises(VaultLockedOut):
        made.unlock(site, "0000")


def test_an_attempt_started_during_another_cannot_outpace_the_delay(
    site: SiteContext, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aidant.vault import keys

    for _ in range(4):  # four wrong PINs: the fifth will start the wait
        with pytest.raises(WrongVaultSecret):
            made.unlock(site, "1111")
    real = keys.try_unwrap
    evaluated: list[str] = []
    nested: list[Exception] = []

    def slow_argon2(*args: object, **kwargs: object) -> object:
        # While this (fifth) attempt is in Argon2id, a sixth one starts, as from another window.
        evaluated.append("attempt")
        if len(evaluated) == 1:
            try:
                made.unlock(site, "2222")
            except (WrongVaultSecret, VaultLockedOut) as exc:
                nested.append(exc)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keys, "try_unwrap", slow_argon2)
    with pytest.raises(VaultLockedOut):
        made.unlock(site, "1111")
    assert len(evaluated) == 1  # the sixth guess never reached Argon2id
    assert len(nested) == 1 and isinstance(nested[0], VaultLockedOut)
