"""Plain-French labels of journal entry kinds, for audit screens and exports."""

from __future__ import annotations

from aidant.journal.kinds import EntryKind

KIND_LABELS: dict[EntryKind, str] = {
    EntryKind.SITE_CREATED: "Site installé",
    EntryKind.SETTINGS_CHANGED: "Réglage modifié",
    EntryKind.CHECKPOINT: "Point de contrôle signé",
    EntryKind.BACKUP_MADE: "Sauvegarde",
    EntryKind.AGENT_CREATED: "Agent créé",
    EntryKind.AGENT_UPDATED: "Agent modifié",
    EntryKind.AGENT_DEACTIVATED: "Agent désactivé",
    EntryKind.AGENT_LOGIN: "Connexion d'un agent",
    EntryKind.AGENT_LOGIN_FAILED: "Connexion refusée",
    EntryKind.AGENT_LOCKED_OUT: "Compte d'agent bloqué",
    EntryKind.AGENT_LOGOUT: "Déconnexion d'un agent",
    EntryKind.AGENT_TOTP_ENROLLED: "Code à usage unique activé",
    EntryKind.USAGER_CREATED: "Usager enregistré",
    EntryKind.USAGER_UPDATED: "Usager modifié",
    EntryKind.USAGER_ERASED: "Données d'un usager effacées",
    EntryKind.PROCHE_CREATED: "Proche enregistré",
    EntryKind.MANDATE_CREATED: "Mandat créé",
    EntryKind.MANDATE_RENEWED: "Mandat renouvelé",
    EntryKind.MANDATE_REVOKED: "Mandat révoqué",
    EntryKind.MANDATE_EXPIRED: "Mandat expiré",
    EntryKind.AUTHORISATION_REVOKED: "Démarche retirée d'un mandat",
    EntryKind.CONSENT_GIVEN: "Consentement donné",
    EntryKind.CONSENT_REFUSED: "Consentement refusé",
    EntryKind.SIGNED_FORM_LINKED: "Formulaire signé rattaché",
    EntryKind.FORM_PRINTED: "Formulaire imprimé",
    EntryKind.ACTION_RECORDED: "Démarche effectuée",
    EntryKind.ACTION_REFUSED: "Démarche refusée",
    EntryKind.VAULT_CREATED: "Coffre créé",
    EntryKind.VAULT_UNLOCKED: "Coffre ouvert",
    EntryKind.VAULT_UNLOCK_FAILED: "Ouverture de coffre refusée",
    EntryKind.VAULT_LOCKOUT: "Coffre bloqué",
    EntryKind.VAULT_LOCKED: "Coffre refermé",
    EntryKind.VAULT_SLOT_CHANGED: "Accès au coffre modifié",
    EntryKind.VAULT_SHREDDED: "Coffre détruit",
    EntryKind.DOCUMENT_DEPOSITED: "Document déposé",
    EntryKind.DOCUMENT_OPENED: "Document ouvert",
    EntryKind.DOCUMENT_PRINTED: "Document imprimé",
    EntryKind.DOCUMENT_EXPORTED: "Document exporté",
    EntryKind.DOCUMENT_DELETED: "Document supprimé",
    EntryKind.SESSION_STARTED: "Session ouverte",
    EntryKind.SESSION_ENDED: "Session fermée",
    EntryKind.WIPE_DONE: "Nettoyage du poste",
    EntryKind.PURGE_DONE: "Purge des données anciennes",
    EntryKind.AUDIT_EXPORTED: "Journal exporté",
}


def kind_label(kind: str) -> str:
    try:
        return KIND_LABELS[EntryKind(kind)]
    except (ValueError, KeyError):
        return kind
