"""Actions: each act done on behalf of a usager, refused when no authorisation covers it.

Proches do not log in as agents. An act done by a proche is recorded by the agent who
witnesses it: the actor is that agent, `proche_id` names the proche, and the authorisation must
come from a mandate held by that proche. Without `proche_id`, the holder is the site.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from sqlalchemy import select

from aidant import journal
from aidant.domain import inputs
from aidant.domain.actors import Actor, require_agent
from aidant.domain.demarches import demarche_text
from aidant.domain.errors import Refused, UsageError
from aidant.domain.ids import ActionId, MandateId, ProcheId, UsagerId, new_id
from aidant.domain.texts import InputField
from aidant.journal import EntryKind
from aidant.mandates.queries import covering_authorisation
from aidant.mandates.rules import demarche_of
from aidant.mandates.texts import MandateText
from aidant.people import proches, usagers
from aidant.site.context import SiteContext
from aidant.storage.models import Action

log = logging.getLogger(__name__)

#: Organisations offered in the lists (free text is allowed too).
KNOWN_ORGANISATIONS = (
    "France Travail",
    "CAF",
    "Ameli",
    "impots.gouv",
    "ANTS",
    "MSA",
    "Caisse de retraite",
    "Mairie",
)


class NotAuthorised(Refused):
    """No active authorisation covers this démarche for this holder."""


@dataclasses.dataclass(frozen=True)
class ActionView:
    id: ActionId
    mandate_id: MandateId
    demarche: str
    description: str
    organisation: str | None
    agent_id: str | None
    proche_id: str | None
    done_at: dt.datetime


def record_action(
    ctx: SiteContext,
    actor: Actor,
    usager_id: UsagerId,
    demarche: str,
    description: str,
    organisation: str | None = None,
    proche_id: ProcheId | None = None,
) -> ActionView:
    """Record one act under the authorisation that covers it, or refuse in one sentence.

    A refusal is journalled too (ACTION_REFUSED), so that attempts outside a mandate show.
    """
    require_agent(actor)
    chosen = demarche_of(demarche)
    typed = inputs.clean(description, InputField.DESCRIPTION, inputs.TEXT_MAX, multiline=True)
    description = " ".join((typed or "").split())
    if not description:
        raise UsageError(MandateText.ACTION_DESCRIPTION_MISSING)
    organisation = inputs.clean(organisation, InputField.ORGANISATION, inputs.SHORT_MAX)
    organisation = " ".join((organisation or "").split()) or None
    now = ctx.clock.now()
    refusal = MandateText.NOT_AUTHORISED_PROCHE if proche_id else MandateText.NOT_AUTHORISED_SITE
    with ctx.transaction() as db:
        usagers.live_row(db, usager_id)
        if proche_id is not None:
            proches.row_of(db, proche_id)
        auth = covering_authorisation(db, usager_id, chosen.value, proche_id, now)
        if auth is None:
            journal.append(
                db,
                actor,
                EntryKind.ACTION_REFUSED,
                now,
                usager_id=usager_id,
                data={"demarche": chosen.value, "proche_id": proche_id},
            )
        else:
            row = Action(
                id=new_id(),
                usager_id=usager_id,
                mandate_id=auth.mandate_id,
                authorisation_id=auth.id,
                demarche=chosen.value,
                organisation=organisation,
                description=description[:500],
                agent_id=actor.id,
                proche_id=proche_id,
                done_at=now,
            )
            db.add(row)
            db.flush()
            journal.append(
                db,
                actor,
                EntryKind.ACTION_RECORDED,
                now,
                usager_id=usager_id,
                data={
                    "action_id": row.id,
                    "mandate_id": auth.mandate_id,
                    "authorisation_id": auth.id,
                    "demarche": chosen.value,
                    "proche_id": proche_id,
                },
            )
            return _view(row)
    # Raised after the commit, so that the refusal stays in the journal.
    raise NotAuthorised(refusal, demarche=demarche_text(chosen))


def _view(row: Action) -> ActionView:
    return ActionView(
        ActionId(row.id),
        MandateId(row.mandate_id),
        row.demarche,
        row.description,
        row.organisation,
        row.agent_id,
        row.proche_id,
        row.done_at,
    )


def actions_of(ctx: SiteContext, usager_id: UsagerId, limit: int = 200) -> list[ActionView]:
    """The acts done for a usager, newest first."""
    stmt = (
        select(Action)
        .where(Action.usager_id == usager_id)
        .order_by(Action.done_at.desc())
        .limit(limit)
    )
    with ctx.transaction() as db:
        return [_view(r) for r in db.scalars(stmt)]
