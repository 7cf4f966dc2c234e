"""What setting a site up, backing it up and checking it say when they refuse.

Member name: the stable code; value: the French sentence with `{named}` fields
(see `aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class SetupText(Text):
    SITE_NAME_EMPTY = "Le nom du site ne peut pas être vide."
    SITE_EXISTS = "Un site est déjà installé dans « {root} »."
    BACKUP_EXISTS = "« {path} » existe déjà."
    NOT_A_SERVER_BACKUP = (
        "« {path} » n'est pas la sauvegarde d'un site sur serveur (il y manque « {file} ») : "
        "la sauvegarde d'un site sur ce poste se restaure en copiant son dossier à la place "
        "du dossier des données."
    )
    RESTORE_OTHER_SITE = (
        "Un autre site est installé dans « {root} » : restaurez depuis un dossier de données "
        "vide ou celui du même site (rien n'a été modifié)."
    )
    SITE_KEYS_MISSING = "Les clés du site sont absentes du trousseau."
    NO_SHEET_ON_SERVER = (
        "Un site sur serveur n'a pas de clé de base à imprimer : ses données s'ouvrent avec la "
        "connexion de chaque agent. Gardez ses sauvegardes (aidant backup --server-owner) ; "
        "l'empreinte de la clé racine s'imprime sur le reçu du journal (aidant journal "
        "checkpoint --pdf)."
    )
    NO_KEY_RESTORE_ON_SERVER = (
        "Sur un site sur serveur, la feuille de secours ne rétablit rien : un responsable donne "
        "un nouveau mot de passe (aidant agent reset). Gardez au moins deux responsables : sans "
        "aucun, plus personne ne peut nommer d'agent."
    )
    RESTORE_NEEDS_MANAGER = "« {login} » n'est pas un responsable actif de ce site."
    PDF_INVALID = "Le PDF produit est invalide."
    CHECK_CRASHED = (
        "Cette vérification s'est arrêtée sur une erreur interne (voir le journal technique)."
    )
    DATABASE_DAMAGED_AT = (
        "La base de données est endommagée ({where}) : restaurez la dernière sauvegarde "
        "(copiez son dossier à la place du dossier des données, puis aidant key restore si "
        "ce poste n'a pas les clés, puis aidant self-test)."
    )
    VAULT_FILES_DAMAGED = (
        "{count} fichier(s) de coffre manquent ou sont endommagés ({files}) : restaurez-les "
        "depuis la dernière sauvegarde (dossier vaults), puis relancez aidant self-test."
    )
    DATABASE_KEY_REFUSED = (
        "Cette clé n'ouvre pas la base de données de ce site : vérifiez que la feuille de "
        "secours est bien celle de ce site et retapez la clé (rien n'a été enregistré)."
    )
    SIGNING_KEY_REFUSED = (
        "Cette clé de signature n'est pas celle du journal de ce site : retapez la seconde "
        "clé de la feuille de secours (rien n'a été enregistré)."
    )
    SERVER_URL_HAS_PASSWORD = (
        "L'adresse du serveur contient un mot de passe : site.json n'est pas un coffre, "
        "donnez l'adresse sans mot de passe (chaque agent se connecte avec le sien)."
    )
    SERVER_FINGERPRINT_MISMATCH = (
        "Le certificat présenté par le serveur ({seen}) n'a pas l'empreinte attendue : "
        "rien n'a été enregistré, vérifiez l'adresse et l'empreinte auprès de l'administrateur."
    )
    SERVER_FINGERPRINT_NOT_CONFIRMED = (
        "Empreinte non confirmée : rien n'a été enregistré sur ce poste."
    )
    SERVER_HOLDS_A_SITE = (
        "Un site est déjà installé dans la base « {root} » : pour en ajouter un autre à côté "
        "(communauté de communes), utilisez aidant server add-site."
    )
    SERVER_HOLDS_NO_SITE = (
        "La base « {root} » ne contient encore aucun site : installez le premier avec "
        "aidant server init."
    )
    NOT_A_SERVER_SITE = "Ce poste n'utilise pas de serveur de site : ses données sont ici."
    BACKUP_NEEDS_OWNER = (
        "La sauvegarde d'un site sur serveur se fait avec la connexion de l'administrateur du "
        "serveur : ajoutez --server-owner postgresql://propriétaire@hôte:port/base (rien n'a été "
        "écrit)."
    )
    MAINTENANCE_REFUSED = (
        "Le serveur a refusé la connexion de maintenance : vérifiez son mot de passe (celui "
        "qu'« aidant server init » a affiché) ; rien n'a été effacé."
    )
    IMPORT_ALREADY_ON_SERVER = "Ce site est déjà sur un serveur : il n'y a rien à y importer."
    IMPORT_JOURNAL_BROKEN = (
        "Le journal de ce site ne se vérifie pas : rien n'a été importé, faites d'abord "
        "vérifier le journal (aidant journal verify)."
    )
    IMPORT_KEYS_MISSING = (
        "Les clés du responsable n'ont pas été trouvées à l'ouverture du site : rien n'a été "
        "importé, reconnectez-vous avec votre mot de passe."
    )
