"""Changing how a vault opens: new PIN, new card, passphrase added or removed.

Each change re-wraps only the vault identity (taken from the unlocked vault): no document
is re-encrypted, and the recovery sheet stays valid.
"""

from __future__ import annotations

import crypto
from aidant import journal
from aidant.domain.enums import SlotKind
from aidant.domain.errors import Refused
from aidant.journal import EntryKind
from aidant.people import usagers
from aidant.vault import keys, secret_rules
from aidant.vault.lifecycle import live_vault
from aidant.vault.open_vault import OpenVault
from aidant.vault.texts import VaultText


def _replace(ov: OpenVault, kind: SlotKind, data: bytes | None, action: str) -> None:
    """Replace every slot of `kind` by `data` (or remove them), keeping at least one slot."""
    now = ov.ctx.clock.now()
    with ov.ctx.transaction() as db:
        live_vault(db, ov.usager_id)
        others = [row for row in keys.slots_of(db, ov.vault_id) if row.kind is not kind]
        if data is None and not others:
            raise Refused(VaultText.LAST_WAY_IN)
        for row in keys.slots_of(db, ov.vault_id, kind):
            db.delete(row)
        if data is not None:
            keys.add_slot(db, ov.vault_id, kind, data, now)
        journal.append(
            db,
            ov.actor,
            EntryKind.VAULT_SLOT_CHANGED,
            now,
            usager_id=ov.usager_id,
            data={"vault": ov.vault_id, "action": action, "kind": kind.value},
        )


def _person(ov: OpenVault) -> secret_rules.Person:
    return secret_rules.Person.of(usagers.get(ov.ctx, ov.usager_id))


def change_pin(ov: OpenVault, new_pin: crypto.SecretBuffer) -> None:
    """New PIN for the same card; the vault must have been opened with that card."""
    card = ov.card_secret()
    if card is None or card.zeroed:
        raise Refused(VaultText.PIN_CHANGE_NEEDS_CARD)
    secret_rules.check_pin(new_pin, _person(ov))
    data = keys.wrap_card(ov.identity(), new_pin, card, ov.vault_id, ov.ctx.costs)
    _replace(ov, SlotKind.CARD_PIN, data, "pin_changed")


def issue_new_card(ov: OpenVault, new_pin: crypto.SecretBuffer) -> str:
    """A new card (lost or stolen card): the old card stops working. Returns the new code."""
    secret_rules.check_pin(new_pin, _person(ov))
    with crypto.generate_card_secret() as card:
        data = keys.wrap_card(ov.identity(), new_pin, card, ov.vault_id, ov.ctx.costs)
        code = crypto.format_card_code(card)
    _replace(ov, SlotKind.CARD_PIN, data, "new_card")
    return code


def set_passphrase(ov: OpenVault, passphrase: crypto.SecretBuffer) -> None:
    """Add (or replace) the passphrase; a weak one is refused with the reason."""
    secret_rules.check_passphrase(passphrase, _person(ov))
    data = keys.wrap_passphrase(ov.identity(), passphrase, ov.vault_id, ov.ctx.costs)
    _replace(ov, SlotKind.PASSPHRASE, data, "passphrase_set")


def remove_slot(ov: OpenVault, kind: SlotKind) -> None:
    """Remove the card or the passphrase (never the last way in)."""
    ov.identity()  # refuses when locked
    _replace(ov, kind, None, "removed")
