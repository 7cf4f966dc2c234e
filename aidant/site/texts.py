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
