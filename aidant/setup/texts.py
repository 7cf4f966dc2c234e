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
    SITE_KEYS_MISSING = "Les clés du site sont absentes du trousseau."
    RESTORE_NEEDS_MANAGER = "« {login} » n'est pas un responsable actif de ce site."
    PDF_INVALID = "Le PDF produit est invalide."
