"""The vault's key slots in the database: wrapping, unwrapping, PIN rules, KDF parameters.

New slots take the Argon2id cost of the site (`ctx.costs.vault_slots`); older, cheaper slots
are re-wrapped at their next unlock.

Only the vault identity is ever re-wrapped: changing a PIN or adding a passphrase never
touches a document.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

import crypto
from aidant.domain.enums import SlotKind
from aidant.domain.errors import Refused
from aidant.domain.ids import new_id
from aidant.site.costs import Costs
from aidant.storage.models import KeySlot as KeySlotRow
from aidant.vault.errors import CorruptVault, translate
from aidant.vault.texts import VaultText

log = logging.getLogger(__name__)

PIN_MIN = 4
PIN_MAX = 12


def check_pin(pin: crypto.SecretBuffer) -> None:
    """A PIN is 4 to 12 digits. It is never the only secret: the card carries 128 bits."""
    view = pin.view()
    if not PIN_MIN <= len(view) <= PIN_MAX or not all(0x30 <= b <= 0x39 for b in view):
        raise Refused(VaultText.PIN_LENGTH, min_digits=PIN_MIN, max_digits=PIN_MAX)
    if len(set(view)) == 1:
        raise Refused(VaultText.PIN_ONE_DIGIT)


def _vault_bytes(vault_id: str) -> bytes:
    return vault_id.encode("ascii")


def wrap_card(
    identity: crypto.SecretBuffer,
    pin: crypto.SecretBuffer,
    card_secret: crypto.SecretBuffer,
    vault_id: str,
    costs: Costs,
) -> bytes:
    check_pin(pin)
    slot = crypto.wrap_card_pin(
        identity,
        pin,
        card_secret,
        _vault_bytes(vault_id),
        params=costs.vault_slots,
        allow_weak_params=costs.below_minimum,
    )
    return slot.to_bytes()


def wrap_passphrase(
    identity: crypto.SecretBuffer, passphrase: crypto.SecretBuffer, vault_id: str, costs: Costs
) -> bytes:
    try:
        slot = crypto.wrap_passphrase(
            identity,
            passphrase,
            _vault_bytes(vault_id),
            params=costs.vault_slots,
            allow_weak_params=costs.below_minimum,
        )
    except crypto.CryptoError as exc:
        raise translate(exc) from None
    return slot.to_bytes()


def parse_slot(row: KeySlotRow) -> crypto.KeySlot:
    try:
        slot = crypto.KeySlot.from_bytes(row.data)
    except crypto.CryptoError as exc:
        raise translate(exc) from None
    if slot.kind.value != row.kind.value:
        raise CorruptVault(VaultText.SLOT_KIND_MISMATCH)
    return slot


def slots_of(db: Session, vault_id: str, kind: SlotKind | None = None) -> list[KeySlotRow]:
    stmt = select(KeySlotRow).where(KeySlotRow.vault_id == vault_id)
    if kind is not None:
        stmt = stmt.where(KeySlotRow.kind == kind)
    return list(db.scalars(stmt.order_by(KeySlotRow.created_at, KeySlotRow.id)))


def add_slot(db: Session, vault_id: str, kind: SlotKind, data: bytes, now: dt.datetime) -> None:
    db.add(KeySlotRow(id=new_id(), vault_id=vault_id, kind=kind, data=data, created_at=now))


def try_unwrap(
    slots: list[tuple[str, crypto.KeySlot]],
    vault_id: str,
    secret: crypto.SecretBuffer,
    card_secret: crypto.SecretBuffer | None,
) -> tuple[str, crypto.SecretBuffer] | None:
    """(slot id, identity) of the first slot the secret opens; None if none does.

    Runs Argon2id once per slot, outside any database transaction.
    """
    for slot_id, slot in slots:
        try:
            if card_secret is not None:
                identity = crypto.unwrap_card_pin(slot, secret, card_secret, _vault_bytes(vault_id))
            else:
                identity = crypto.unwrap_passphrase(slot, secret, _vault_bytes(vault_id))
        except crypto.WrongSecret:
            continue
        return slot_id, identity
    return None


def needs_upgrade(row: KeySlotRow, costs: Costs) -> bool:
    """True if the site's KDF cost was raised above this slot's (never a downgrade)."""
    slot = parse_slot(row)
    target = costs.vault_slots
    return slot.needs_upgrade(target) and target.meets(slot.params)
