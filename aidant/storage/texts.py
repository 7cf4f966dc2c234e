"""The sentences of the site's storage: the database, its key and the system keyring.

Each member's name is a stable code, its value the French sentence with `{named}` fields;
`aidant.domain.errors.Text` explains how front ends use them.
"""

from __future__ import annotations

from aidant.domain.errors import Text


class StorageText(Text):
    NO_KEYRING = (
        "Aucun trousseau de clés du système n'est disponible : ouvrez une session de bureau "
        "(trousseau Windows, macOS ou Secret Service sous Linux) puis recommencez."
    )
    UNREADABLE_KEYRING_KEY = (
        "La clé enregistrée dans le trousseau est illisible : remettez-la avec « aidant key "
        "restore » et la feuille de secours du site."
    )
    UNREADABLE_DEMO_KEYS = (
        "Le fichier de clés du site de démonstration est illisible : supprimez le dossier de "
        "la démonstration, elle sera recréée."
    )
    KEY_SIZE = "La clé de la base de données doit faire {bits} bits."
    WRONG_KEY = (
        "La base de données du site ne s'ouvre pas avec cette clé (ou son en-tête est "
        "endommagé) : restaurez la clé depuis la feuille de secours ; si elle échoue aussi, "
        "restaurez la dernière sauvegarde."
    )
    SCHEMA_MISMATCH = (
        "La base de données du site ne correspond pas à cette version d'Aidant : restaurez une "
        "sauvegarde faite par cette version (ou, pour la démonstration, supprimez son dossier)."
    )
    SERVER_URL_INVALID = (
        "L'adresse du serveur du site n'est pas une adresse PostgreSQL "
        "(postgresql://…) : « {url} »."
    )
    SERVER_UNREACHABLE = (
        "Le serveur du site ne répond pas : vérifiez le réseau et que le serveur est allumé, "
        "puis réessayez."
    )
    SERVER_TLS_REQUIRED = (
        "L'adresse du serveur du site demande une connexion non chiffrée (sslmode={mode}) : "
        "Aidant exige TLS, sauf par une socket Unix sur le serveur même."
    )
    SERVER_NOT_PINNED = (
        "Ce poste n'a pas encore enregistré le certificat du serveur du site : lancez "
        "« aidant server enrol ADRESSE »."
    )
    SERVER_CERTIFICATE_MISMATCH = (
        "Le serveur du site présente un autre certificat que celui enregistré à l'inscription "
        "de ce poste : connexion refusée, prévenez l'administrateur du serveur."
    )
    SERVER_SOCKET_NO_CERTIFICATE = (
        "Cette adresse passe par une socket Unix du serveur même : il n'y a pas de certificat "
        "à enregistrer, donnez l'adresse réseau du serveur (postgresql://hôte:port/base)."
    )
    SERVER_NO_TLS = (
        "Le serveur du site n'accepte pas TLS : activez ssl dans sa configuration "
        "(docs/site-server.md) puis recommencez."
    )
    SERVER_LOGIN_REFUSED = "Le serveur du site a refusé cet identifiant ou ce mot de passe."
    SERVER_TOOL_MISSING = (
        "Le programme {program} de PostgreSQL est introuvable sur ce poste : installez les "
        "outils clients de PostgreSQL (paquet postgresql-client, de la version du serveur ou "
        "plus récente), puis réessayez."
    )
    SERVER_DUMP_FAILED = (
        "La sauvegarde ou la restauration du serveur du site a échoué (le détail est dans le "
        "journal technique) : rien n'a été modifié ; réessayez, ou appelez l'administrateur "
        "du serveur."
    )
    DUMP_DAMAGED = (
        "Le fichier de sauvegarde « {path} » est endommagé ou incomplet : rien n'a été "
        "restauré ; prenez une autre sauvegarde."
    )
    RESTORE_TARGET_NOT_EMPTY = (
        "La base « {database} » du serveur n'est pas vide : une sauvegarde se restaure dans "
        "une base neuve et vide (rien n'a été modifié)."
    )
    COPY_EMBEDDED_ONLY = (
        "Cette copie ne concerne que la base intégrée à ce poste : un site sur serveur se "
        "sauvegarde sur le serveur."
    )
