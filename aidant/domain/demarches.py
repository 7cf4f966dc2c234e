"""The ten démarches (domains of a mandate), as Aidants Connect defines them."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from aidant.domain.errors import Text


class Demarche(enum.StrEnum):
    PAPIERS = "papiers"
    FAMILLE = "famille"
    SOCIAL = "social"
    TRAVAIL = "travail"
    LOGEMENT = "logement"
    TRANSPORTS = "transports"
    ARGENT = "argent"
    JUSTICE = "justice"
    ETRANGER = "etranger"
    LOISIRS = "loisirs"


class DemarcheText(Text):
    """The démarches' labels, as printed on forms and shown on screen."""

    PAPIERS = "Papiers - Citoyenneté - Élections"
    FAMILLE = "Famille - Scolarité"
    SOCIAL = "Social - Santé"
    TRAVAIL = "Travail - Formation"
    LOGEMENT = "Logement"
    TRANSPORTS = "Transports - Mobilité"
    ARGENT = "Argent - Impôts - Consommation"
    JUSTICE = "Justice"
    ETRANGER = "Étranger - Europe"
    LOISIRS = "Loisirs - Sport - Culture"


class DemarchePlainText(Text):
    """Plain-language descriptions of the démarches, read aloud to the usager."""

    PAPIERS = "Carte d'identité, passeport, permis, liste électorale."
    FAMILLE = "Naissance, mariage, école, cantine, allocations familiales."
    SOCIAL = "Sécurité sociale, mutuelle, RSA, handicap, retraite."
    TRAVAIL = "France Travail, recherche d'emploi, formation."
    LOGEMENT = "Aide au logement, logement social, énergie."
    TRANSPORTS = "Carte grise, transports en commun, amendes."
    ARGENT = "Impôts, banque, factures, litiges de consommation."
    JUSTICE = "Casier judiciaire, aide juridictionnelle, plainte."
    ETRANGER = "Titre de séjour, naturalisation, démarches européennes."
    LOISIRS = "Inscriptions, licences sportives, bibliothèque."


@dataclass(frozen=True)
class DemarcheInfo:
    demarche: Demarche
    label: str
    #: Plain-language description, read aloud to the usager.
    plain: str
    #: Name of the pictogram (ui/icons/<name>.svg, and drawn on printed forms).
    pictogram: str


DEMARCHES: dict[Demarche, DemarcheInfo] = {
    info.demarche: info
    for info in (
        DemarcheInfo(
            Demarche.PAPIERS,
            DemarcheText.PAPIERS.value,
            DemarchePlainText.PAPIERS.value,
            "papiers",
        ),
        DemarcheInfo(
            Demarche.FAMILLE,
            DemarcheText.FAMILLE.value,
            DemarchePlainText.FAMILLE.value,
            "famille",
        ),
        DemarcheInfo(
            Demarche.SOCIAL,
            DemarcheText.SOCIAL.value,
            DemarchePlainText.SOCIAL.value,
            "social",
        ),
        DemarcheInfo(
            Demarche.TRAVAIL,
            DemarcheText.TRAVAIL.value,
            DemarchePlainText.TRAVAIL.value,
            "travail",
        ),
        DemarcheInfo(
            Demarche.LOGEMENT,
            DemarcheText.LOGEMENT.value,
            DemarchePlainText.LOGEMENT.value,
            "logement",
        ),
        DemarcheInfo(
            Demarche.TRANSPORTS,
            DemarcheText.TRANSPORTS.value,
            DemarchePlainText.TRANSPORTS.value,
            "transports",
        ),
        DemarcheInfo(
            Demarche.ARGENT,
            DemarcheText.ARGENT.value,
            DemarchePlainText.ARGENT.value,
            "argent",
        ),
        DemarcheInfo(
            Demarche.JUSTICE,
            DemarcheText.JUSTICE.value,
            DemarchePlainText.JUSTICE.value,
            "justice",
        ),
        DemarcheInfo(
            Demarche.ETRANGER,
            DemarcheText.ETRANGER.value,
            DemarchePlainText.ETRANGER.value,
            "etranger",
        ),
        DemarcheInfo(
            Demarche.LOISIRS,
            DemarcheText.LOISIRS.value,
            DemarchePlainText.LOISIRS.value,
            "loisirs",
        ),
    )
}


def parse_demarche(value: str) -> Demarche:
    """The démarche named `value` (its id), or ValueError with the list of valid ids."""
    try:
        return Demarche(value.strip().lower())
    except ValueError:
        valid = ", ".join(d.value for d in Demarche)
        raise ValueError(f"Démarche inconnue « {value} » (possibles : {valid}).") from None


def demarche_text(demarche: Demarche) -> DemarcheText:
    """The démarche's label as a catalogue member (a sentence parameter the interface
    translates)."""
    return DemarcheText[demarche.name]
