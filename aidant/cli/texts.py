"""Sentences of the command line itself (not of a service), as `Text` catalogues."""

from __future__ import annotations

from aidant.domain.errors import Text


class CliCostsText(Text):
    """The right to erasure (`aidant usager erase`)."""

    ERASE_NOT_CONFIRMED = (
        "Le nom tapé ne correspond pas au nom de famille de cette personne : rien n'a été effacé."
    )
    ERASE_ANSWER_MISSING = (
        "Nom de famille attendu sur l'entrée standard (ou --yes) : rien n'a été effacé."
    )
