"""The sentences of the vault, and the labels of the document categories.

Each member's name is a stable code, its value the French sentence with `{named}` fields;
`aidant.domain.errors.Text` explains how front ends use them. The crypto package keeps its own
French sentences: `aidant.vault.errors.translate` picks the member below that says the same
thing, so that the interface can put it into its own language.
"""

from __future__ import annotations

from aidant.domain.errors import Text


class VaultText(Text):
    # The vault itself.
    NO_VAULT = "Cet usager n'a pas encore de coffre."
    VAULT_SHREDDED = "Le coffre de cet usager a été détruit."
    VAULT_EXISTS = "Cet usager a déjà un coffre."
    VAULT_GONE = "Ce coffre n'existe pas ou a déjà été détruit."
    VAULT_LOCKED = "Le coffre a été verrouillé : ouvrez-le de nouveau."
    VAULT_KEY_REPLACED = (
        "La clé de ce coffre a été remplacée dans la base de données : le coffre n'est ni "
        "ouvert ni rempli ; prévenez le responsable du site."
    )
    VAULT_KEY_NOT_RECORDED = (
        "Le journal ne dit pas quelle clé a été donnée à ce coffre : aucun document n'y est "
        "déposé avant que la personne l'ait ouvert une fois ; prévenez le responsable du site."
    )
    # Ways in: PIN, card, passphrase.
    PIN_LENGTH = "Le code personnel doit comporter de {min_digits} à {max_digits} chiffres."
    PIN_ONE_DIGIT = "Le code personnel ne peut pas répéter le même chiffre partout."
    # A PIN or passphrase easy to guess (`secret_rules`): each says why, in one sentence.
    PIN_COMMON = (
        "Ce code personnel est l'un des plus utilisés, essayé en premier par qui veut deviner : "
        "choisissez-en un autre."
    )
    PIN_REPEATED = "Ce code personnel répète un même motif : il se devine vite."
    PIN_SEQUENCE = (
        "Ce code personnel avance d'un même pas de chiffre en chiffre (comme 1234 ou 2468) : "
        "il se devine vite."
    )
    PIN_YEAR = "Ce code personnel ressemble à une année : il se devine vite."
    PIN_BIRTH_DATE = (
        "Ce code personnel reprend la date de naissance de la personne, que d'autres connaissent."
    )
    PIN_NAME = (
        "Ce code personnel épelle le nom de la personne sur un clavier de téléphone : il se devine."
    )
    PASSPHRASE_PERSONAL = (
        "La phrase secrète est faite du nom ou de la date de naissance de la personne, que "
        "d'autres connaissent : ajoutez-y des mots que personne ne devinerait."
    )
    PIN_CHANGE_NEEDS_CARD = (
        "Pour changer le code personnel, ouvrez le coffre avec la carte ; "
        "sinon, faites une nouvelle carte."
    )
    LAST_WAY_IN = "Le coffre doit garder au moins un moyen d'ouverture (carte ou phrase secrète)."
    SLOT_KIND_MISMATCH = "Une clé d'accès de ce coffre ne correspond pas à son type."
    # Wrong secrets and the wait after too many (see `lockout`): one member per plural form.
    WRONG_CODE = "Code incorrect."
    WRONG_CODE_ONE_TRY_LEFT = "Code incorrect : il reste 1 essai avant une attente."
    WRONG_CODE_TRIES_LEFT = "Code incorrect : il reste {tries} essais avant une attente."
    WAIT_ONE_SECOND = "Trop d'essais incorrects : attendez 1 seconde avant de réessayer."
    WAIT_SECONDS = "Trop d'essais incorrects : attendez {seconds} secondes avant de réessayer."
    WAIT_ONE_MINUTE = "Trop d'essais incorrects : attendez 1 minute avant de réessayer."
    WAIT_MINUTES = "Trop d'essais incorrects : attendez {minutes} minutes avant de réessayer."
    LOCKED_ONE_SECOND = "Code incorrect, et trop d'essais : attendez 1 seconde avant de réessayer."
    LOCKED_SECONDS = (
        "Code incorrect, et trop d'essais : attendez {seconds} secondes avant de réessayer."
    )
    LOCKED_ONE_MINUTE = "Code incorrect, et trop d'essais : attendez 1 minute avant de réessayer."
    LOCKED_MINUTES = (
        "Code incorrect, et trop d'essais : attendez {minutes} minutes avant de réessayer."
    )
    VAULT_BLOCKED = (
        "Trop d'essais manqués pour ce coffre : il ne s'ouvre plus qu'avec la feuille de "
        "secours, ou après une remise à zéro par le responsable du site, devant la personne."
    )
    # Documents: deposit, description, stored file, export.
    SOURCE_IS_FOLDER = "« {path} » est un dossier, pas un document à déposer."
    SOURCE_NOT_A_FILE = "« {path} » n'est pas un fichier que l'on peut déposer."
    VAULT_RECREATED_DURING_DEPOSIT = (
        "Le coffre a été recréé pendant le dépôt : recommencez le dépôt du document."
    )
    UNKNOWN_CATEGORY = "Catégorie inconnue « {given} » : choisissez parmi {choices}."
    TITLE_EMPTY = "Le titre du document est vide."
    TITLE_TOO_LONG = "Le titre du document dépasse {max_length} caractères."
    TITLE_HIDDEN_CHARACTERS = (
        "Le titre du document contient un caractère invisible ou de contrôle : retapez-le."
    )
    THUMBNAIL_INVALID = (
        "La vignette d'un document doit être une image PNG ou JPEG de {max_kib} Ko au plus."
    )
    QUOTA_EXCEEDED = (
        "Ce document ({size} Mo) ne tient plus dans le coffre : {used} Mo sont déjà utilisés "
        "sur les {quota} Mo permis ; supprimez des documents ou demandez au responsable du site."
    )
    NEGATIVE_PAGE_COUNT = "Le nombre de pages ne peut pas être négatif."
    NO_SUCH_DOCUMENT = "Ce document n'existe pas dans ce coffre."
    METADATA_MISMATCH = (
        "La description d'un document ne correspond pas à son fichier : "
        "elle a été déplacée ou modifiée."
    )
    BLOB_MISSING = (
        "Le fichier chiffré de ce document est introuvable (supprimé ou déplacé) : "
        "restaurez-le depuis la dernière sauvegarde (dossier vaults)."
    )
    BLOB_EMPTY = (
        "Le fichier chiffré de ce document est vide : restaurez-le depuis la dernière "
        "sauvegarde (dossier vaults)."
    )
    BLOB_MISSING_ON_SERVER = (
        "Le contenu chiffré de ce document manque sur le serveur du site : restaurez la "
        "dernière sauvegarde du serveur."
    )
    DEPOSIT_SERVER_LOST = (
        "Le serveur du site ne répond plus : rien n'a été enregistré à moitié ; vérifiez dans "
        "le coffre si le document y est, sinon déposez-le de nouveau quand le serveur répond."
    )
    BLOB_SWAPPED = (
        "Le fichier chiffré de ce document a été échangé avec celui d'un autre "
        "document : il ne correspond pas à celui qui a été déposé."
    )
    EXPORT_FOLDER_MISSING = "Le dossier « {path} » n'existe pas : choisissez un dossier existant."
    EXPORT_OUTSIDE_FOLDER = (
        "La copie serait enregistrée hors du dossier choisi : elle n'a pas été enregistrée."
    )
    PLAINTEXT_IN_DATA_DIR = (
        "On ne peut pas enregistrer un document en clair dans le dossier d'Aidant."
    )
    # What crypto/ reports, by error class (crypto.errors) and, for malformed secrets and weak
    # passphrases, by `crypto.Reason` (the members named like the reasons).
    CRYPTO_FAILED = "Une erreur de chiffrement est survenue."
    SECRET_ERASED = "Le coffre est verrouillé : ce secret a déjà été effacé de la mémoire."
    SLOT_CORRUPT = "La clé d'accès enregistrée pour ce coffre est illisible ou endommagée."
    SLOT_TOO_NEW = (
        "La clé d'accès de ce coffre a été créée par une version plus récente de l'application."
    )
    WRONG_SECRET = "Le code ou la phrase secrète ne permet pas d'ouvrir ce coffre."
    RECIPIENT_INVALID = "La clé publique du coffre est invalide."
    SEAL_BROKEN = "Une valeur chiffrée est illisible : sa clé a changé ou elle a été modifiée."
    CARD_CODE_MALFORMED = "Le code de la carte du coffre est mal saisi."
    CARD_CODE_LENGTH = (
        "Le code de la carte doit comporter {expected} caractères "
        "(sans compter les tirets) ; {given} ont été saisis."
    )
    CARD_CODE_CHARACTER = (
        "Le caractère « {character} » n'existe pas dans les codes de carte ; vérifiez la saisie."
    )
    CARD_CODE_TYPO = (
        "Le code de la carte contient une faute de frappe ; vérifiez-le caractère par caractère."
    )
    RECOVERY_KEY_MALFORMED = "La clé de secours est mal saisie."
    RECOVERY_KEY_PREFIX = "La clé de secours doit commencer par « AGE-SECRET-KEY-1 »."
    RECOVERY_KEY_LENGTH = (
        "La clé de secours doit comporter {expected} caractères ; {given} ont été saisis."
    )
    RECOVERY_KEY_CHARACTER = (
        "Le caractère « {character} » ne peut pas figurer dans une clé de secours."
    )
    RECOVERY_KEY_TYPO = (
        "La clé de secours contient une faute de frappe ; vérifiez-la caractère par caractère."
    )
    PASSPHRASE_WEAK = "La phrase secrète est trop facile à deviner."
    PASSPHRASE_TOO_SHORT = "La phrase secrète est trop courte : {min_length} caractères au moins."
    PASSPHRASE_REPEATS = "La phrase secrète répète trop de fois le même caractère à la suite."
    PASSPHRASE_FEW_CHARACTERS = "La phrase secrète utilise trop peu de caractères différents."
    PASSPHRASE_TOO_COMMON = (
        "La phrase secrète est trop courante : choisissez des mots moins attendus."
    )
    PASSPHRASE_SEQUENCE = (
        "La phrase secrète contient une suite prévisible, comme « 1234 » ou « azerty »."
    )
    PASSPHRASE_TOO_SIMPLE = (
        "La phrase secrète doit contenir plusieurs mots, ou mélanger lettres, chiffres et symboles."
    )
    DOCUMENT_UNREADABLE = "Le document chiffré ne peut pas être ouvert."
    ENCRYPTION_FAILED = "Le document n'a pas pu être chiffré."
    NOT_A_VAULT_DOCUMENT = "Ce fichier n'est pas un document chiffré du coffre."
    DOCUMENT_EMPTY = "Le fichier du document est vide."
    DOCUMENT_TRUNCATED = "Le fichier du document est incomplet : il a été tronqué."
    DOCUMENT_END_MISSING = "Le fichier du document est incomplet : sa dernière partie manque."
    DOCUMENT_HEADER_MODIFIED = "L'en-tête du document chiffré a été modifié ou endommagé."
    DOCUMENT_CONTENT_MODIFIED = "Le contenu du document chiffré a été modifié ou endommagé."
    DOCUMENT_OTHER_VAULT = "Ce document n'a pas été chiffré pour ce coffre."


class CategoryText(Text):
    """The label of each document category (`metadata.Category`, same member names)."""

    IDENTITE = "Identité"
    SEJOUR = "Titre de séjour"
    IMPOTS = "Impôts"
    CAF = "CAF - Allocations"
    SANTE = "Santé"
    TRAVAIL = "Travail - Emploi"
    LOGEMENT = "Logement"
    BANQUE = "Banque"
    FAMILLE = "Famille"
    AUTRE = "Autre"
