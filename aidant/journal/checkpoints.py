"""Signed checkpoints: written at every session end and at least daily; verified on demand.

A checkpoint covers the CHECKPOINT entry that records it: the entry is appended first, then
the journal's size and head hash (that entry included) are signed and stored, all in one
transaction. So a checkpoint's size is always the seq of its own CHECKPOINT entry.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant.domain.actors import SYSTEM, Actor, require_manager
from aidant.domain.errors import Phrase, StorageError
from aidant.journal.chain import GENESIS_HASH, append, format_time, head
from aidant.journal.covered import make_covered, sign_covered, signers
from aidant.journal.kinds import EntryKind
from aidant.journal.statement import CheckpointStatement, checkpoint_message
from aidant.journal.texts import JournalText
from aidant.journal.verify import VerifyResult, verify_database
from aidant.site.context import SiteContext
from aidant.site.identity import read_identity
from aidant.storage.keystore import KeyName
from aidant.storage.models import Checkpoint
from crypto.signing import public_key_hex, same_fingerprint, sign

log = logging.getLogger(__name__)

DAILY = dt.timedelta(days=1)


def _signing_key(ctx: SiteContext, db: Session) -> tuple[bytearray, dict[str, str]]:
    """The key that signs: on a site with a root key, the certified key of the agent whose
    login slot opened the site; before, the site's journal signing key from the key store."""
    site = read_identity(db)
    if site.root_public_key is None:
        key = ctx.keystore.get(KeyName.SIGNING)
        if key is None:
            raise StorageError(JournalText.NO_SIGNING_KEY)
        if public_key_hex(key) != site.signing_public_key:
            key[:] = bytes(len(key))
            raise StorageError(JournalText.WRONG_SIGNING_KEY)
        return key, {}
    held = ctx.access.payload.signing_key if ctx.access is not None else None
    if held is None:
        raise StorageError(JournalText.NO_AGENT_SIGNING_KEY)
    key = bytearray(held.view())
    allowed = signers(db, site.signing_public_key, site.root_public_key)
    public = public_key_hex(key)
    if public not in allowed.certified:
        key[:] = bytes(len(key))
        raise StorageError(JournalText.NO_AGENT_SIGNING_KEY)
    return key, {"key": public, "by": allowed.owners[public]}


def write_checkpoint(ctx: SiteContext, actor: Actor) -> CheckpointStatement:
    """Journal a CHECKPOINT entry and store the signed (size, head hash, time) covering it,
    with the signed list of what it covers (`aidant.journal.covered`)."""
    now = ctx.clock.now()
    with ctx.transaction() as db:
        key, signer = _signing_key(ctx, db)
        try:
            site = read_identity(db)
            public = public_key_hex(key)
            append(db, actor, EntryKind.CHECKPOINT, now, data=signer)
            size, head_hash = head(db)
            at = format_time(now)
            signature = sign(key, checkpoint_message(site.id, size, head_hash, at))
            covered = make_covered(db, public, size)
            db.add(
                Checkpoint(
                    size=size,
                    head_hash=head_hash,
                    at=at,
                    public_key=public,
                    signature=signature,
                    covered=covered,
                    covered_signature=sign_covered(key, site.id, size, covered),
                )
            )
            statement = CheckpointStatement(site.id, size, head_hash, at, public, signature)
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


def _root_problem(ctx: SiteContext, root_fingerprint: str | None) -> JournalText | None:
    """Whether the root the database records is the one this PC pinned and the one the
    manager typed from paper (the recovery sheet, a receipt)."""
    with ctx.transaction() as db:
        root = read_identity(db).root_public_key
    if root is None:
        return None
    pinned = ctx.access.root_public_key() if ctx.access is not None else None
    if pinned is not None and pinned != root:
        return JournalText.ROOT_NOT_PINNED
    if root_fingerprint is not None and not same_fingerprint(root_fingerprint, root):
        return JournalText.ROOT_MISMATCH
    return None


def verify_journal(
    ctx: SiteContext,
    actor: Actor,
    checkpoint: CheckpointStatement | None = None,
    root_fingerprint: str | None = None,
) -> VerifyResult:
    """Verify the whole journal (managers only: it reads every entry), optionally against a
    checkpoint the manager kept outside the database (file or paper receipt), every checkpoint
    signature against a certificate of the site root, and that root against the fingerprint
    the manager typed."""
    require_manager(actor)
    root_problem = _root_problem(ctx, root_fingerprint)
    if root_problem is not None:
        return VerifyResult(False, 0, GENESIS_HASH, 0, Phrase(root_problem), None)
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
