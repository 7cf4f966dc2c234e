"""Creating a vault for a usager, and destroying one by crypto-shredding."""

from __future__ import annotations

import dataclasses
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

import crypto
from aidant import journal
from aidant.domain.actors import Actor, require_agent, require_manager
from aidant.domain.enums import SlotKind
from aidant.domain.errors import Refused
from aidant.domain.ids import UsagerId, VaultId, new_id
from aidant.journal import EntryKind
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.storage.models import Document, Vault
from aidant.storage.models import KeySlot as KeySlotRow
from aidant.vault import binding, keys, secret_rules, store
from aidant.vault.errors import NoVault, VaultShredded
from aidant.vault.texts import VaultText

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class VaultCreated:
    """What the usager takes away: the card code (with the PIN they chose) and the recovery key.

    `recovery_identity` must be printed on the recovery sheet, then wiped with `wipe()`.
    """

    vault_id: VaultId
    usager_id: UsagerId
    recipient: str
    card_code: str
    recovery_identity: crypto.SecretBuffer

    def wipe(self) -> None:
        self.recovery_identity.zero()


def live_vault(db: Session, usager_id: str) -> Vault:
    """The usager's vault, or NoVault / VaultShredded."""
    vault = db.scalars(select(Vault).where(Vault.usager_id == usager_id)).first()
    if vault is None:
        raise NoVault(VaultText.NO_VAULT)
    if vault.shredded_at is not None:
        raise VaultShredded(VaultText.VAULT_SHREDDED)
    return vault


def create_vault(
    ctx: SiteContext,
    actor: Actor,
    usager_id: UsagerId,
    pin: crypto.SecretBuffer,
    *,
    passphrase: crypto.SecretBuffer | None = None,
    card_secret: crypto.SecretBuffer | None = None,
) -> VaultCreated:
    """Create the usager's vault with a card+PIN slot (and a passphrase slot if given).

    The PIN is chosen by the usager and never stored or printed; `card_secret` is only given
    by the demonstration data (otherwise a fresh random one is drawn).
    """
    require_agent(actor)
    person = secret_rules.Person.of(usagers.get(ctx, usager_id))
    secret_rules.check_pin(pin, person)
    if passphrase is not None:
        secret_rules.check_passphrase(passphrase, person)
    with ctx.transaction() as db:
        usagers.live_row(db, usager_id)
        existing = db.scalars(select(Vault).where(Vault.usager_id == usager_id)).first()
        if existing is not None and existing.shredded_at is None:
            raise Refused(VaultText.VAULT_EXISTS)
        vault_id = existing.id if existing is not None else new_id()
    identity, recipient = crypto.generate_identity()
    try:
        card = card_secret if card_secret is not None else crypto.generate_card_secret()
        try:
            card_slot = keys.wrap_card(identity, pin, card, vault_id, ctx.costs)
            phrase_slot = (
                keys.wrap_passphrase(identity, passphrase, vault_id, ctx.costs)
                if passphrase
                else None
            )
            card_code = crypto.format_card_code(card)
        finally:
            if card_secret is None:
                card.zero()
        store.blobs(ctx).prepare_vault(vault_id)
        _record_creation(
            ctx, actor, existing is not None, vault_id, usager_id, recipient, card_slot, phrase_slot
        )
    except BaseException:
        identity.zero()
        raise
    log.info("vault %s created", vault_id)
    return VaultCreated(VaultId(vault_id), UsagerId(usager_id), recipient, card_code, identity)


def _record_creation(
    ctx: SiteContext,
    actor: Actor,
    recreate: bool,
    vault_id: str,
    usager_id: str,
    recipient: str,
    card_slot: bytes,
    phrase_slot: bytes | None,
) -> None:
    now = ctx.clock.now()
    with ctx.transaction() as db:
        if not recreate:
            db.add(Vault(id=vault_id, usager_id=usager_id, recipient=recipient, created_at=now))
        else:
            # A vault destroyed earlier is re-created under the same id with a new identity.
            row = db.get(Vault, vault_id)
            if row is None:  # vault rows are never deleted, only marked shredded
                raise RuntimeError(f"vault {vault_id} vanished while being re-created")
            row.recipient, row.created_at, row.shredded_at = recipient, now, None
            row.failed_unlocks, row.locked_until = 0, None
        db.flush()
        keys.add_slot(db, vault_id, SlotKind.CARD_PIN, card_slot, now)
        slots = [SlotKind.CARD_PIN.value]
        if phrase_slot is not None:
            keys.add_slot(db, vault_id, SlotKind.PASSPHRASE, phrase_slot, now)
            slots.append(SlotKind.PASSPHRASE.value)
        journal.append(
            db,
            actor,
            EntryKind.VAULT_CREATED,
            now,
            usager_id=usager_id,
            data={
                "vault": vault_id,
                "slots": slots,
                binding.DIGEST_FIELD: binding.digest(recipient),
            },
        )


def vault_id_of(ctx: SiteContext, usager_id: UsagerId) -> VaultId:
    with ctx.transaction() as db:
        return VaultId(live_vault(db, usager_id).id)


def has_vault(ctx: SiteContext, usager_id: UsagerId) -> bool:
    with ctx.transaction() as db:
        vault = db.scalars(select(Vault).where(Vault.usager_id == usager_id)).first()
        return vault is not None and vault.shredded_at is None


def shred(ctx: SiteContext, actor: Actor, vault_id: VaultId) -> int:
    """Destroy the wrapped identities and every blob; return how many documents went.

    Without the key slots nothing in Aidant can open the vault again. The printed recovery
    sheet still holds the identity, which is why the blobs themselves are deleted too.
    """
    now = ctx.clock.now()
    with ctx.transaction() as db:
        vault = db.get(Vault, vault_id)
        if vault is None or vault.shredded_at is not None:
            raise NoVault(VaultText.VAULT_GONE)
        for slot in db.scalars(select(KeySlotRow).where(KeySlotRow.vault_id == vault_id)):
            db.delete(slot)
        count = 0
        for doc in db.scalars(select(Document).where(Document.vault_id == vault_id)):
            if doc.deleted_at is None:
                doc.deleted_at = now
                count += 1
            doc.metadata_ciphertext = b""
        vault.shredded_at = now
        vault.failed_unlocks, vault.locked_until = 0, None
        journal.append(
            db,
            actor,
            EntryKind.VAULT_SHREDDED,
            now,
            usager_id=vault.usager_id,
            data={"vault": vault_id, "documents": count},
        )
    # After the commit: a failure here leaves orphans that the next start-up removes.
    store.blobs(ctx).remove_vault(vault_id)
    log.info("vault %s shredded (%d documents)", vault_id, count)
    return count


def shred_vault(ctx: SiteContext, actor: Actor, usager_id: UsagerId) -> int:
    """A manager destroys a usager's vault without its secret (erasure, end of retention)."""
    require_manager(actor)
    return shred(ctx, actor, vault_id_of(ctx, usager_id))
