"""Ending mandates: revocation (of some démarches or of the whole), and renewal.

Same rules as aidant.mandates.service: the agent acts, the change and its journal entry
commit together, and the journal never holds the reason (it may name people).
"""

from __future__ import annotations

from collections.abc import Iterable

from aidant import journal
from aidant.domain import inputs
from aidant.domain.actors import Actor, require_agent
from aidant.domain.demarches import demarche_text, parse_demarche
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import Refused, UsageError
from aidant.domain.ids import MandateId, ProcheId, UsagerId
from aidant.domain.texts import InputField
from aidant.journal import EntryKind
from aidant.mandates import rules
from aidant.mandates.queries import MandateView, load, load_to_change, view
from aidant.mandates.rules import MandateStatus
from aidant.mandates.service import create_mandate
from aidant.mandates.texts import MandateText
from aidant.site.context import SiteContext

#: Why a mandate in this status cannot be revoked (it has already ended).
_ALREADY_ENDED = {
    MandateStatus.REFUSED: MandateText.ALREADY_REFUSED,
    MandateStatus.EXPIRED: MandateText.ALREADY_EXPIRED,
    MandateStatus.REVOKED: MandateText.ALREADY_REVOKED,
}
#: Why a mandate in this status cannot be renewed (only active or expired ones can).
_CANNOT_RENEW = {
    MandateStatus.DRAFT: MandateText.CANNOT_RENEW_DRAFT,
    MandateStatus.REFUSED: MandateText.CANNOT_RENEW_REFUSED,
    MandateStatus.REVOKED: MandateText.CANNOT_RENEW_REVOKED,
}


def revoke(
    ctx: SiteContext,
    actor: Actor,
    mandate_id: MandateId,
    reason: str,
    demarches: Iterable[str] | None = None,
) -> MandateView:
    """Revoke some démarches of a mandate, or the whole mandate when `demarches` is None.

    The reason is kept with the mandate (it may name people), never in the journal.
    """
    require_agent(actor)
    reason = " ".join((inputs.clean(reason, InputField.REASON, inputs.TEXT_MAX) or "").split())
    if not reason:
        raise UsageError(MandateText.REVOCATION_REASON_MISSING)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        row = load_to_change(db, mandate_id)
        status = rules.status_of(row, now)
        if status in _ALREADY_ENDED:
            raise Refused(_ALREADY_ENDED[status])
        live = {a.demarche: a for a in row.authorisations if a.revoked_at is None}
        if demarches is None:
            targets = list(live.values())
            row.revoked_at, row.revoked_reason = now, reason[:500]
        else:
            wanted = {rules.demarche_of(d).value for d in demarches}
            missing = wanted - set(live)
            if missing:
                label = demarche_text(parse_demarche(sorted(missing)[0]))
                raise Refused(MandateText.DEMARCHE_NOT_AUTHORISED, demarche=label)
            targets = [live[d] for d in sorted(wanted)]
        for auth in targets:
            auth.revoked_at, auth.revoked_reason = now, reason[:500]
        whole = demarches is None or len(targets) == len(live)
        if whole and row.revoked_at is None:
            row.revoked_at, row.revoked_reason = now, reason[:500]
        journal.append(
            db,
            actor,
            EntryKind.MANDATE_REVOKED if whole else EntryKind.AUTHORISATION_REVOKED,
            now,
            usager_id=row.usager_id,
            data={
                "mandate_id": row.id,
                "authorisation_ids": [a.id for a in targets],
                "demarches": [a.demarche for a in targets],
            },
        )
        return view(row, now)


def renew(
    ctx: SiteContext, actor: Actor, mandate_id: MandateId, duration: MandateDuration | None = None
) -> MandateView:
    """A new draft for the same usager, holder and still-authorised démarches.

    It needs the usager's consent again; once given, it replaces the old authorisations.
    """
    now = ctx.clock.now()
    with ctx.transaction() as db:
        old = load(db, mandate_id)
        status = rules.status_of(old, now)
        if status in _CANNOT_RENEW:
            raise Refused(_CANNOT_RENEW[status])
        demarches = [a.demarche for a in old.authorisations if a.revoked_at is None]
        usager_id, proche_id, old_duration = old.usager_id, old.proche_id, old.duration
    return create_mandate(
        ctx,
        actor,
        UsagerId(usager_id),
        demarches,
        duration or old_duration,
        None if proche_id is None else ProcheId(proche_id),
        renewed_from_id=mandate_id,
    )
