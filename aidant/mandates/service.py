"""Opening mandates: the draft, then the usager's explicit consent (or refusal).

Every function takes the site context and the acting agent first, and commits its change with
its journal entry in one transaction. Journal data holds ids, counts and codes only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain.actors import Actor, require_agent
from aidant.domain.demarches import demarche_text, parse_demarche
from aidant.domain.enums import ConsentAnswer, HolderKind, MandateDuration
from aidant.domain.errors import Refused, UsageError
from aidant.domain.ids import MandateId, ProcheId, UsagerId, new_id
from aidant.journal import EntryKind
from aidant.mandates import rules
from aidant.mandates.queries import MandateView, load_to_change, view
from aidant.mandates.texts import MandateText
from aidant.people import proches, usagers
from aidant.site.context import SiteContext
from aidant.site.policy import load_policy
from aidant.site.templates import load_template, stored_text
from aidant.storage.models import Authorisation, Mandate

log = logging.getLogger(__name__)

CONSENT_FORM = "consent"
REPLACED_REASON = "Remplacée par un nouveau mandat pour la même démarche."


@dataclasses.dataclass(frozen=True)
class ChecklistPoint:
    id: str
    text: str


def consent_checklist() -> list[ChecklistPoint]:
    """The points to go through with the usager, in plain French, from the current template."""
    tpl = load_template(CONSENT_FORM)
    raw = tpl.fields["checklist"]
    return [ChecklistPoint(str(p["id"]), " ".join(str(p["text"]).split())) for p in raw]


def _check_demarches(db: Session, demarches: Iterable[str]) -> list[str]:
    chosen = sorted({rules.demarche_of(d).value for d in demarches})
    if not chosen:
        raise UsageError(MandateText.NO_DEMARCHE_CHOSEN)
    offered = set(load_policy(db).demarches_offered)
    for demarche in chosen:
        if demarche not in offered:
            label = demarche_text(parse_demarche(demarche))
            raise Refused(MandateText.DEMARCHE_NOT_OFFERED, demarche=label)
    return chosen


def create_mandate(
    ctx: SiteContext,
    actor: Actor,
    usager_id: UsagerId,
    demarches: Iterable[str],
    duration: MandateDuration,
    proche_id: ProcheId | None = None,
    *,
    renewed_from_id: MandateId | None = None,
) -> MandateView:
    """Open a draft mandate (consent pending) to the site, or to a proche if `proche_id`.

    The draft can be printed (marked as a project) but authorises nothing until
    `record_consent` records the usager's agreement.
    """
    require_agent(actor)
    if actor.id is None:  # require_agent lets only agents through, and they have an id
        raise RuntimeError("an agent actor without an id")
    now = ctx.clock.now()
    tpl = load_template(CONSENT_FORM)
    with ctx.transaction() as db:
        usagers.live_row(db, usager_id)
        if proche_id is not None:
            proches.row_of(db, proche_id)
        chosen = _check_demarches(db, demarches)
        row = Mandate(
            id=new_id(),
            usager_id=usager_id,
            holder_kind=HolderKind.SITE if proche_id is None else HolderKind.PROCHE,
            proche_id=proche_id,
            agent_id=actor.id,
            duration=duration,
            created_at=now,
            starts_at=now,
            expires_at=rules.expiry(duration, now),
            consent=ConsentAnswer.PENDING,
            template_version=tpl.version,
            legal_text=stored_text(db, tpl, now),
            verification_code=_unique_code(db),
            content_hash="",
            renewed_from_id=renewed_from_id,
        )
        row.authorisations = [Authorisation(id=new_id(), demarche=d) for d in chosen]
        row.content_hash = rules.hash_of_row(row)
        db.add(row)
        db.flush()
        kind = EntryKind.MANDATE_RENEWED if renewed_from_id else EntryKind.MANDATE_CREATED
        data: dict[str, object] = {
            "mandate_id": row.id,
            "holder": row.holder_kind.value,
            "proche_id": proche_id,
            "demarches": chosen,
            "duration": duration.value,
            "code": row.verification_code,
        }
        if renewed_from_id:
            data["renewed_from"] = renewed_from_id
        journal.append(db, actor, kind, now, usager_id=usager_id, data=data)
        return view(row, now)


def _unique_code(db: Session) -> str:
    # 50 random bits: a clash is very unlikely, but the column is unique, so check anyway.
    while True:
        code = rules.new_verification_code()
        if db.scalar(select(Mandate.id).where(Mandate.verification_code == code)) is None:
            return code


def record_consent(
    ctx: SiteContext,
    actor: Actor,
    mandate_id: MandateId,
    checklist_answers: Mapping[str, bool],
    agrees: bool,
) -> MandateView:
    """Record the usager's answer after going through the checklist, whatever it is.

    Agreement needs every checklist point explicitly confirmed. It starts the mandate now and
    ends, in the same transaction, any older authorisation for the same démarche and holder.
    A refusal is recorded too; the mandate then never becomes active.
    """
    require_agent(actor)
    now = ctx.clock.now()
    points = consent_checklist()
    with ctx.transaction() as db:
        row = load_to_change(db, mandate_id)
        if row.consent is not ConsentAnswer.PENDING or row.revoked_at is not None:
            raise Refused(MandateText.CONSENT_ALREADY_RECORDED)
        if not agrees:
            row.consent, row.consent_at = ConsentAnswer.REFUSED, now
            journal.append(
                db,
                actor,
                EntryKind.CONSENT_REFUSED,
                now,
                usager_id=row.usager_id,
                data={
                    "mandate_id": row.id,
                    "template_version": row.template_version,
                    # Which points were confirmed before the refusal (ids only).
                    "confirmed": sorted(p.id for p in points if checklist_answers.get(p.id)),
                },
            )
            return view(row, now)
        for number, point in enumerate(points, start=1):
            if checklist_answers.get(point.id) is not True:
                # The point by its number: its text is the template's, in the form's language.
                raise Refused(MandateText.POINT_NOT_CONFIRMED, number=number, point_id=point.id)
        # The mandate runs from the moment consent is given; the hash covers the final dates.
        row.consent, row.consent_at = ConsentAnswer.GIVEN, now
        row.starts_at, row.expires_at = now, rules.expiry(row.duration, now)
        row.content_hash = rules.hash_of_row(row)
        replaced = _end_older_authorisations(db, actor, row, now)
        journal.append(
            db,
            actor,
            EntryKind.CONSENT_GIVEN,
            now,
            usager_id=row.usager_id,
            data={
                "mandate_id": row.id,
                "checklist": sorted(p.id for p in points),
                "template_version": row.template_version,
                "replaced_authorisations": replaced,
            },
        )
        return view(row, now)


def _end_older_authorisations(db: Session, actor: Actor, new: Mandate, now: dt.datetime) -> int:
    """Revoke the active authorisations of other mandates for the same démarche and holder."""
    # Only what the new mandate really authorises replaces anything: a démarche withdrawn from
    # the draft before consent must leave the older authorisation in force.
    demarches = [a.demarche for a in new.authorisations if a.revoked_at is None]
    holder = (
        Mandate.holder_kind == HolderKind.SITE
        if new.proche_id is None
        else (Mandate.holder_kind == HolderKind.PROCHE) & (Mandate.proche_id == new.proche_id)
    )
    older = db.scalars(
        select(Authorisation)
        .join(Mandate, Authorisation.mandate_id == Mandate.id)
        .where(
            Mandate.usager_id == new.usager_id,
            Mandate.id != new.id,
            holder,
            Mandate.consent == ConsentAnswer.GIVEN,
            Mandate.expires_at > now,
            Authorisation.demarche.in_(demarches),
            Authorisation.revoked_at.is_(None),
        )
    ).all()
    for auth in older:
        auth.revoked_at, auth.revoked_reason = now, REPLACED_REASON
        journal.append(
            db,
            actor,
            EntryKind.AUTHORISATION_REVOKED,
            now,
            usager_id=new.usager_id,
            data={
                "mandate_id": auth.mandate_id,
                "authorisation_id": auth.id,
                "demarche": auth.demarche,
                "replaced_by": new.id,
            },
        )
    return len(older)
