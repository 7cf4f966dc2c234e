"""Unlocking a vault with card+PIN, passphrase or recovery key, under a growing delay.

Argon2id runs outside any database transaction; the attempt is counted before it runs, so
parallel attempts cannot outpace the delay. A wrong secret only leaves that count and a journal
entry: it never touches a slot or a document.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import NoReturn

from sqlalchemy.orm import Session

import crypto
from aidant import journal
from aidant.domain.actors import Actor, require_manager
from aidant.domain.enums import SlotKind
from aidant.domain.errors import AidantError
from aidant.domain.ids import UsagerId
from aidant.journal import EntryKind
from aidant.site.context import SiteContext
from aidant.site.policy import load_policy
from aidant.storage.models import KeySlot as KeySlotRow
from aidant.vault import binding, keys, lockout
from aidant.vault.errors import translate
from aidant.vault.lifecycle import live_vault
from aidant.vault.open_vault import OpenVault, UnlockMethod

log = logging.getLogger(__name__)

Slots = list[tuple[str, crypto.KeySlot]]
#: Given the vault id, recipient and its slots: (slot id or None, identity) on success.
Attempt = Callable[[str, str, Slots], tuple[str | None, crypto.SecretBuffer] | None]
#: Re-wraps the identity under the current KDF cost: (identity, vault id) -> slot bytes.
Rewrap = Callable[[crypto.SecretBuffer, str], bytes]


def _slots(db: Session, vault_id: str, kind: SlotKind | None) -> Slots:
    if kind is None:
        return []
    return [(row.id, keys.parse_slot(row)) for row in keys.slots_of(db, vault_id, kind)]


def _unlock(
    ctx: SiteContext,
    actor: Actor,
    usager_id: str,
    method: UnlockMethod,
    kind: SlotKind | None,
    attempt: Attempt,
    rewrap: Rewrap | None,
    card_secret: crypto.SecretBuffer | None = None,
) -> OpenVault:
    now = ctx.clock.now()
    failures = free = 0
    with ctx.transaction() as db:
        vault = live_vault(db, usager_id)
        vault_id, recipient = vault.id, vault.recipient
        policy = load_policy(db)
        # Past the limit only the recovery sheet is tried (the count is not raised further).
        blocked = method is not UnlockMethod.RECOVERY and lockout.blocked(
            vault, policy.vault_max_failures
        )
        wait = 0 if blocked else lockout.wait_left(vault, now)
        if wait or blocked:
            journal.append(
                db,
                actor,
                EntryKind.VAULT_UNLOCK_FAILED,
                now,
                usager_id=usager_id,
                data={
                    "vault": vault_id,
                    "method": method.value,
                    "reason": "blocked" if blocked else "waiting",
                },
            )
        else:
            # The attempt is counted (and any wait it would start is set) before Argon2id
            # runs, in the same transaction as the check: attempts started in parallel cannot
            # all pass the check first. A success undoes it below.
            free = policy.vault_free_attempts
            vault.failed_unlocks = (vault.failed_unlocks or 0) + 1
            failures = vault.failed_unlocks
            reserved_delay = lockout.delay_after(failures, free)
            if reserved_delay:
                vault.locked_until = now + dt.timedelta(seconds=reserved_delay)
        slots = [] if wait or blocked else _slots(db, vault_id, kind)
    if blocked:
        raise lockout.blocked_refusal()
    if wait:
        raise lockout.waiting(wait)
    result = attempt(vault_id, recipient, slots)
    if result is None:
        _record_failure(ctx, actor, usager_id, method, failures, free)
    slot_id, identity = result
    try:
        upgraded = _upgraded_slot(ctx, vault_id, slot_id, identity, rewrap)
        now = ctx.clock.now()
        with ctx.transaction() as db:
            vault = live_vault(db, usager_id)
            binding.check_unlocked(db, actor, usager_id, vault_id, vault.recipient, identity, now)
            vault.failed_unlocks, vault.locked_until = 0, None
            row = None if upgraded is None else db.get(KeySlotRow, slot_id)
            if row is not None and upgraded is not None:
                row.data = upgraded
                journal.append(
                    db,
                    actor,
                    EntryKind.VAULT_SLOT_CHANGED,
                    now,
                    usager_id=usager_id,
                    data={"vault": vault_id, "action": "upgraded", "kind": row.kind.value},
                )
            elif upgraded is not None:
                # The slot was replaced meanwhile (new PIN or card, from another window): the
                # vault opened with what was valid a moment ago; there is nothing to upgrade.
                log.info("slot %s replaced during the unlock; upgrade dropped", slot_id)
            journal.append(
                db,
                actor,
                EntryKind.VAULT_UNLOCKED,
                now,
                usager_id=usager_id,
                data={"vault": vault_id, "method": method.value},
            )
    except BaseException:
        identity.zero()
        raise
    return OpenVault(ctx, actor, vault_id, usager_id, recipient, identity, method, card_secret)


def _upgraded_slot(
    ctx: SiteContext,
    vault_id: str,
    slot_id: str | None,
    identity: crypto.SecretBuffer,
    rewrap: Rewrap | None,
) -> bytes | None:
    if slot_id is None or rewrap is None:
        return None
    with ctx.transaction() as db:
        row = db.get(KeySlotRow, slot_id)
        if row is None or not keys.needs_upgrade(row, ctx.costs):
            return None
    log.info("raising the Argon2id cost of slot %s", slot_id)
    try:
        return rewrap(identity, vault_id)
    except AidantError as exc:
        # E.g. a passphrase accepted by an older strength check: keep the slot as it is
        # rather than refuse an unlock that succeeded.
        log.warning("slot %s kept at its old cost: %s", slot_id, type(exc).__name__)
        return None


def _record_failure(
    ctx: SiteContext, actor: Actor, usager_id: str, method: UnlockMethod, failures: int, free: int
) -> NoReturn:
    """Journal a wrong secret already counted by `_unlock`, and the wait it starts."""
    now = ctx.clock.now()
    with ctx.transaction() as db:
        vault = live_vault(db, usager_id)
        data = {"vault": vault.id, "method": method.value, "failures": failures}
        journal.append(
            db, actor, EntryKind.VAULT_UNLOCK_FAILED, now, usager_id=usager_id, data=data
        )
        delay = lockout.delay_after(failures, free)
        if delay:
            vault.locked_until = now + dt.timedelta(seconds=delay)
            journal.append(
                db,
                actor,
                EntryKind.VAULT_LOCKOUT,
                now,
                usager_id=usager_id,
                data={"vault": vault.id, "failures": failures, "seconds": delay},
            )
    log.info("wrong vault secret (%s), %d consecutive failures", method.value, failures)
    if delay:
        raise lockout.locked(delay)
    raise lockout.wrong(failures, free)


def unlock_with_card(
    ctx: SiteContext, actor: Actor, usager_id: UsagerId, card_code: str, pin: crypto.SecretBuffer
) -> OpenVault:
    """Open the vault with the code of the vault card (typed or read from its QR) and the PIN.

    A typo in the card code is caught by its check symbols and does not count as an attempt.
    """
    try:
        card_secret = crypto.parse_card_code(card_code)
    except crypto.CryptoError as exc:
        raise translate(exc) from None

    def attempt(
        vault_id: str, _recipient: str, slots: Slots
    ) -> tuple[str, crypto.SecretBuffer] | None:
        if len(pin) == 0:
            return None
        return keys.try_unwrap(slots, vault_id, pin, card_secret)

    def rewrap(identity: crypto.SecretBuffer, vault_id: str) -> bytes:
        return keys.wrap_card(identity, pin, card_secret, vault_id, ctx.costs)

    try:
        return _unlock(
            ctx,
            actor,
            usager_id,
            UnlockMethod.CARD,
            SlotKind.CARD_PIN,
            attempt,
            rewrap,
            card_secret,
        )
    except BaseException:
        card_secret.zero()
        raise


def unlock_with_passphrase(
    ctx: SiteContext, actor: Actor, usager_id: UsagerId, passphrase: crypto.SecretBuffer
) -> OpenVault:
    """Open the vault with its passphrase (if the usager chose one)."""

    def attempt(
        vault_id: str, _recipient: str, slots: Slots
    ) -> tuple[str, crypto.SecretBuffer] | None:
        if len(passphrase) == 0:
            return None
        return keys.try_unwrap(slots, vault_id, passphrase, None)

    def rewrap(identity: crypto.SecretBuffer, vault_id: str) -> bytes:
        return keys.wrap_passphrase(identity, passphrase, vault_id, ctx.costs)

    return _unlock(
        ctx, actor, usager_id, UnlockMethod.PASSPHRASE, SlotKind.PASSPHRASE, attempt, rewrap
    )


def unlock_with_recovery(
    ctx: SiteContext, actor: Actor, usager_id: UsagerId, identity_text: str | crypto.SecretBuffer
) -> OpenVault:
    """Open the vault with the recovery key printed on the recovery sheet."""
    try:
        identity = crypto.parse_identity(identity_text)
    except crypto.CryptoError as exc:
        raise translate(exc) from None

    def attempt(
        _vault_id: str, recipient: str, _slots: Slots
    ) -> tuple[str | None, crypto.SecretBuffer] | None:
        return (None, identity) if crypto.recipient_of(identity) == recipient else None

    try:
        return _unlock(ctx, actor, usager_id, UnlockMethod.RECOVERY, None, attempt, None)
    except BaseException:
        identity.zero()
        raise


def reset_attempts(ctx: SiteContext, actor: Actor, usager_id: UsagerId) -> int:
    """A manager, with the person in front of them, lets the card and passphrase be tried
    again after too many failures; returns the count reset. Journalled."""
    require_manager(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        vault = live_vault(db, usager_id)
        failures = vault.failed_unlocks or 0
        vault.failed_unlocks, vault.locked_until = 0, None
        journal.append(
            db,
            actor,
            EntryKind.VAULT_LOCKOUT,
            now,
            usager_id=usager_id,
            data={"vault": vault.id, "action": "reset", "failures": failures},
        )
    return failures
