"""Creating, unlocking, re-keying and shredding vaults."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import select

import crypto
from aidant import vault
from aidant.domain.actors import Actor
from aidant.domain.enums import SlotKind
from aidant.domain.errors import PermissionDenied, Refused
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import Document, JournalEntry, KeySlot, Vault
from aidant.vault.errors import MalformedSecret, NoVault, VaultShredded, WrongVaultSecret
from tests.aidant.vault.conftest import PASSPHRASE, PIN, MadeVault, make_vault
from tests.support.blobs import stored_blobs
from tests.support.costs import CHEAP, with_vault_cost
from tests.support.opening import reopen


def journal_kinds(site: SiteContext) -> list[tuple[str, dict[str, object]]]:
    with site.transaction() as db:
        rows = db.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        return [(r.kind, json.loads(r.data)) for r in rows]


def test_create_stores_only_public_and_wrapped_material(site: SiteContext, made: MadeVault) -> None:
    with site.transaction() as db:
        row = db.get(Vault, made.vault_id)
        assert row is not None and row.recipient.startswith("age1")
        slots = db.scalars(select(KeySlot).where(KeySlot.vault_id == made.vault_id)).all()
        assert sorted(s.kind for s in slots) == [SlotKind.CARD_PIN, SlotKind.PASSPHRASE]
        for slot in slots:
            assert made.recovery.encode() not in slot.data
            assert PIN.encode() not in slot.data
    kind, data = journal_kinds(site)[-1]
    assert kind == "vault_created"
    # The vault's key is bound to its creation entry (deposits and unlocks check it).
    assert data == {
        "vault": made.vault_id,
        "slots": ["card_pin", "passphrase"],
        "recipient_sha256": hashlib.sha256(row.recipient.encode()).hexdigest(),
    }


def test_each_secret_opens_the_same_identity(site: SiteContext, made: MadeVault) -> None:
    by_card = made.unlock(site)
    with crypto.SecretBuffer.from_text(PASSPHRASE) as phrase:
        by_phrase = vault.unlock_with_passphrase(site, made.usager, made.usager_id, phrase)
    by_recovery = vault.unlock_with_recovery(
        site, made.usager, made.usager_id, made.recovery.lower()
    )
    assert by_card.identity() == by_phrase.identity() == by_recovery.identity()
    assert [m.method for m in (by_card, by_phrase, by_recovery)] == list(vault.UnlockMethod)
    unlocked = [d["method"] for k, d in journal_kinds(site) if k == "vault_unlocked"]
    assert unlocked == ["card_pin", "passphrase", "recovery"]


def test_lock_zeroes_and_is_idempotent(site: SiteContext, made: MadeVault) -> None:
    ov = made.unlock(site)
    identity, card = ov.identity(), ov.card_secret()
    ov.lock()
    ov.lock()
    assert ov.locked and identity.zeroed and card is not None and card.zeroed
    with pytest.raises(vault.VaultIsLocked):
        ov.documents()


def test_creation_rules(site: SiteContext, agent: Actor, made: MadeVault) -> None:
    with crypto.SecretBuffer.from_text(PIN) as pin, pytest.raises(Refused, match="déjà un coffre"):
        vault.create_vault(site, agent, made.usager_id, pin)
    with crypto.SecretBuffer.from_text("12a4") as pin, pytest.raises(Refused, match="chiffres"):
        vault.create_vault(site, agent, made.usager_id, pin)
    with crypto.SecretBuffer.from_text("7777") as pin, pytest.raises(Refused, match="même chiffre"):
        vault.create_vault(site, agent, made.usager_id, pin)
    with crypto.SecretBuffer.from_text(PIN) as pin, pytest.raises(PermissionDenied):
        vault.create_vault(site, made.usager, made.usager_id, pin)


def test_weak_passphrase_is_refused_with_its_reason(
    site: SiteContext, opened: vault.OpenVault
) -> None:
    with crypto.SecretBuffer.from_text("motdepasse") as weak, pytest.raises(Refused) as info:
        vault.set_passphrase(opened, weak)
    assert str(info.value).endswith(".") and "\n" not in str(info.value)


def test_malformed_secrets_are_not_counted(site: SiteContext, made: MadeVault) -> None:
    typo = made.card_code[:-1] + ("0" if made.card_code[-1] != "0" else "1")
    with crypto.SecretBuffer.from_text(PIN) as pin, pytest.raises(MalformedSecret):
        vault.unlock_with_card(site, made.usager, made.usager_id, typo, pin)
    with pytest.raises(MalformedSecret, match="AGE-SECRET-KEY-1"):
        vault.unlock_with_recovery(site, made.usager, made.usager_id, "pas une clé")
    with site.transaction() as db:
        assert db.get(Vault, made.vault_id).failed_unlocks == 0  # type: ignore[union-attr]


def test_recovery_key_of_another_vault_is_refused(
    site: SiteContext, agent: Actor, made: MadeVault
) -> None:
    other = make_vault(site, agent, "Lefèvre", "Marcel")
    with pytest.raises(WrongVaultSecret):
        vault.unlock_with_recovery(site, made.usager, made.usager_id, other.recovery)


def test_change_pin_new_card_and_slots(site: SiteContext, made: MadeVault) -> None:
    ov = made.unlock(site)
    with crypto.SecretBuffer.from_text("9051") as new_pin:
        vault.change_pin(ov, new_pin)
    ov.lock()
    with pytest.raises(WrongVaultSecret):
        made.unlock(site, PIN)
    ov = made.unlock(site, "9051")

    with crypto.SecretBuffer.from_text("3141") as pin:
        new_code = vault.issue_new_card(ov, pin)
    assert new_code != made.card_code
    with pytest.raises(WrongVaultSecret):
        made.unlock(site, "3141")  # the old card no longer opens anything
    made.card_code = new_code
    ov = made.unlock(site, "3141")

    vault.remove_slot(ov, SlotKind.PASSPHRASE)
    with pytest.raises(Refused, match="au moins un moyen"):
        vault.remove_slot(ov, SlotKind.CARD_PIN)
    with crypto.SecretBuffer.from_text(PASSPHRASE) as phrase, pytest.raises(WrongVaultSecret):
        vault.unlock_with_passphrase(site, made.usager, made.usager_id, phrase)
    with crypto.SecretBuffer.from_text(PASSPHRASE) as phrase:
        vault.set_passphrase(ov, phrase)
    vault.remove_slot(ov, SlotKind.CARD_PIN)
    with crypto.SecretBuffer.from_text(PASSPHRASE) as phrase:
        vault.unlock_with_passphrase(site, made.usager, made.usager_id, phrase).lock()
    actions = [d["action"] for k, d in journal_kinds(site) if k == "vault_slot_changed"]
    assert actions == ["pin_changed", "new_card", "removed", "passphrase_set", "removed"]


def test_change_pin_needs_the_card(site: SiteContext, made: MadeVault) -> None:
    ov = vault.unlock_with_recovery(site, made.usager, made.usager_id, made.recovery)
    with crypto.SecretBuffer.from_text("9051") as pin, pytest.raises(Refused, match="carte"):
        vault.change_pin(ov, pin)


def test_weak_slot_is_upgraded_at_next_unlock(
    site: SiteContext, made: MadeVault, clock: FakeClock
) -> None:
    # The site is opened again by a version of Aidant whose vault cost is higher.
    stronger = crypto.Argon2Params(memory_kib=CHEAP.memory_kib * 2, iterations=2, lanes=1)
    with reopen(site.paths, clock=clock, costs=with_vault_cost(stronger)) as costlier:
        made.unlock(costlier).lock()
        with costlier.transaction() as db:
            rows = db.scalars(select(KeySlot).where(KeySlot.kind == SlotKind.CARD_PIN)).all()
            assert [crypto.KeySlot.from_bytes(r.data).params for r in rows] == [stronger]
        made.unlock(costlier).lock()  # still opens with the same card and PIN
    made.unlock(site).lock()  # and a cheaper site never downgrades it
    upgraded = [d for k, d in journal_kinds(site) if k == "vault_slot_changed"]
    assert upgraded == [{"vault": made.vault_id, "action": "upgraded", "kind": "card_pin"}]


def test_shred_destroys_keys_and_files(site: SiteContext, agent: Actor, made: MadeVault) -> None:
    vault.deposit(site, agent, made.usager_id, __import__("io").BytesIO(b"scan"), title="Scan")
    assert stored_blobs(site, made.vault_id) == 1
    ov = made.unlock(site)
    assert ov.shred() == 1
    assert ov.locked and stored_blobs(site, made.vault_id) == 0
    assert not (site.paths.vaults / made.vault_id).exists()
    with site.transaction() as db:
        assert db.scalars(select(KeySlot)).all() == []
        doc = db.scalars(select(Document)).one()
        assert doc.deleted_at is not None and doc.metadata_ciphertext == b""
    with pytest.raises(VaultShredded):
        made.unlock(site)
    with pytest.raises(VaultShredded):
        vault.deposit(site, agent, made.usager_id, __import__("io").BytesIO(b"x"), title="X")
    assert journal_kinds(site)[-1] == ("vault_shredded", {"vault": made.vault_id, "documents": 1})
    # A new vault can be made afterwards, with a new identity.
    with crypto.SecretBuffer.from_text(PIN) as pin:
        again = vault.create_vault(site, agent, made.usager_id, pin)
    assert again.recovery_identity.decode() != made.recovery
    again.wipe()


def test_manager_shreds_without_secret(
    site: SiteContext, manager: Actor, agent: Actor, made: MadeVault
) -> None:
    with pytest.raises(PermissionDenied):
        vault.shred_vault(site, agent, made.usager_id)
    assert vault.shred_vault(site, manager, made.usager_id) == 0
    assert not vault.has_vault(site, made.usager_id)
    with pytest.raises(NoVault):
        vault.shred_vault(site, manager, "no-such-usager")


def test_upgrade_never_blocks_an_unlock(
    site: SiteContext, made: MadeVault, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crypto.slots

    def stricter(_secret: crypto.SecretBuffer) -> None:
        raise crypto.WeakPassphrase("La phrase secrète est trop courte.")

    monkeypatch.setattr(crypto.slots, "check_passphrase", stricter)
    costs = with_vault_cost(crypto.Argon2Params(512, 2, 1))
    with (
        reopen(site.paths, clock=clock, costs=costs) as costlier,
        crypto.SecretBuffer.from_text(PASSPHRASE) as phrase,
    ):
        vault.unlock_with_passphrase(costlier, made.usager, made.usager_id, phrase).lock()
    with site.transaction() as db:
        row = db.scalars(select(KeySlot).where(KeySlot.kind == SlotKind.PASSPHRASE)).one()
        assert crypto.KeySlot.from_bytes(row.data).params == CHEAP
