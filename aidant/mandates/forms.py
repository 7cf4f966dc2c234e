"""Printing a mandate's forms: gather what they show, render in memory, journal the print.

The PDF bytes are returned to the caller (printed from memory, or written by the command line
through safe_io on the agent's explicit request); nothing is written here.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain.actors import Actor, require_agent
from aidant.domain.enums import ConsentAnswer
from aidant.domain.errors import Refused
from aidant.domain.ids import MandateId
from aidant.journal import EntryKind
from aidant.mandates import rules
from aidant.mandates.queries import load
from aidant.mandates.service import REPLACED_REASON
from aidant.mandates.texts import MandateText
from aidant.pdf.consent_form import ConsentFormData, render_consent_form
from aidant.pdf.forms_common import Person
from aidant.pdf.revocation import (
    RevocationData,
    render_blank_revocation,
    render_revocation_attestation,
)
from aidant.site.context import SiteContext
from aidant.site.identity import read_identity
from aidant.site.policy import load_policy
from aidant.storage.models import Agent, Mandate, Proche, Usager

log = logging.getLogger(__name__)


def _site_name(db: Session) -> str:
    return read_identity(db).name


def _mandant(db: Session, row: Mandate) -> Person:
    u = db.get(Usager, row.usager_id)
    if u is None:  # the foreign key makes this impossible
        raise RuntimeError(f"mandate {row.id} has no usager row")
    return Person(u.family_name, u.given_names, u.birth_date, u.birth_place, u.phone, u.email)


def _proche(db: Session, row: Mandate) -> Person | None:
    if row.proche_id is None:
        return None
    p = db.get(Proche, row.proche_id)
    if p is None:  # the foreign key makes this impossible
        raise RuntimeError(f"mandate {row.id} has no proche row")
    return Person(
        p.family_name,
        p.given_names,
        phone=p.phone,
        email=p.email,
        relationship=p.relationship_label,
    )


def consent_form_data(db: Session, row: Mandate) -> ConsentFormData:
    agent = db.get(Agent, row.agent_id)
    return ConsentFormData(
        site_name=_site_name(db),
        mandant=_mandant(db, row),
        holder_kind=row.holder_kind,
        proche=_proche(db, row),
        agent_name=agent.display_name if agent else "—",
        demarches=[a.demarche for a in row.authorisations],
        duration=row.duration,
        starts_at=row.starts_at,
        expires_at=row.expires_at,
        draft=row.consent is not ConsentAnswer.GIVEN,
        verification_code=row.verification_code,
        content_hash=row.content_hash,
        qr_payload=rules.qr_payload(row.verification_code, row.content_hash),
        template_source=row.template_text,
    )


def consent_form(ctx: SiteContext, actor: Actor, mandate_id: MandateId) -> bytes:
    """The consent form (a marked project until consent is given), journalled as printed."""
    require_agent(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        row = load(db, mandate_id)
        if row.consent is ConsentAnswer.REFUSED:
            raise Refused(MandateText.REFUSED_NO_FORM)
        pdf = render_consent_form(consent_form_data(db, row))
        journal.append(
            db,
            actor,
            EntryKind.FORM_PRINTED,
            now,
            usager_id=row.usager_id,
            data={"form": "consent", "mandate_id": row.id, "draft": row.consent.value != "given"},
        )
        return pdf


def consent_form_preview(ctx: SiteContext, actor: Actor, mandate_id: MandateId) -> bytes:
    """The consent form as it stands, to show on screen (never printed, so not journalled)."""
    require_agent(actor)
    with ctx.transaction() as db:
        row = load(db, mandate_id)
        if row.consent is ConsentAnswer.REFUSED:
            raise Refused(MandateText.REFUSED_NO_FORM)
        return render_consent_form(consent_form_data(db, row))


def revocation_attestation(ctx: SiteContext, actor: Actor, mandate_id: MandateId) -> bytes:
    """Proof of the usager's revocation: the démarches they revoked, when, and why."""
    require_agent(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        row = load(db, mandate_id)
        # Authorisations ended because a newer mandate replaced them were not revoked by the
        # usager: they do not belong on this attestation.
        revoked = [
            a
            for a in row.authorisations
            if a.revoked_at is not None and a.revoked_reason != REPLACED_REASON
        ]
        if not revoked:
            raise Refused(MandateText.NOTHING_REVOKED)
        last = max(revoked, key=lambda a: a.revoked_at or now)
        holder = _proche(db, row)
        data = RevocationData(
            site_name=_site_name(db),
            mandant=_mandant(db, row),
            holder_label=_site_name(db) if holder is None else holder.display_name,
            mandate_created_at=row.created_at,
            verification_code=row.verification_code,
            revoked_demarches=[a.demarche for a in revoked],
            whole=row.revoked_at is not None,
            revoked_at=row.revoked_at or last.revoked_at or now,
            reason=row.revoked_reason or last.revoked_reason,
            qr_payload=rules.qr_payload(row.verification_code, row.content_hash),
            remaining_demarches=[a.demarche for a in row.authorisations if a.revoked_at is None],
            site_address=load_policy(db).site_address,
        )
        pdf = render_revocation_attestation(data)
        journal.append(
            db,
            actor,
            EntryKind.FORM_PRINTED,
            now,
            usager_id=row.usager_id,
            data={"form": "revocation", "mandate_id": row.id},
        )
        return pdf


def blank_revocation(ctx: SiteContext) -> bytes:
    """The blank revocation model (no personal data, so nothing to journal)."""
    with ctx.transaction() as db:
        site_name, address = _site_name(db), load_policy(db).site_address
    return render_blank_revocation(site_name, address)
