"""Reading mandates: views, lists, the expiring list, and verification of a printed code."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from aidant.domain.enums import ConsentAnswer, HolderKind, MandateDuration
from aidant.domain.errors import NotFound, UsageError
from aidant.domain.ids import AuthorisationId, MandateId, ProcheId, UsagerId
from aidant.mandates import rules
from aidant.mandates.rules import MandateStatus
from aidant.mandates.texts import MandateText
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.storage.models import Authorisation, Mandate


@dataclasses.dataclass(frozen=True)
class AuthorisationView:
    id: AuthorisationId
    demarche: str
    revoked_at: dt.datetime | None
    revoked_reason: str | None


@dataclasses.dataclass(frozen=True)
class MandateView:
    id: MandateId
    usager_id: UsagerId
    holder_kind: HolderKind
    proche_id: ProcheId | None
    agent_id: str
    duration: MandateDuration
    created_at: dt.datetime
    starts_at: dt.datetime
    expires_at: dt.datetime
    consent: ConsentAnswer
    consent_at: dt.datetime | None
    status: MandateStatus
    authorisations: tuple[AuthorisationView, ...]
    verification_code: str
    content_hash: str
    template_version: str
    revoked_at: dt.datetime | None
    revoked_reason: str | None
    renewed_from_id: MandateId | None
    signed_form_document_id: str | None
    signed_form_sha256: str | None

    @property
    def demarches(self) -> tuple[str, ...]:
        return tuple(a.demarche for a in self.authorisations)

    @property
    def active_demarches(self) -> tuple[str, ...]:
        """Démarches still authorised (all of them are void unless the mandate is active)."""
        if self.status is not MandateStatus.ACTIVE:
            return ()
        return tuple(a.demarche for a in self.authorisations if a.revoked_at is None)


def view(row: Mandate, now: dt.datetime) -> MandateView:
    return MandateView(
        id=MandateId(row.id),
        usager_id=UsagerId(row.usager_id),
        holder_kind=row.holder_kind,
        proche_id=ProcheId(row.proche_id) if row.proche_id else None,
        agent_id=row.agent_id,
        duration=row.duration,
        created_at=row.created_at,
        starts_at=row.starts_at,
        expires_at=row.expires_at,
        consent=row.consent,
        consent_at=row.consent_at,
        status=rules.status_of(row, now),
        authorisations=tuple(
            AuthorisationView(AuthorisationId(a.id), a.demarche, a.revoked_at, a.revoked_reason)
            for a in row.authorisations
        ),
        verification_code=row.verification_code,
        content_hash=row.content_hash,
        template_version=row.template_version,
        revoked_at=row.revoked_at,
        revoked_reason=row.revoked_reason,
        renewed_from_id=MandateId(row.renewed_from_id) if row.renewed_from_id else None,
        signed_form_document_id=row.signed_form_document_id,
        signed_form_sha256=row.signed_form_sha256,
    )


def load(db: Session, mandate_id: str) -> Mandate:
    row = db.get(Mandate, mandate_id, options=[selectinload(Mandate.authorisations)])
    if row is None:
        raise NotFound(MandateText.MANDATE_NOT_FOUND)
    return row


def load_to_change(db: Session, mandate_id: str) -> Mandate:
    """`load`, for a transaction that changes the person's mandates (consent, revocation,
    discarding a draft): their usager's row is locked first, until the transaction ends.

    On a site server, two desks changing the same person's mandates then take turns, and the
    second reads what the first committed: a mandate is not revoked twice, a consent ends the
    authorisation another desk has just given, and no two transactions hold each other's rows
    while waiting for the journal's lock (a deadlock). The embedded file admits one writer at
    a time anyway.
    """
    usager_id = db.scalar(select(Mandate.usager_id).where(Mandate.id == mandate_id))
    if usager_id is not None:
        usagers.lock_person(db, usager_id)
    return load(db, mandate_id)


def get_mandate(ctx: SiteContext, mandate_id: MandateId) -> MandateView:
    with ctx.transaction() as db:
        return view(load(db, mandate_id), ctx.clock.now())


def find_by_code(ctx: SiteContext, code: str) -> MandateView:
    canonical = rules.normalise_code(code)
    if canonical is None:
        raise UsageError(MandateText.BAD_VERIFICATION_CODE)
    with ctx.transaction() as db:
        row = db.scalar(
            select(Mandate)
            .where(Mandate.verification_code == canonical)
            .options(selectinload(Mandate.authorisations))
        )
        if row is None:
            raise NotFound(MandateText.NO_MANDATE_WITH_CODE)
        return view(row, ctx.clock.now())


def mandates_of(
    ctx: SiteContext, usager_id: UsagerId, *, include_old: bool = False
) -> list[MandateView]:
    """A usager's mandates, newest first; those ended more than 365 days ago are hidden."""
    now = ctx.clock.now()
    stmt = (
        select(Mandate)
        .where(Mandate.usager_id == usager_id)
        .options(selectinload(Mandate.authorisations))
        .order_by(Mandate.created_at.desc())
    )
    if not include_old:
        stmt = stmt.where(Mandate.expires_at > now - rules.HIDE_AFTER)
    with ctx.transaction() as db:
        return [view(row, now) for row in db.scalars(stmt)]


def active_mandates_of(ctx: SiteContext, usager_id: UsagerId) -> list[MandateView]:
    """The usager's mandates that are active now."""
    now = ctx.clock.now()
    stmt = (
        select(Mandate)
        .where(
            Mandate.usager_id == usager_id,
            Mandate.consent == ConsentAnswer.GIVEN,
            Mandate.revoked_at.is_(None),
            Mandate.expires_at > now,
        )
        .options(selectinload(Mandate.authorisations))
    )
    with ctx.transaction() as db:
        views = [view(row, now) for row in db.scalars(stmt)]
    return [v for v in views if v.status is MandateStatus.ACTIVE]


def expiring(ctx: SiteContext, within: dt.timedelta = rules.EXPIRING_WITHIN) -> list[MandateView]:
    """Active mandates that end within `within` (30 days by default), soonest first."""
    now = ctx.clock.now()
    stmt = (
        select(Mandate)
        .where(
            Mandate.consent == ConsentAnswer.GIVEN,
            Mandate.revoked_at.is_(None),
            Mandate.expires_at > now,
            Mandate.expires_at <= now + within,
        )
        .options(selectinload(Mandate.authorisations))
        .order_by(Mandate.expires_at)
    )
    with ctx.transaction() as db:
        views = [view(row, now) for row in db.scalars(stmt)]
    return [v for v in views if v.status is MandateStatus.ACTIVE]


def covering_authorisation(
    db: Session, usager_id: str, demarche: str, proche_id: str | None, now: dt.datetime
) -> Authorisation | None:
    """The unrevoked authorisation of an active mandate that lets this holder act now.

    The holder is the site when `proche_id` is None, else that proche.
    """
    holder = (
        Mandate.holder_kind == HolderKind.SITE
        if proche_id is None
        else (Mandate.holder_kind == HolderKind.PROCHE) & (Mandate.proche_id == proche_id)
    )
    stmt = (
        select(Authorisation)
        .join(Mandate, Authorisation.mandate_id == Mandate.id)
        .where(
            Mandate.usager_id == usager_id,
            holder,
            Mandate.consent == ConsentAnswer.GIVEN,
            Mandate.revoked_at.is_(None),
            Mandate.starts_at <= now,
            Mandate.expires_at > now,
            Authorisation.demarche == demarche,
            Authorisation.revoked_at.is_(None),
        )
        .order_by(Mandate.expires_at.desc())
        .limit(1)
    )
    return db.scalar(stmt)


@dataclasses.dataclass(frozen=True)
class Verification:
    """What anyone holding the paper learns from its code."""

    code: str
    status: MandateStatus
    expires_at: dt.datetime
    #: The stored content hash still matches the stored mandate (nothing was altered).
    hash_matches: bool
    #: The hash prefix read from the QR code matches (None when only the code was typed).
    printed_hash_matches: bool | None


def verify(ctx: SiteContext, text: str) -> Verification:
    """Check a code (typed, or the whole QR payload): status and hash. Needs no login."""
    parsed = rules.parse_qr_payload(text)
    if parsed is None:
        raise UsageError(MandateText.BAD_VERIFICATION_CODE)
    code, printed_prefix = parsed
    with ctx.transaction() as db:
        row = db.scalar(
            select(Mandate)
            .where(Mandate.verification_code == code)
            .options(selectinload(Mandate.authorisations))
        )
        if row is None:
            raise NotFound(MandateText.NO_MANDATE_WITH_CODE)
        recomputed = rules.hash_of_row(row)
        return Verification(
            code=code,
            status=rules.status_of(row, ctx.clock.now()),
            expires_at=row.expires_at,
            hash_matches=recomputed == row.content_hash,
            printed_hash_matches=(
                None if printed_prefix is None else row.content_hash.startswith(printed_prefix)
            ),
        )
