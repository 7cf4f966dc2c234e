"""What the site context says when a site cannot be opened or a setting is refused.

Member name: the stable code; value: the French sentence with `{named}` fields
(see `aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class SiteText(Text):
    NOT_INITIALISED = (
        "Aucun site n'est installé dans « {root} » : "
        "lancez d'abord « aidant init --site-name NOM »."
    )
    SITE_FILE_DAMAGED = (
        "Le fichier « {path} » est illisible ou endommagé : restaurez-le depuis la dernière "
        "sauvegarde du site."
    )
    DATABASE_KEY_MISSING = (
        "La clé de la base de données est absente du trousseau de ce poste : "
        "restaurez-la avec « aidant key restore » et la feuille de secours du site."
    )
    DATABASE_MISSING = (
        "La base de données « {path} » est introuvable : restaurez la dernière sauvegarde du site."
    )
    DEVICE_SECRET_MISSING = (
        "Le secret de ce poste est absent du trousseau : restaurez l'accès au site avec "
        "« aidant key restore » et la feuille de secours du site."
    )
    ACCESS_FILE_MISSING = (
        "Le fichier d'accès du site est introuvable : restaurez l'accès au site avec "
        "« aidant key restore » et la feuille de secours du site."
    )
    ACCESS_FILE_DAMAGED = (
        "Le fichier d'accès du site est endommagé ou a été modifié hors d'Aidant : restaurez "
        "l'accès au site avec « aidant key restore » et la feuille de secours du site."
    )
    LOGIN_NEEDED = "Ce site ne s'ouvre qu'avec l'identifiant et le mot de passe d'un agent."
    JOURNAL_SHORTER = (
        "Le journal de ce site compte {found} entrées alors que ce poste en a vu {expected} : "
        "une copie plus ancienne de la base a été remise ou sa fin a été effacée, et un "
        "responsable doit le constater avant toute autre action."
    )
    JOURNAL_DIVERGES = (
        "L'entrée n° {seq} du journal n'est plus celle que ce poste a vue : une autre copie de "
        "la base a été remise, et un responsable doit le constater avant toute autre action."
    )
    ANCHOR_DAMAGED = (
        "La trace du journal gardée par ce poste a été modifiée hors d'Aidant : un responsable "
        "doit le constater avant toute autre action."
    )
    ROLLBACK_NEEDS_MANAGER = "Seul un responsable du site peut constater ce problème du journal."
    DATABASE_TOO_NEW = (
        "Cette base a été créée par une version plus récente d'Aidant : mettez à jour."
    )
    IDENTITY_MISSING = "La base de ce site ne contient pas sa description : elle est abîmée."
    SETTING_WANTS_YES_NO = "Le réglage « {key} » attend oui ou non."
    SETTING_WANTS_COUNT = "Le réglage « {key} » attend un nombre entier positif."
    SETTING_WANTS_LIST = "Le réglage « {key} » attend une liste."
    SETTING_WANTS_TEXT = "Le réglage « {key} » attend un texte."
    UNKNOWN_DEMARCHES = "Démarche inconnue : {demarches}."
    NO_TEMPLATE = "Aucun modèle « {form} » en langue « {lang} »."
    SERVER_SLOT_DAMAGED = (
        "Les clés de cet agent gardées sur le serveur du site sont illisibles : un responsable "
        "doit lui donner un nouveau mot de passe."
    )
    SERVER_SCHEMA_OUTDATED = (
        "La base du serveur du site n'est pas à jour pour cette version d'Aidant : "
        "l'administrateur du serveur doit lancer « aidant server upgrade ADRESSE » avec cette "
        "version."
    )
