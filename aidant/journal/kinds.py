"""Every kind of journal entry. The values are part of the journal format: never rename one."""

from __future__ import annotations

import enum


class EntryKind(enum.StrEnum):
    SITE_CREATED = "site_created"
    SETTINGS_CHANGED = "settings_changed"
    CHECKPOINT = "checkpoint"
    BACKUP_MADE = "backup_made"

    AGENT_CREATED = "agent_created"
    AGENT_UPDATED = "agent_updated"
    AGENT_DEACTIVATED = "agent_deactivated"
    AGENT_LOGIN = "agent_login"
    AGENT_LOGIN_FAILED = "agent_login_failed"
    AGENT_LOCKED_OUT = "agent_locked_out"
    AGENT_LOGOUT = "agent_logout"
    AGENT_TOTP_ENROLLED = "agent_totp_enrolled"
    AGENT_PASSWORD_CHANGED = "agent_password_changed"  # noqa: S105 - a kind name
    AGENT_PASSWORD_RESET = "agent_password_reset"  # noqa: S105 - a kind name
    AGENT_REACTIVATED = "agent_reactivated"
    #: A manager signed an agent's certificate (signing key, role, active) with the root key.
    AGENT_CERTIFIED = "agent_certified"
    #: The site root key was replaced (recovery sheet on a new PC): every agent re-certified.
    SITE_ROOT_REPLACED = "site_root_replaced"
    #: A site made before login slots: its database key left the key store for login slots.
    SITE_ACCESS_UPGRADED = "site_access_upgraded"
    #: A manager acknowledged a journal shorter than, or diverging from, this PC's anchor.
    JOURNAL_ROLLBACK_ACKNOWLEDGED = "journal_rollback_acknowledged"

    USAGER_CREATED = "usager_created"
    USAGER_UPDATED = "usager_updated"
    USAGER_ERASED = "usager_erased"
    PROCHE_CREATED = "proche_created"

    MANDATE_CREATED = "mandate_created"
    MANDATE_RENEWED = "mandate_renewed"
    MANDATE_REVOKED = "mandate_revoked"
    MANDATE_EXPIRED = "mandate_expired"
    #: A draft nobody answered was discarded (it had authorised nothing).
    MANDATE_DRAFT_DELETED = "mandate_draft_deleted"
    AUTHORISATION_REVOKED = "authorisation_revoked"
    CONSENT_GIVEN = "consent_given"
    CONSENT_REFUSED = "consent_refused"
    SIGNED_FORM_LINKED = "signed_form_linked"
    FORM_PRINTED = "form_printed"

    ACTION_RECORDED = "action_recorded"
    ACTION_REFUSED = "action_refused"

    VAULT_CREATED = "vault_created"
    VAULT_UNLOCKED = "vault_unlocked"
    VAULT_UNLOCK_FAILED = "vault_unlock_failed"
    VAULT_LOCKOUT = "vault_lockout"
    VAULT_LOCKED = "vault_locked"
    VAULT_SLOT_CHANGED = "vault_slot_changed"
    VAULT_SHREDDED = "vault_shredded"
    DOCUMENT_DEPOSITED = "document_deposited"
    DOCUMENT_OPENED = "document_opened"
    DOCUMENT_PRINTED = "document_printed"
    DOCUMENT_EXPORTED = "document_exported"
    DOCUMENT_DELETED = "document_deleted"

    SESSION_STARTED = "session_started"
    SESSION_ENDED = "session_ended"
    WIPE_DONE = "wipe_done"
    PURGE_DONE = "purge_done"
    #: A manager exported part of the journal (audit view) to a file.
    AUDIT_EXPORTED = "audit_exported"
