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
from aidant.vault.names import check_title, export_file_name, safe_stem
from aidant.vault.open_vault import (
    DocumentSummary,
    OpenVault,
    UnlockMethod,
    VaultIsLocked,
    expiring_papers,
)
from aidant.vault.quota import VaultUsage, usage
from aidant.vault.slots import change_pin, issue_new_card, remove_slot, set_passphrase
from aidant.vault.store import remove_orphans
from aidant.vault.texts import CategoryText, VaultText
from aidant.vault.thumbnails import MAX_THUMBNAIL_BYTES
from aidant.vault.unlock import (
    reset_attempts,
    unlock_with_card,
    unlock_with_passphrase,
    unlock_with_recovery,
)

__all__ = [
    "CATEGORY_LABELS",
    "MAX_THUMBNAIL_BYTES",
    "Category",
    "CategoryText",
    "DocumentMetadata",
    "DocumentSummary",
    "OpenVault",
    "UnlockMethod",
    "VaultCreated",
    "VaultIsLocked",
    "VaultText",
    "VaultUsage",
    "category_text",
    "change_pin",
    "check_title",
    "create_vault",
    "deposit",
    "expiring_papers",
    "export_file_name",
    "has_vault",
    "issue_new_card",
    "parse_category",
    "remove_orphans",
    "remove_slot",
    "reset_attempts",
    "safe_stem",
    "set_passphrase",
    "shred_vault",
    "unlock_with_card",
    "unlock_with_passphrase",
    "unlock_with_recovery",
    "usage",
    "vault_id_of",
]
