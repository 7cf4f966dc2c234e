"""The sentences of file handling (safe writes, removals, the wipe of shared folders).

Each member's name is a stable code, its value the French sentence with `{named}` fields
(paths are passed as `str`); `aidant.domain.errors.Text` explains how front ends use them.
"""

from __future__ import annotations

from aidant.domain.errors import Text


class FileText(Text):
    # Safe writes and removals.
    OUTSIDE_ROOT = "Chemin refusé : « {path} » sort du dossier « {root} »."
    ALREADY_EXISTS = "Le fichier « {path} » existe déjà : choisissez un autre nom."
    IS_A_LINK = "« {path} » est un lien, pas un dossier."
    ROOT_NEVER_REMOVED = "Le dossier « {root} » lui-même n'est jamais supprimé."
    FOLDER_CHANGED = "Le dossier « {path} » a changé pendant l'effacement : laissé."
    # The wipe of shared folders: roots refused, entries left alone.
    WIPE_ROOT_NOT_ABSOLUTE = "Le dossier à vider « {path} » doit être un chemin complet."
    WIPE_ROOT_MISSING = "Le dossier à vider « {path} » n'existe pas."
    WIPE_ROOT_IS_LINK = "Le dossier à vider « {path} » est un lien vers un autre dossier : refusé."
    WIPE_ROOT_MOVED = (
        "Le dossier à vider « {path} » mène maintenant à « {target} » : il n'est pas vidé ; "
        "un responsable doit le choisir à nouveau."
    )
    WIPE_ROOT_IS_DISK = "Le dossier « {path} » est la racine du disque : refusé."
    WIPE_ROOT_IS_HOME = "Le dossier « {path} » est un dossier personnel entier : refusé."
    WIPE_ROOT_IS_SYSTEM = "Le dossier « {path} » est un dossier du système : refusé."
    WIPE_ROOT_HOLDS_DATA = "Le dossier « {path} » contient les données d'Aidant : refusé."
    # The data folder's rights (Windows access lists, POSIX modes).
    RIGHTS_NOT_SET = (
        "Impossible de réserver « {path} » au compte actuel : {reason}. Les autres comptes de "
        "cet ordinateur pourraient le lire."
    )
    FOLDER_WAS_OPEN = (
        "Le dossier « {path} » était ouvert aux autres comptes de cet ordinateur : il est de "
        "nouveau réservé au compte actuel ; prévenez le responsable du site."
    )
    FOLDER_OWNED_BY_OTHER = (
        "Le dossier « {path} » appartient à un autre compte de cet ordinateur, qui peut le lire "
        "et le modifier : prévenez le responsable du site."
    )
    OTHER_DISK = "« {path} » est un autre disque monté ici : non vidé."
