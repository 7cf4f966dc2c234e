"""A vault's public key bound to what the journal recorded when the vault was made.

The `vaults.recipient` column says to which key deposits are sealed. Someone who can open the
database (its key is in the OS keyring of the PC) could put their own key there: later deposits
would be sealed to them. So the key's digest goes into the vault's creation entry of the
journal, and:

- a deposit checks the vault's key against that entry, and refuses when the entry is missing
  or says another key;
- an unlock checks that the identity the usager's secret unwrapped is the vault's key, and
  that this key is the one the journal recorded.

The card shows a short fingerprint of the key (`fingerprint`) so that a person can compare it.
A vault made before this check has a creation entry without the digest: its first unlock by
the usager's own secret records the digest (a `VAULT_SLOT_CHANGED` entry, action "bound").
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

import crypto
from aidant import journal
from aidant.domain.actors import Actor
from aidant.domain.errors import Refused
from aidant.journal import EntryKind
from aidant.storage.models import JournalEntry
from aidant.vault.texts import VaultText

#: The field of the journal entries that carries the digest of the vault's key.
DIGEST_FIELD = "recipient_sha256"
BOUND = "bound"


def digest(recipient: str) -> str:
    """The SHA-256 of the vault's public key (its `age1…` text), in hex."""
    return hashlib.sha256(recipient.encode("ascii")).hexdigest()


def fingerprint(recipient: str) -> str:
    """A short fingerprint of the vault's key for the card: 16 letters and digits (80 bits)."""
    raw = hashlib.sha256(recipient.encode("ascii")).digest()[:10]
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def recorded_digest(db: Session, usager_id: str, vault_id: str) -> str | None:
    """The digest the journal recorded for the vault's current key: from its latest creation
    entry, or from a later "bound" entry; None when there is none."""
    kinds = (EntryKind.VAULT_CREATED.value, EntryKind.VAULT_SLOT_CHANGED.value)
    rows = db.scalars(
        select(JournalEntry)
        .where(JournalEntry.usager_id == usager_id, JournalEntry.kind.in_(kinds))
        .order_by(JournalEntry.seq.desc())
    )
    for row in rows:
        data = json.loads(row.data)
        if data.get("vault") != vault_id:
            continue
        if row.kind == EntryKind.VAULT_SLOT_CHANGED.value and data.get("action") != BOUND:
            continue
        value = data.get(DIGEST_FIELD)
        return value if isinstance(value, str) else None
    return None


def check_recorded(db: Session, usager_id: str, vault_id: str, recipient: str) -> None:
    """Refuse (one sentence) a vault key the journal did not record at the vault's creation."""
    recorded = recorded_digest(db, usager_id, vault_id)
    if recorded is None:
        raise Refused(VaultText.VAULT_KEY_NOT_RECORDED)
    if recorded != digest(recipient):
        raise Refused(VaultText.VAULT_KEY_REPLACED)


def check_unlocked(
    db: Session,
    actor: Actor,
    usager_id: str,
    vault_id: str,
    recipient: str,
    identity: crypto.SecretBuffer,
    now: dt.datetime,
) -> None:
    """After an unlock: the unwrapped identity must be the vault's key, and that key the one
    the journal recorded. A vault made before the record gets it now (its owner's secret just
    proved the key)."""
    if crypto.recipient_of(identity) != recipient:
        raise Refused(VaultText.VAULT_KEY_REPLACED)
    recorded = recorded_digest(db, usager_id, vault_id)
    if recorded is None and _created_without_digest(db, usager_id, vault_id):
        journal.append(
            db,
            actor,
            EntryKind.VAULT_SLOT_CHANGED,
            now,
            usager_id=usager_id,
            data={"vault": vault_id, "action": BOUND, DIGEST_FIELD: digest(recipient)},
        )
        return
    check_recorded(db, usager_id, vault_id, recipient)


def _created_without_digest(db: Session, usager_id: str, vault_id: str) -> bool:
    """True when the vault's latest creation entry predates the digest (an older vault)."""
    rows = db.scalars(
        select(JournalEntry)
        .where(
            JournalEntry.usager_id == usager_id,
            JournalEntry.kind == EntryKind.VAULT_CREATED.value,
        )
        .order_by(JournalEntry.seq.desc())
    )
    for row in rows:
        data = json.loads(row.data)
        if data.get("vault") == vault_id:
            return DIGEST_FIELD not in data
    return False
