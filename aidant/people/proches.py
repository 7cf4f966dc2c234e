"""Proches: relatives or informal carers who may hold a mandate from a usager."""

from __future__ import annotations

import dataclasses
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain import inputs
from aidant.domain.actors import Actor, require_agent
from aidant.domain.errors import NotFound, Refused
from aidant.domain.ids import ProcheId, new_id
from aidant.domain.texts import InputField
from aidant.journal import EntryKind
from aidant.people.texts import PeopleText
from aidant.people.usagers import fold
from aidant.site.context import SiteContext
from aidant.storage.models import Proche

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class ProcheView:
    id: ProcheId
    family_name: str
    given_names: str
    relationship_label: str | None
    phone: str | None
    email: str | None

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name.upper()}"


def view(row: Proche) -> ProcheView:
    return ProcheView(
        ProcheId(row.id),
        row.family_name,
        row.given_names,
        row.relationship_label,
        row.phone,
        row.email,
    )


def register_proche(
    ctx: SiteContext,
    actor: Actor,
    family_name: str,
    given_names: str,
    relationship_label: str | None = None,
    phone: str | None = None,
    email: str | None = None,
) -> ProcheView:
    """Register a proche (agents only, who check their identity), journalled by id only."""
    require_agent(actor)
    family_name = inputs.clean(family_name, InputField.FAMILY_NAME) or ""
    given_names = inputs.clean(given_names, InputField.GIVEN_NAMES) or ""
    if not family_name or not given_names:
        raise Refused(PeopleText.PROCHE_NAMES_REQUIRED)
    relationship_label = inputs.clean(relationship_label, InputField.RELATIONSHIP)
    phone = inputs.clean(phone, InputField.PHONE, inputs.PHONE_MAX)
    email = inputs.clean(email, InputField.EMAIL, inputs.EMAIL_MAX)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        row = Proche(
            id=new_id(),
            family_name=family_name,
            given_names=given_names,
            relationship_label=relationship_label,
            phone=phone,
            email=email,
            created_at=now,
        )
        db.add(row)
        db.flush()
        journal.append(db, actor, EntryKind.PROCHE_CREATED, now, data={"proche_id": row.id})
        return view(row)


def row_of(db: Session, proche_id: str) -> Proche:
    """The proche's row in the caller's transaction; NotFound if absent."""
    row = db.get(Proche, proche_id)
    if row is None:
        raise NotFound(PeopleText.PROCHE_NOT_FOUND)
    return row


def find_proches(ctx: SiteContext, query: str, limit: int = 50) -> list[ProcheView]:
    """Proches whose names contain every word of `query`, ignoring accents and case."""
    words = fold(query).split()
    with ctx.transaction() as db:
        rows = db.scalars(select(Proche).order_by(Proche.family_name)).all()
        found = [
            view(r)
            for r in rows
            if all(w in fold(f"{r.family_name} {r.given_names}") for w in words)
        ]
    return found[:limit]


def get_proche(ctx: SiteContext, proche_id: ProcheId) -> ProcheView:
    with ctx.transaction() as db:
        return view(row_of(db, proche_id))
