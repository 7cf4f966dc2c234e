"""The sentences of the journal: checkpoint files and the site's signing key.

Member names are stable codes; values are the French sentences (see
`aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class JournalText(Text):
    """Why a checkpoint could not be read, or written."""

    BAD_CHECKPOINT_FILE = (
        "Le fichier de point de contrôle est illisible : ce n'est pas un fichier exporté par "
        "« aidant journal checkpoint --out »."
    )
    NEWER_CHECKPOINT_FORMAT = (
        "Ce point de contrôle est d'un format plus récent : mettez Aidant à jour."
    )
    NO_SIGNING_KEY = (
        "La clé de signature du journal est absente du trousseau de ce poste : restaurez-la avec "
        "« aidant key restore » et la feuille de secours du site."
    )
    WRONG_SIGNING_KEY = (
        "La clé de signature du trousseau n'est pas celle de ce site : "
        "restaurez la bonne clé depuis la feuille de secours."
    )
