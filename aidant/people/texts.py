"""The sentences of usagers and proches: registration, duplicates, lookups.

Member names are stable codes; values are the French sentences with `{named}` fields (see
`aidant.domain.errors.Text`). `{name}` is a person's display name, `{birth_date}` a date
written `JJ/MM/AAAA`.
"""

from __future__ import annotations

from aidant.domain.errors import Text


class PeopleText(Text):
    """Why a usager or a proche could not be registered or found."""

    NAMES_REQUIRED = "Le nom et le prénom sont obligatoires."
    BIRTH_DATE_IN_FUTURE = "La date de naissance est dans le futur."
    DUPLICATE_SUSPECTED = (
        "Cette personne semble déjà enregistrée ({name}, né(e) le {birth_date}) : "
        "vérifiez, ou confirmez qu'il s'agit bien d'une autre personne."
    )
    DUPLICATE_SUSPECTED_NO_BIRTH_DATE = (
        "Cette personne semble déjà enregistrée ({name}) : "
        "vérifiez, ou confirmez qu'il s'agit bien d'une autre personne."
    )
    USAGER_NOT_FOUND = "Usager introuvable."
    PHONE_UNREADABLE = (
        "« {phone} » n'est pas un numéro de téléphone : seulement des chiffres, par exemple "
        "06 12 34 56 78 (ou +44… depuis l'étranger)."
    )
    PHONE_TEN_DIGITS = (
        "Le numéro « {phone} » a {count} chiffres : un numéro français en a 10 et commence "
        "par 0, par exemple 06 12 34 56 78."
    )
    EMAIL_NO_AT = "L'adresse e-mail « {email} » n'a pas d'arobase (@) : par exemple nom@exemple.fr."
    EMAIL_UNREADABLE = (
        "« {email} » n'est pas une adresse e-mail complète (sans espace, avec un domaine "
        "après @) : par exemple nom@exemple.fr."
    )
    NOTHING_CHANGED = "Rien n'a changé : l'identité est déjà celle-ci."
    OLD_VALUES_UNREADABLE = (
        "Les anciennes valeurs de cette identité sont illisibles : le journal ou la clé de la "
        "personne a été modifié."
    )
    PROCHE_NAMES_REQUIRED = "Le nom et le prénom du proche sont obligatoires."
    PROCHE_NOT_FOUND = "Proche introuvable."
