"""Recording expiries: a mandate's end is computed from its dates, and journalled once.

Nothing happens at the instant a mandate ends (the application may be closed), so the journal
entry is written by the first start-up or session end after it: `at` is when it was noticed,
`data.expired_at` when the mandate actually ended.
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from aidant import journal
from aidant.domain.actors import SYSTEM
from aidant.domain.enums import ConsentAnswer
from aidant.journal import EntryKind
from aidant.journal.chain import format_time
from aidant.site.context import SiteContext
from aidant.storage.models import Authorisation, Mandate

log = logging.getLogger(__name__)


def record_expiries(ctx: SiteContext) -> int:
    """Journal MANDATE_EXPIRED for every consented mandate now past its end, still holding an
    unrevoked démarche, that was not recorded yet; return how many."""
    now = ctx.clock.now()
    with ctx.transaction() as db:
        due = db.scalars(
            select(Mandate)
            .where(
                Mandate.expires_at <= now,
                Mandate.consent == ConsentAnswer.GIVEN,
                Mandate.revoked_at.is_(None),
                Mandate.expiry_recorded_at.is_(None),
                # A mandate whose every démarche was revoked or replaced ended that way already.
                Mandate.authorisations.any(Authorisation.revoked_at.is_(None)),
            )
            .order_by(Mandate.expires_at)
            # On a server, two desks opening at once: the rows one of them is recording are
            # skipped by the other, which then sees them recorded (never journalled twice).
            .with_for_update(skip_locked=True)
        ).all()
        for mandate in due:
            mandate.expiry_recorded_at = now
            journal.append(
                db,
                SYSTEM,
                EntryKind.MANDATE_EXPIRED,
                now,
                usager_id=mandate.usager_id,
                data={"mandate_id": mandate.id, "expired_at": format_time(mandate.expires_at)},
            )
    if due:
        log.info("recorded %d mandate expiries", len(due))
    return len(due)
