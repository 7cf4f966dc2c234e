"""Usagers: registration with minimal identity, accent- and case-insensitive search, and
detection of likely duplicates (the same person registered twice splits their mandates)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import enum
import unicodedata
from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain import inputs
from aidant.domain.actors import Actor, require_agent
from aidant.domain.errors import NotFound, Refused, UsageError
from aidant.domain.ids import UsagerId, new_id
from aidant.domain.texts import InputField
from aidant.journal import EntryKind
from aidant.people import history
from aidant.people.contact import clean_email, clean_phone
from aidant.people.history import IdentityCorrection
from aidant.people.texts import PeopleText
from aidant.site.context import SiteContext
from aidant.storage import server as storage_server
from aidant.storage.models import JournalEntry, Usager


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


class DuplicateReason(enum.StrEnum):
    SAME_NAME_SAME_BIRTH = "same_name_same_birth"
    SAME_NAME = "same_name"  # one of the two birth dates is unknown
    CLOSE_NAME = "close_name"  # a typo, a missing accent, names swapped


@dataclasses.dataclass(frozen=True)
class DuplicateCandidate:
    usager: UsagerView
    reason: DuplicateReason


class DuplicateSuspected(Refused):
    """`register` found someone who is probably the same person."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        first = candidates[0].usager
        if first.birth_date is None:
            super().__init__(PeopleText.DUPLICATE_SUSPECTED_NO_BIRTH_DATE, name=first.display_name)
        else:
            super().__init__(
                PeopleText.DUPLICATE_SUSPECTED,
                name=first.display_name,
                birth_date=f"{first.birth_date:%d/%m/%Y}",
            )
        self.candidates = candidates


#: Two folded names at least this similar (difflib ratio) are "close".
CLOSE_NAME_RATIO = 0.85


def _closeness(key: str, family: str, given: str) -> float:
    # Names are often typed in the wrong order at a counter: compare both orders. The quick
    # upper bounds skip the full comparison for the many names that cannot be close.
    best = 0.0
    for typed in (f"{family} {given}", f"{given} {family}"):
        matcher = difflib.SequenceMatcher(None, key, typed)
        if matcher.real_quick_ratio() >= CLOSE_NAME_RATIO and (
            matcher.quick_ratio() >= CLOSE_NAME_RATIO
        ):
            best = max(best, matcher.ratio())
    return best


def _starts_with(prefix: str) -> ColumnElement[bool]:
    # U+10FFFF sorts after every character (any script) that may follow the prefix.
    return and_(Usager.search_key >= prefix, Usager.search_key < prefix + "\U0010ffff")


def likely_duplicates(
    ctx: SiteContext,
    family_name: str,
    given_names: str,
    birth_date: dt.date | None = None,
    limit: int = 5,
) -> list[DuplicateCandidate]:
    """Registered usagers who are probably this person (the UI calls it while typing).

    Same folded name and same birth date, or the same name when a birth date is unknown, or a
    close name (typo, missing accent, swapped names) unless both birth dates are known and differ.
    """
    with ctx.transaction() as db:
        return _duplicates_in(db, family_name, given_names, birth_date, limit)


def _duplicates_in(
    db: Session,
    family_name: str,
    given_names: str,
    birth_date: dt.date | None,
    limit: int = 5,
) -> list[DuplicateCandidate]:
    """`likely_duplicates` read in the caller's transaction."""
    family, given = fold(family_name), fold(given_names)
    if not family or not given:
        return []
    key = f"{family} {given}"
    # Candidates: same birth date, or a stored key starting like either name part (names
    # swapped). Prefixes are index ranges rather than LIKE, which SQLite would scan.
    clauses = [_starts_with(family[:3]), _starts_with(given[:3])]
    if birth_date is not None:
        clauses.append(Usager.birth_date == birth_date)
    stmt = select(Usager).where(Usager.erased_at.is_(None), or_(*clauses))
    if birth_date is not None:
        # Two known, different birth dates: two different people, whatever their names.
        stmt = stmt.where(or_(Usager.birth_date.is_(None), Usager.birth_date == birth_date))
    found: list[tuple[int, float, DuplicateCandidate]] = []
    for row in db.scalars(stmt.limit(2000)):
        same_birth = birth_date is not None and row.birth_date == birth_date
        if row.search_key == key:
            reason = (
                DuplicateReason.SAME_NAME_SAME_BIRTH if same_birth else DuplicateReason.SAME_NAME
            )
            rank, score = (0 if same_birth else 1), 1.0
        else:
            score = _closeness(row.search_key, family, given)
            if score < CLOSE_NAME_RATIO:
                continue
            reason, rank = DuplicateReason.CLOSE_NAME, 2
        found.append((rank, -score, DuplicateCandidate(view(row), reason)))
    found.sort(key=lambda item: (item[0], item[1], item[2].usager.id))
    return [candidate for _, _, candidate in found[:limit]]


def _checked_identity(
    today: dt.date,
    family_name: str,
    given_names: str,
    birth_date: dt.date | None,
    birth_place: str | None,
    phone: str | None,
    email: str | None,
) -> dict[str, Any]:
    """The identity fields as stored, bounded and normalised (register and correct share it);
    `Refused`, `InvalidInput` or `UsageError` with one sentence for the first wrong field."""
    family = inputs.clean(family_name, InputField.FAMILY_NAME) or ""
    given = inputs.clean(given_names, InputField.GIVEN_NAMES) or ""
    if not family or not given:
        raise Refused(PeopleText.NAMES_REQUIRED)
    if birth_date is not None and birth_date > today:
        raise Refused(PeopleText.BIRTH_DATE_IN_FUTURE)
    inputs.check_date(birth_date, InputField.BIRTH_DATE, inputs.OLDEST_BIRTH, today)
    return {
        "family_name": family,
        "given_names": given,
        "birth_date": birth_date,
        "birth_place": inputs.clean(birth_place, InputField.BIRTH_PLACE),
        "phone": clean_phone(inputs.clean(phone, InputField.PHONE, inputs.PHONE_MAX)),
        "email": clean_email(inputs.clean(email, InputField.EMAIL, inputs.EMAIL_MAX)),
    }


def _confirmed(
    candidates: list[DuplicateCandidate], allow_duplicate: bool, shown: Collection[str] | None
) -> bool:
    """Whether the agent confirmed "another person" against these very candidates."""
    if not allow_duplicate:
        return False
    return shown is None or all(c.usager.id in shown for c in candidates)


def register(
    ctx: SiteContext,
    actor: Actor,
    family_name: str,
    given_names: str,
    birth_date: dt.date | None = None,
    birth_place: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    *,
    allow_duplicate: bool = False,
    shown: Collection[str] | None = None,
) -> UsagerView:
    """Register a usager (agents only), journalled with their id only.

    Raises `DuplicateSuspected` when someone very like them is already registered, unless the
    agent confirmed it is another person (`allow_duplicate=True`): than the people `shown` to
    them, when given. Someone else found meanwhile (another desk registered them after the
    warning, or the names were changed since) raises the warning again, with them.
    """
    require_agent(actor)
    now = ctx.clock.now()
    checked = _checked_identity(
        now.date(), family_name, given_names, birth_date, birth_place, phone, email
    )
    family, given = checked["family_name"], checked["given_names"]
    with ctx.transaction() as db:
        # Checked and inserted in one transaction, one registration at a time on a server: two
        # desks registering the same person at the same moment give one usager and a warning.
        storage_server.serialise_registrations(db)
        candidates = _duplicates_in(db, family, given, birth_date)
        if candidates and not _confirmed(candidates, allow_duplicate, shown):
            raise DuplicateSuspected(candidates)
        row = Usager(
            id=new_id(),
            **checked,
            search_key=search_key(family, given),
            created_at=now,
            updated_at=now,
        )
        db.add(row)
        db.flush()
        journal.append(
            db,
            actor,
            EntryKind.USAGER_CREATED,
            now,
            usager_id=row.id,
            data={"duplicate_confirmed": bool(candidates)},
        )
        return view(row)


#: The identity fields an agent may correct (the order the journal lists them in).
IDENTITY_FIELDS = ("family_name", "given_names", "birth_date", "birth_place", "phone", "email")


def correct(
    ctx: SiteContext,
    actor: Actor,
    usager_id: UsagerId,
    family_name: str,
    given_names: str,
    birth_date: dt.date | None = None,
    birth_place: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    *,
    allow_duplicate: bool = False,
    shown: Collection[str] | None = None,
) -> UsagerView:
    """Correct a usager's identity (the right to rectification the consent form promises).

    Same checks as `register`. The journal entry names the fields that changed and holds
    their old values sealed under the person's own key (`people.history`), never in clear:
    the journal outlives an erasure, which destroys that key. A correction that makes them look
    like someone else raises `DuplicateSuspected`, as a registration does, unless confirmed.
    """
    require_agent(actor)
    now = ctx.clock.now()
    new = _checked_identity(
        now.date(), family_name, given_names, birth_date, birth_place, phone, email
    )
    with ctx.transaction() as db:
        storage_server.serialise_registrations(db)  # the same check as a registration's
        row = live_row(db, usager_id)
        changed = [f for f in IDENTITY_FIELDS if getattr(row, f) != new[f]]
        if not changed:
            raise UsageError(PeopleText.NOTHING_CHANGED)
        if {"family_name", "given_names", "birth_date"} & set(changed):
            found = _duplicates_in(
                db, new["family_name"], new["given_names"], new["birth_date"], limit=6
            )
            others = [c for c in found if c.usager.id != row.id][:5]
            if others and not _confirmed(others, allow_duplicate, shown):
                raise DuplicateSuspected(others)
        kind = EntryKind.USAGER_UPDATED
        sealed = history.seal_previous(row, kind, {f: getattr(row, f) for f in changed})
        for name in changed:
            setattr(row, name, new[name])
        row.search_key = search_key(row.family_name, row.given_names)
        row.updated_at = now
        journal.append(
            db,
            actor,
            kind,
            now,
            usager_id=row.id,
            data={"fields": changed, "correction": True, history.SEALED: sealed},
        )
        return view(row)


def identity_history(
    ctx: SiteContext, actor: Actor, usager_id: UsagerId
) -> list[IdentityCorrection]:
    """The corrections of a person's identity, oldest first, with the values they replaced
    (agents and managers). Gone with the person: an erased usager is `NotFound`."""
    require_agent(actor)
    with ctx.transaction() as db:
        return history.corrections(db, live_row(db, usager_id))


def search(ctx: SiteContext, query: str, limit: int = 50) -> list[UsagerView]:
    """Usagers whose names contain every word of `query`, ignoring accents and case."""
    words = fold(query).split()
    stmt = select(Usager).where(Usager.erased_at.is_(None))
    if ctx.on_server:  # the server's own search, which its index serves (migration 0013)
        stmt = stmt.where(Usager.id.in_(storage_server.usagers_matching(words, limit)))
    else:
        for word in words:
            stmt = stmt.where(Usager.search_key.contains(word, autoescape=True))
    stmt = stmt.order_by(Usager.search_key).limit(limit)
    with ctx.transaction() as db:
        return [view(u) for u in db.scalars(stmt)]


def live_row(db: Session, usager_id: str) -> Usager:
    """The usager's row in the caller's transaction; NotFound if absent or erased."""
    row = db.get(Usager, usager_id)
    if row is None or row.erased_at is not None:
        raise NotFound(PeopleText.USAGER_NOT_FOUND)
    return row


def lock_person(db: Session, usager_id: str) -> None:
    """Hold the usager's row until the caller's transaction ends (SELECT … FOR UPDATE on a
    server; nothing to add on the embedded file, where a transaction already excludes every
    other writer): changes to one person's mandates take turns across desks."""
    db.execute(select(Usager.id).where(Usager.id == usager_id).with_for_update())


def get(ctx: SiteContext, usager_id: UsagerId) -> UsagerView:
    with ctx.transaction() as db:
        return view(live_row(db, usager_id))


#: Journal entries that mean "something was done for this person".
HELPED_KINDS = (
    EntryKind.USAGER_CREATED,
    EntryKind.MANDATE_CREATED,
    EntryKind.MANDATE_RENEWED,
    EntryKind.CONSENT_GIVEN,
    EntryKind.ACTION_RECORDED,
    EntryKind.DOCUMENT_DEPOSITED,
    EntryKind.VAULT_CREATED,
)


def last_helped(ctx: SiteContext, actor: Actor, limit: int = 10) -> list[UsagerView]:
    """The usagers something was last done for at this site, most recent first (agents only).

    Read from the journal, so it spans sessions and agents and needs no extra state.
    """
    require_agent(actor)
    latest = func.max(JournalEntry.seq).label("latest")
    recent = (
        select(JournalEntry.usager_id, latest)
        .where(JournalEntry.usager_id.is_not(None), JournalEntry.kind.in_(HELPED_KINDS))
        .group_by(JournalEntry.usager_id)
        .subquery()
    )
    stmt = (
        select(Usager)
        .join(recent, recent.c.usager_id == Usager.id)
        .where(Usager.erased_at.is_(None))
        .order_by(recent.c.latest.desc())
        .limit(limit)
    )
    with ctx.transaction() as db:
        return [view(u) for u in db.scalars(stmt)]
