"""Retention and erasure: personal data goes a set time after the last mandate ends.

Site policy `retention_years` (default 3, as Aidants Connect does): a usager whose last mandate
ended more than that long ago, with nothing done for them since, is erased. Erasing keeps the
`usagers` row as a pseudonymous id (the journal refers to it), replaces the names by
"usager effacé", nulls every other personal field and the free text written about them, and
crypto-shreds their vault: key slots deleted (without them the age files cannot be opened by
Aidant), vault marked shredded, blob folder removed. Their journal key goes too, so the old
values of a corrected identity, sealed in the journal under it, can never be read again
(`people.history`). The journal holds ids and sealed values only, so it still verifies.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain.actors import Actor, require_manager
from aidant.domain.ids import UsagerId
from aidant.files import safe_io
from aidant.journal.kinds import EntryKind
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.site.policy import load_policy
from aidant.storage import engine as storage_engine
from aidant.storage.models import Action, Document, KeySlot, Mandate, Usager, Vault

log = logging.getLogger(__name__)

PSEUDONYM = "usager effacé"


@dataclasses.dataclass(frozen=True)
class PurgeCandidate:
    usager_id: str
    display_name: str
    last_activity: dt.datetime


def years_before(when: dt.datetime, years: int) -> dt.datetime:
    try:
        return when.replace(year=when.year - years)
    except ValueError:  # 29 February in a year that has none
        return when.replace(year=when.year - years, day=28)


def _last_activity(db: Session) -> dict[str, dt.datetime]:
    """Per usager: the latest of registration, update, mandate end, action and deposit."""
    latest: dict[str, dt.datetime] = {}

    def bump(usager_id: str, when: dt.datetime | None) -> None:
        if when is not None and (usager_id not in latest or when > latest[usager_id]):
            latest[usager_id] = when

    for uid, created, updated in db.execute(
        select(Usager.id, Usager.created_at, Usager.updated_at).where(Usager.erased_at.is_(None))
    ):
        bump(uid, max(created, updated))
    for uid, expires, revoked in db.execute(
        select(Mandate.usager_id, Mandate.expires_at, Mandate.revoked_at)
    ):
        bump(uid, min(expires, revoked) if revoked else expires)
    for uid, when in db.execute(
        select(Action.usager_id, func.max(Action.done_at)).group_by(Action.usager_id)
    ):
        bump(uid, when)
    for uid, when in db.execute(
        select(Vault.usager_id, func.max(Document.deposited_at))
        .join(Document, Document.vault_id == Vault.id)
        .group_by(Vault.usager_id)
    ):
        bump(uid, when)
    return latest


def purge_candidates(ctx: SiteContext, actor: Actor) -> list[PurgeCandidate]:
    """Usagers whose personal data is past the site's retention period (what --dry-run lists)."""
    require_manager(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        limit = years_before(now, load_policy(db).retention_years)
        latest = _last_activity(db)
        rows = db.execute(
            select(Usager.id, Usager.given_names, Usager.family_name).where(
                Usager.erased_at.is_(None)
            )
        ).all()
    found = [
        PurgeCandidate(uid, f"{given} {family.upper()}", latest[uid])
        for uid, given, family in rows
        if uid in latest and latest[uid] < limit
    ]
    return sorted(found, key=lambda c: c.last_activity)


def _shred_vault(db: Session, actor: Actor, usager_id: str, now: dt.datetime) -> str | None:
    """Destroy the vault's key slots and mark it shredded; return its id for blob removal."""
    vault = db.scalar(select(Vault).where(Vault.usager_id == usager_id))
    if vault is None:
        return None
    slots = db.scalar(select(func.count()).select_from(KeySlot).where(KeySlot.vault_id == vault.id))
    db.execute(delete(KeySlot).where(KeySlot.vault_id == vault.id))
    live = Document.vault_id == vault.id, Document.deleted_at.is_(None)
    documents = db.scalar(select(func.count()).select_from(Document).where(*live))
    db.execute(update(Document).where(*live).values(deleted_at=now))
    vault.shredded_at = now
    journal.append(
        db,
        actor,
        EntryKind.VAULT_SHREDDED,
        now,
        usager_id=usager_id,
        data={"vault": vault.id, "slots": int(slots or 0), "documents": int(documents or 0)},
    )
    return vault.id


def _erase_in(db: Session, actor: Actor, usager: Usager, now: dt.datetime) -> str | None:
    usager.family_name = PSEUDONYM
    usager.given_names = PSEUDONYM
    usager.birth_date = None
    usager.birth_place = None
    usager.phone = None
    usager.email = None
    usager.search_key = ""
    # Crypto-shredding: the old values the journal keeps sealed for them open no more.
    usager.journal_key = None
    usager.updated_at = now
    usager.erased_at = now
    # Free text written by agents about the person goes too; démarche and dates stay for counts.
    db.execute(update(Action).where(Action.usager_id == usager.id).values(description=""))
    db.execute(
        update(Mandate)
        .where(Mandate.usager_id == usager.id, Mandate.revoked_reason.is_not(None))
        .values(revoked_reason="")
    )
    vault_id = _shred_vault(db, actor, usager.id, now)
    journal.append(db, actor, EntryKind.USAGER_ERASED, now, usager_id=usager.id)
    return vault_id


def _forget_old_copies(ctx: SiteContext) -> None:
    # The database zeroes freed space (secure_delete); the write-ahead log still holds older
    # copies of the pages, names and journal key included, until it is emptied.
    if not storage_engine.drop_old_page_copies(ctx.engine):
        log.warning("erasure: the database log could not be emptied now (a reader was busy)")


def _remove_blobs(ctx: SiteContext, vault_ids: list[str]) -> None:
    # After the commit: if this is interrupted, the blobs left behind are unreadable already
    # (no key slot) and `remove_shredded_blobs` finishes the job at the next purge.
    for vault_id in vault_ids:
        safe_io.remove_tree(ctx.paths.vaults / vault_id, ctx.paths.vaults)


def remove_shredded_blobs(ctx: SiteContext) -> int:
    """Remove the blob folders of vaults already shredded (an earlier removal interrupted)."""
    with ctx.transaction() as db:
        ids = list(db.scalars(select(Vault.id).where(Vault.shredded_at.is_not(None))))
    present = [v for v in ids if (ctx.paths.vaults / v).exists()]
    _remove_blobs(ctx, present)
    return len(present)


def erase_usager(ctx: SiteContext, actor: Actor, usager_id: UsagerId) -> None:
    """Erase one usager's personal data now (right to erasure); managers only."""
    require_manager(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        usager = usagers.live_row(db, usager_id)
        vault_id = _erase_in(db, actor, usager, now)
    _forget_old_copies(ctx)
    _remove_blobs(ctx, [vault_id] if vault_id else [])


def purge(ctx: SiteContext, actor: Actor) -> list[str]:
    """Erase every usager past the retention period; return their ids."""
    require_manager(actor)
    candidates = {c.usager_id for c in purge_candidates(ctx, actor)}
    now = ctx.clock.now()
    vault_ids: list[str] = []
    with ctx.transaction() as db:
        for usager in db.scalars(select(Usager).where(Usager.id.in_(candidates))):
            vault_id = _erase_in(db, actor, usager, now)
            if vault_id:
                vault_ids.append(vault_id)
        journal.append(db, actor, EntryKind.PURGE_DONE, now, data={"usagers": len(candidates)})
    _forget_old_copies(ctx)
    _remove_blobs(ctx, vault_ids)
    remove_shredded_blobs(ctx)
    return sorted(candidates)
