"""The sentences of the journal: checkpoint files, the site's signing key, and what a
verification found.

Member names are stable codes; values are the French sentences (see
`aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class JournalText(Text):
    """Why a checkpoint could not be read, or written; what a verification of the journal found.

    `{anchor}` is one of the checkpoint labels below (a `Phrase`), put in the sentence's
    language; `{day}` and `{time}` are "dd/mm/yyyy" and "HH:MM" in the site's local time."""

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

    # The checkpoints a verification holds the chain against: the `{anchor}` of the sentences
    # below, which give it its article (« Le {anchor} », « au {anchor} »). `{at}` is the
    # recorded time as it is, when it cannot be read as a date.
    STORED_CHECKPOINT = "point de contrôle signé n° {number} ({size} entrées, {day} à {time})"
    STORED_CHECKPOINT_AT = "point de contrôle signé n° {number} ({size} entrées, {at})"
    PRESENTED_CHECKPOINT = "point de contrôle présenté ({size} entrées, {day} à {time})"
    PRESENTED_CHECKPOINT_AT = "point de contrôle présenté ({size} entrées, {at})"

    # What a verification found: the first problem, naming the first bad entry.
    OTHER_SITE = "Le {anchor} appartient à un autre site ({site_id}) que ce journal."
    OTHER_KEY = (
        "Le {anchor} a été signé avec une autre clé que celle de ce site : "
        "la clé du site ou le point de contrôle a été remplacé."
    )
    BAD_SIGNATURE = "Le {anchor} a une signature invalide : il a été modifié après sa signature."
    NOT_EMPTY = "Le {anchor} n'atteste pas un journal vide."
    ENTRY_MISSING = (
        "Le journal est altéré : l'entrée n° {missing} manque (la suivante porte le n° {found}) ; "
        "une entrée a été supprimée."
    )
    ENTRY_OUT_OF_PLACE = (
        "Le journal est altéré : une entrée n° {found} est en trop ou hors de sa place après "
        "l'entrée n° {previous}."
    )
    CHAIN_BROKEN = (
        "Le journal est altéré à l'entrée n° {seq} : elle ne suit plus l'entrée précédente (une "
        "entrée a été supprimée, insérée ou déplacée, ou son chaînage modifié)."
    )
    ENTRY_MODIFIED = (
        "Le journal est altéré à l'entrée n° {seq} : son contenu ne correspond plus à son "
        "empreinte (entrée modifiée)."
    )
    NO_AGENT_SIGNING_KEY = (
        "Aucune clé d'agent certifiée n'a ouvert le site sur ce poste : le point de contrôle "
        "n'est pas signé."
    )
    ROOT_MISMATCH = (
        "La clé racine enregistrée dans la base n'a pas l'empreinte que vous avez saisie : "
        "les certificats des agents et leurs signatures ne prouvent rien."
    )
    ROOT_NOT_PINNED = (
        "La clé racine enregistrée dans la base n'est pas celle que ce poste connaît : "
        "les certificats des agents et leurs signatures ne prouvent rien."
    )
    RESIGNED = (
        "Le {anchor} n'est pas signé par l'agent qui l'a écrit : quelqu'un l'a signé de nouveau "
        "avec sa propre clé après avoir modifié le journal."
    )
    CHECKPOINT_MISSING = (
        "L'entrée n° {seq} enregistre un point de contrôle qui n'est plus dans la base : "
        "il a été supprimé."
    )
    REWRITTEN = (
        "Le journal a été réécrit : l'entrée n° {seq} ne correspond plus au {anchor} ; les entrées "
        "n° {first} à {seq} ont été modifiées puis rechaînées."
    )
    TRUNCATED = (
        "Le journal est tronqué : il compte {size} entrées alors que le {anchor} en atteste "
        "{attested} ; les entrées n° {first_missing} et suivantes ont été supprimées."
    )
    BEFORE_PURGE = (
        "Le {anchor} date d'avant la purge du journal : les entrées n° 1 à {up_to} ont été "
        "effacées au terme de leur durée d'archivage ; il ne peut plus être vérifié."
    )
    RECORDED_KEY_MISMATCH = (
        "La clé publique enregistrée dans la base ne correspond pas à la clé de signature du "
        "site : la base a pu être réécrite avec une autre clé."
    )
