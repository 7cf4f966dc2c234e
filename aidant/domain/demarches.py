"""The ten démarches (domains of a mandate), as Aidants Connect defines them."""

from __future__ import annotations

import enum
from dataclasses import dataclass


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
            "Papiers - Citoyenneté - Élections",
            "Carte d'identité, passeport, permis, liste électorale.",
            "papiers",
        ),
        DemarcheInfo(
            Demarche.FAMILLE,
            "Famille - Scolarité",
            "Naissance, mariage, école, cantine, allocations familiales.",
            "famille",
        ),
        DemarcheInfo(
            Demarche.SOCIAL,
            "Social - Santé",
            "Sécurité sociale, mutuelle, RSA, handicap, retraite.",
            "social",
        ),
        DemarcheInfo(
            Demarche.TRAVAIL,
            "Travail - Formation",
            "France Travail, recherche d'emploi, formation.",
            "travail",
        ),
        DemarcheInfo(
            Demarche.LOGEMENT,
            "Logement",
            "Aide au logement, logement social, énergie.",
            "logement",
        ),
        DemarcheInfo(
            Demarche.TRANSPORTS,
            "Transports - Mobilité",
            "Carte grise, transports en commun, amendes.",
            "transports",
        ),
        DemarcheInfo(
            Demarche.ARGENT,
            "Argent - Impôts - Consommation",
            "Impôts, banque, factures, litiges de consommation.",
            "argent",
        ),
        DemarcheInfo(
            Demarche.JUSTICE,
            "Justice",
            "Casier judiciaire, aide juridictionnelle, plainte.",
            "justice",
        ),
        DemarcheInfo(
            Demarche.ETRANGER,
            "Étranger - Europe",
            "Titre de séjour, naturalisation, démarches européennes.",
            "etranger",
        ),
        DemarcheInfo(
            Demarche.LOISIRS,
            "Loisirs - Sport - Culture",
            "Inscriptions, licences sportives, bibliothèque.",
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
