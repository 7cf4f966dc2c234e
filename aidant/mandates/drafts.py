"""Drafts left without an answer: a draft can be resumed (by its id) or discarded.

A draft authorises nothing, but left on a file it cannot be told from a mandate in progress;
discarding removes it and its démarches, and the journal keeps that it existed (ids, code).
"""

from __future__ import annotations

from aidant import journal
from aidant.domain.actors import Actor, require_agent
from aidant.domain.errors import Refused
from aidant.domain.ids import MandateId
from aidant.journal import EntryKind
from aidant.mandates import rules
from aidant.mandates.queries import load_to_change
from aidant.mandates.rules import MandateStatus
from aidant.mandates.texts import MandateText
from aidant.site.context import SiteContext


def discard_draft(ctx: SiteContext, actor: Actor, mandate_id: MandateId) -> None:
    """Delete a draft (consent neither given nor refused), journalled in the same transaction."""
    require_agent(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        row = load_to_change(db, mandate_id)
        if rules.status_of(row, now) is not MandateStatus.DRAFT:
            raise Refused(MandateText.NOT_A_DRAFT)
        data = {
            "mandate_id": row.id,
            "code": row.verification_code,
            "demarches": [a.demarche for a in row.authorisations],
        }
        usager_id = row.usager_id
        for auth in list(row.authorisations):
            db.delete(auth)
        db.delete(row)
        journal.append(
            db, actor, EntryKind.MANDATE_DRAFT_DELETED, now, usager_id=usager_id, data=data
        )
