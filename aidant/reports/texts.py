"""The sentences and labels of reports: audit entry kinds, activity figures, export errors.

Member names are stable codes; values are the French texts with `{named}` fields (see
`aidant.domain.errors.Text`). `{name}` is a file's name, dates are written as in the files.
"""

from __future__ import annotations

from aidant.domain.errors import Text


class ReportText(Text):
    """Why a period, a date or an anonymous export was refused."""

    PERIOD_REVERSED = "La fin de la période est avant son début."
    UNREADABLE_DATE = "Date illisible « {text} » : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA."
    NOT_AN_AGGREGATE = "« {name} » n'est pas un export anonyme d'Aidant (aidant stats --anonymous)."
    OTHER_FORMAT_VERSION = "« {name} » est d'une autre version du format : fusion impossible."
    TOO_FEW_FILES = "Donnez au moins deux fichiers à fusionner."
    OTHER_PERIOD = (
        "« {name} » couvre la période du {first} au {last}, pas celle de « {reference} » "
        "(du {reference_first} au {reference_last}) : fusion impossible."
    )
    SITE_COUNTED_TWICE = "« {name} » contient un site déjà compté dans un autre fichier."


class KindText(Text):
    """A journal entry's kind, as audit screens and exports name it (one per `EntryKind`)."""

    SITE_CREATED = "Site installé"
    SETTINGS_CHANGED = "Réglage modifié"
    CHECKPOINT = "Point de contrôle signé"
    BACKUP_MADE = "Sauvegarde"
    AGENT_CREATED = "Agent créé"
    AGENT_UPDATED = "Agent modifié"
    AGENT_DEACTIVATED = "Agent désactivé"
    AGENT_LOGIN = "Connexion d'un agent"
    AGENT_LOGIN_FAILED = "Connexion refusée"
    AGENT_LOCKED_OUT = "Compte d'agent bloqué"
    AGENT_LOGOUT = "Déconnexion d'un agent"
    AGENT_TOTP_ENROLLED = "Code à usage unique activé"
    AGENT_PASSWORD_CHANGED = "Mot de passe changé par l'agent"
    AGENT_PASSWORD_RESET = "Mot de passe d'un agent réinitialisé"
    AGENT_REACTIVATED = "Agent réactivé"
    AGENT_CERTIFIED = "Certificat d'agent signé"
    SITE_ROOT_REPLACED = "Clé racine du site remplacée"
    SITE_ACCESS_UPGRADED = "Clé du site placée derrière les mots de passe des agents"
    JOURNAL_ROLLBACK_ACKNOWLEDGED = "Journal raccourci ou remplacé, constaté par un responsable"
    USAGER_CREATED = "Usager enregistré"
    USAGER_UPDATED = "Usager modifié"
    USAGER_ERASED = "Données d'un usager effacées"
    PROCHE_CREATED = "Proche enregistré"
    MANDATE_CREATED = "Mandat créé"
    MANDATE_RENEWED = "Mandat renouvelé"
    MANDATE_REVOKED = "Mandat révoqué"
    MANDATE_EXPIRED = "Mandat expiré"
    MANDATE_DRAFT_DELETED = "Projet de mandat supprimé"
    AUTHORISATION_REVOKED = "Démarche retirée d'un mandat"
    CONSENT_GIVEN = "Consentement donné"
    CONSENT_REFUSED = "Consentement refusé"
    SIGNED_FORM_LINKED = "Formulaire signé rattaché"
    FORM_PRINTED = "Formulaire imprimé"
    ACTION_RECORDED = "Démarche effectuée"
    ACTION_REFUSED = "Démarche refusée"
    VAULT_CREATED = "Coffre créé"
    VAULT_UNLOCKED = "Coffre ouvert"
    VAULT_UNLOCK_FAILED = "Ouverture de coffre refusée"
    VAULT_LOCKOUT = "Coffre bloqué"
    VAULT_LOCKED = "Coffre refermé"
    VAULT_SLOT_CHANGED = "Accès au coffre modifié"
    VAULT_SHREDDED = "Coffre détruit"
    DOCUMENT_DEPOSITED = "Document déposé"
    DOCUMENT_OPENED = "Document ouvert"
    DOCUMENT_PRINTED = "Document imprimé"
    DOCUMENT_EXPORTED = "Document exporté"
    DOCUMENT_DELETED = "Document supprimé"
    SESSION_STARTED = "Session ouverte"
    SESSION_ENDED = "Session fermée"
    WIPE_DONE = "Nettoyage du poste"
    PURGE_DONE = "Purge des données anciennes"
    AUDIT_EXPORTED = "Journal exporté"


class FigureText(Text):
    """The headline figures of an activity report (member = the figure's key, upper case)."""

    MANDATES_CREATED = "Mandats créés"
    MANDATES_ACTIVE = "Mandats actifs"
    USAGERS_HELPED = "Usagers accompagnés"
    USAGERS_NEW = "dont nouveaux"
    USAGERS_RETURNING = "dont déjà venus"
    ACTIONS_TOTAL = "Démarches effectuées"
    DOCUMENTS_DEPOSITED = "Documents déposés"
    DOCUMENTS_PRINTED = "Documents imprimés"
