"""Fictitious mandates and actions for the demonstration site (one step of aidant.setup.demo)."""

from __future__ import annotations

import logging

from aidant.domain.actors import Actor
from aidant.domain.enums import MandateDuration
from aidant.domain.ids import MandateId, ProcheId, UsagerId
from aidant.mandates.actions import record_action
from aidant.mandates.ending import revoke
from aidant.mandates.service import consent_checklist, create_mandate, record_consent
from aidant.people import proches, usagers
from aidant.site.context import SiteContext

log = logging.getLogger(__name__)


def _usager_id(ctx: SiteContext, query: str) -> UsagerId:
    return usagers.search(ctx, query, limit=1)[0].id


def _active(
    ctx: SiteContext,
    agent: Actor,
    usager_id: UsagerId,
    demarches: list[str],
    duration: MandateDuration,
    proche_id: ProcheId | None = None,
) -> MandateId:
    draft = create_mandate(ctx, agent, usager_id, demarches, duration, proche_id)
    answers = {point.id: True for point in consent_checklist()}
    return record_consent(ctx, agent, draft.id, answers, agrees=True).id


def demo_mandates(ctx: SiteContext, agent: Actor) -> None:
    """Site and proche mandates, some actions, one revoked, one ending within 30 days."""
    eleonore = _usager_id(ctx, "dupre eleonore")
    _active(ctx, agent, eleonore, ["logement", "argent", "social"], MandateDuration.YEAR)
    record_action(ctx, agent, eleonore, "logement", "Demande d'aide au logement", "CAF")
    record_action(ctx, agent, eleonore, "argent", "Déclaration de revenus en ligne", "impots.gouv")

    marcel = _usager_id(ctx, "lefevre marcel")
    sylvie = proches.register_proche(ctx, agent, "Lefèvre", "Sylvie", "fille", "06 22 33 44 55")
    _active(ctx, agent, marcel, ["social"], MandateDuration.SEMESTER, sylvie.id)
    record_action(
        ctx, agent, marcel, "social", "Commande de la carte Vitale", "Ameli", proche_id=sylvie.id
    )

    mai = _usager_id(ctx, "nguyen thi mai")
    _active(ctx, agent, mai, ["travail", "etranger"], MandateDuration.MONTH)
    record_action(ctx, agent, mai, "travail", "Actualisation mensuelle", "France Travail")

    # Ends tonight: it shows in the list of mandates ending within 30 days.
    kevin = _usager_id(ctx, "bernard kevin")
    _active(ctx, agent, kevin, ["transports"], MandateDuration.DAY)

    jeanne = _usager_id(ctx, "moreau jeanne")
    revoked = _active(ctx, agent, jeanne, ["famille", "loisirs"], MandateDuration.YEAR)
    revoke(ctx, agent, revoked, "À la demande de la personne")
    log.info("demo mandates added")
