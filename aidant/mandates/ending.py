"""Ending mandates: revocation (of some démarches or of the whole), and renewal.

Same rules as aidant.mandates.service: the agent acts, the change and its journal entry
commit together, and the journal never holds the reason (it may name people).
"""

from __future__ import annotations

from collections.abc import Iterable

from aidant import journal
from aidant.domain.actors import Actor, require_agent
from aidant.domain.demarches import DEMARCHES, parse_demarche
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import Refused, UsageError
from aidant.domain.ids import MandateId, ProcheId, UsagerId
from aidant.journal import EntryKind
from aidant.mandates import rules
from aidant.mandates.queries import MandateView, load, view
from aidant.mandates.rules import MandateStatus
from aidant.mandates.service import create_mandate
from aidant.site.context import SiteContext


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
    reason = " ".join(reason.split())
    if not reason:
        raise UsageError("Indiquez la raison de la révocation (par exemple « à sa demande »).")
    now = ctx.clock.now()
    with ctx.transaction() as db:
        row = load(db, mandate_id)
        status = rules.status_of(row, now)
        if status in (MandateStatus.REVOKED, MandateStatus.REFUSED, MandateStatus.EXPIRED):
            raise Refused(f"Ce mandat est déjà {rules.STATUS_LABELS[status]} : rien à révoquer.")
        live = {a.demarche: a for a in row.authorisations if a.revoked_at is None}
        if demarches is None:
            targets = list(live.values())
            row.revoked_at, row.revoked_reason = now, reason[:500]
        else:
            try:
                wanted = {parse_demarche(d).value for d in demarches}
            except ValueError as exc:
                raise UsageError(str(exc)) from None
            missing = wanted - set(live)
            if missing:
                label = DEMARCHES[parse_demarche(sorted(missing)[0])].label
                raise Refused(f"Ce mandat n'autorise pas (ou plus) la démarche « {label} ».")
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
        if status not in (MandateStatus.ACTIVE, MandateStatus.EXPIRED):
            raise Refused(f"Un mandat {rules.STATUS_LABELS[status]} ne peut pas être renouvelé.")
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
