"""Usagers: registration with minimal identity, accent- and case-insensitive search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

from sqlalchemy import select

from aidant import journal
from aidant.actors import Actor, require_agent
from aidant.context import SiteContext
from aidant.errors import NotFound, Refused
from aidant.ids import UsagerId, new_id
from aidant.journal import EntryKind
from aidant.storage.models import Usager


@dataclasses.dataclass(frozen=True)
class UsagerView:
    id: UsagerId
    family_name: str
    given_names: str
    birth_date: dt.date | None
    birth_place: str | None
    phone: str | None
    email: str | None

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name.upper()}"


# Letters that Unicode does not decompose into a base letter plus an accent.
_LIGATURES = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ð": "d"})


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form used for search ("Éléonore" → "eleonore")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in stripped.casefold())
    return " ".join(cleaned.split())


def search_key(family_name: str, given_names: str) -> str:
    return fold(f"{family_name} {given_names}")


def view(row: Usager) -> UsagerView:
    return UsagerView(
        UsagerId(row.id),
        row.family_name,
        row.given_names,
        row.birth_date,
        row.birth_place,
        row.phone,
        row.email,
    )


def register(
    ctx: SiteContext,
    actor: Actor,
    family_name: str,
    given_names: str,
    birth_date: dt.date | None = None,
    birth_place: str | None = None,
    phone: str | None = None,
    email: str | None = None,
) -> UsagerView:
    """Register a usager (agents only), journalled with their id only."""
    require_agent(actor)
    family_name, given_names = family_name.strip(), given_names.strip()
    if not family_name or not given_names:
        raise Refused("Le nom et le prénom sont obligatoires.")
    now = ctx.clock.now()
    if birth_date is not None and birth_date > now.date():
        raise Refused("La date de naissance est dans le futur.")
    with ctx.transaction() as db:
        row = Usager(
            id=new_id(),
            family_name=family_name,
            given_names=given_names,
            birth_date=birth_date,
            birth_place=(birth_place or "").strip() or None,
            phone=(phone or "").strip() or None,
            email=(email or "").strip() or None,
            search_key=search_key(family_name, given_names),
            created_at=now,
            updated_at=now,
        )
        db.add(row)
        db.flush()
        journal.append(db, actor, EntryKind.USAGER_CREATED, now, usager_id=row.id)
        return view(row)


def search(ctx: SiteContext, query: str, limit: int = 50) -> list[UsagerView]:
    """Usagers whose names contain every word of `query`, ignoring accents and case."""
    words = fold(query).split()
    stmt = select(Usager).where(Usager.erased_at.is_(None))
    for word in words:
        stmt = stmt.where(Usager.search_key.contains(word, autoescape=True))
    stmt = stmt.order_by(Usager.search_key).limit(limit)
    with ctx.transaction() as db:
        return [view(u) for u in db.scalars(stmt)]


def get(ctx: SiteContext, usager_id: str) -> UsagerView:
    with ctx.transaction() as db:
        row = db.get(Usager, usager_id)
        if row is None or row.erased_at is not None:
            raise NotFound("Usager introuvable.")
        return view(row)
