"""Encrypted per-usager document vaults (age format), see docs/vault.md."""

from aidant.vault.deposit import deposit
from aidant.vault.lifecycle import VaultCreated, create_vault, has_vault, shred_vault, vault_id_of
from aidant.vault.metadata import (
    CATEGORY_LABELS,
    Category,
    DocumentMetadata,
    category_text,
    parse_category,
)
from aidant.vault.open_vault import (
    DocumentSummary,
    OpenVault,
    UnlockMethod,
    VaultIsLocked,
    expiring_papers,
)
from aidant.vault.slots import change_pin, issue_new_card, remove_slot, set_passphrase
from aidant.vault.store import remove_orphans
from aidant.vault.texts import CategoryText, VaultText
from aidant.vault.unlock import (
    reset_attempts,
    unlock_with_card,
    unlock_with_passphrase,
    unlock_with_recovery,
)

__all__ = [
    "CATEGORY_LABELS",
    "Category",
    "CategoryText",
    "DocumentMetadata",
    "DocumentSummary",
    "OpenVault",
    "UnlockMethod",
    "VaultCreated",
    "VaultIsLocked",
    "VaultText",
    "category_text",
    "change_pin",
    "create_vault",
    "deposit",
    "expiring_papers",
    "has_vault",
    "issue_new_card",
    "parse_category",
    "remove_orphans",
    "remove_slot",
    "reset_attempts",
    "set_passphrase",
    "shred_vault",
    "unlock_with_card",
    "unlock_with_passphrase",
    "unlock_with_recovery",
    "vault_id_of",
]
