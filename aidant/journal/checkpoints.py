"""Signed checkpoints: written at every session end and at least daily; verified on demand.

A checkpoint covers the CHECKPOINT entry that records it: the entry is appended first, then
the journal's size and head hash (that entry included) are signed and stored, all in one
transaction. So a checkpoint's size is always the seq of its own CHECKPOINT entry.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select

from aidant.domain.actors import SYSTEM, Actor, require_manager
from aidant.domain.errors import Phrase, StorageError
from aidant.journal.chain import append, format_time, head
from aidant.journal.kinds import EntryKind
from aidant.journal.statement import CheckpointStatement, checkpoint_message
from aidant.journal.texts import JournalText
from aidant.journal.verify import VerifyResult, verify_database
from aidant.site.context import SiteContext
from aidant.site.identity import read_identity
from aidant.storage.keystore import KeyName
from aidant.storage.models import Checkpoint
from crypto.signing import public_key_hex, sign

log = logging.getLogger(__name__)

DAILY = dt.timedelta(days=1)


def write_checkpoint(ctx: SiteContext, actor: Actor) -> CheckpointStatement:
    """Journal a CHECKPOINT entry and store the signed (size, head hash, time) covering it."""
    key = ctx.keystore.get(KeyName.SIGNING)
    if key is None:
        raise StorageError(JournalText.NO_SIGNING_KEY)
    try:
        now = ctx.clock.now()
        with ctx.transaction() as db:
            site = read_identity(db)
            if public_key_hex(key) != site.signing_public_key:
                raise StorageError(JournalText.WRONG_SIGNING_KEY)
            append(db, actor, EntryKind.CHECKPOINT, now)
            size, head_hash = head(db)
            at = format_time(now)
            signature = sign(key, checkpoint_message(site.id, size, head_hash, at))
            db.add(
                Checkpoint(
                    size=size,
                    head_hash=head_hash,
                    at=at,
                    public_key=site.signing_public_key,
                    signature=signature,
                )
            )
            statement = CheckpointStatement(
                site.id, size, head_hash, at, site.signing_public_key, signature
            )
    finally:
        key[:] = bytes(len(key))
    log.info("checkpoint written at size %d", statement.size)
    return statement


def latest_checkpoint(ctx: SiteContext) -> CheckpointStatement | None:
    with ctx.transaction() as db:
        row = db.scalars(select(Checkpoint).order_by(Checkpoint.id.desc()).limit(1)).first()
        if row is None:
            return None
        site_id = read_identity(db).id
        return CheckpointStatement(
            site_id, row.size, row.head_hash, row.at, row.public_key, row.signature
        )


def _parse_time(at: str) -> dt.datetime:
    return dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def ensure_daily_checkpoint(ctx: SiteContext) -> CheckpointStatement | None:
    """Write a checkpoint if the last one is a day old (or missing) and the journal has grown.

    Called at application start and at session end; returns the new checkpoint, if any.
    """
    last = latest_checkpoint(ctx)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        size, _ = head(db)
    if last is not None and (now - _parse_time(last.at) < DAILY or size <= last.size):
        return None
    return write_checkpoint(ctx, SYSTEM)


def verify_journal(
    ctx: SiteContext, actor: Actor, checkpoint: CheckpointStatement | None = None
) -> VerifyResult:
    """Verify the whole journal (managers only: it reads every entry), optionally against a
    checkpoint the manager kept outside the database (file or paper receipt)."""
    require_manager(actor)
    extra = [checkpoint] if checkpoint is not None else []
    result = verify_database(ctx.engine, extra)
    if result.ok:
        key = ctx.keystore.get(KeyName.SIGNING)
        if key is not None:
            try:
                with ctx.transaction() as db:
                    recorded = read_identity(db).signing_public_key
                if public_key_hex(key) != recorded:
                    return VerifyResult(
                        False,
                        result.size,
                        result.head_hash,
                        result.checkpoints_checked,
                        Phrase(JournalText.RECORDED_KEY_MISMATCH),
                        None,
                    )
            finally:
                key[:] = bytes(len(key))
    return result


def demo_checkpoint(ctx: SiteContext, agent: Actor) -> None:
    """Demo step: end the demo set-up with a signed checkpoint, as a session end would."""
    write_checkpoint(ctx, agent)
