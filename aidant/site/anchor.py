"""The journal's rollback anchor: its last known length and head hash, kept outside the
database (in the key store, authenticated with a key derived from this PC's device secret).

Each close of an open site records it; each opening through a login slot compares the journal
with it. A journal shorter than the anchor, or whose entry at the anchor's length has another
hash, means an older copy of the database was put back (or its tail deleted): the opening says
so in one sentence and nothing else happens until a manager acknowledges it (journalled by
`aidant.setup.opening`). What it cannot see: a change made by someone who also holds the key
store, who can rewrite the anchor too (docs/trust-model.md).
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import Engine, select

from aidant.domain.errors import AidantError, ExitCode, Phrase
from aidant.site.access import SiteAccess
from aidant.site.texts import SiteText
from aidant.storage.keystore import KeyName
from aidant.storage.models import JournalEntry
from crypto import loginslots

log = logging.getLogger(__name__)


class RollbackDetected(AidantError):
    """The journal is shorter than, or diverges from, what this PC saw last."""

    exit_code = ExitCode.CHECK_FAILED


def _head(engine: Engine) -> tuple[int, str]:
    with engine.connect() as conn:
        last = conn.execute(
            select(JournalEntry.seq, JournalEntry.hash).order_by(JournalEntry.seq.desc()).limit(1)
        ).first()
    return (0, "0" * 64) if last is None else (int(last[0]), str(last[1]))


def _body(access: SiteAccess, size: int, head: str) -> bytes:
    return json.dumps(
        {"site_id": access.site_id, "size": size, "head": head}, sort_keys=True
    ).encode()


def record(access: SiteAccess, engine: Engine) -> None:
    """Remember the journal's current length and head for the next opening."""
    size, head = _head(engine)
    body = _body(access, size, head)
    tag = loginslots.mac(access.mac_key("aidant journal anchor"), body)
    access.store.put(KeyName.ANCHOR, json.dumps({"size": size, "head": head, "mac": tag}).encode())


def check(access: SiteAccess, engine: Engine) -> Phrase | None:
    """The one sentence saying how the journal differs from the anchor (None: it continues
    it, or there is no anchor yet)."""
    raw = access.store.get(KeyName.ANCHOR)
    if raw is None:
        return None
    try:
        data = json.loads(bytes(raw))
        size, head, tag = int(data["size"]), str(data["head"]), str(data["mac"])
    except (ValueError, KeyError, TypeError):
        return Phrase(SiteText.ANCHOR_DAMAGED)
    body = _body(access, size, head)
    if not loginslots.mac_ok(access.mac_key("aidant journal anchor"), body, tag):
        return Phrase(SiteText.ANCHOR_DAMAGED)
    if size == 0:
        return None
    with engine.connect() as conn:
        found = conn.execute(select(JournalEntry.hash).where(JournalEntry.seq == size)).scalar()
    if found is None:
        current, _ = _head(engine)
        return Phrase(SiteText.JOURNAL_SHORTER, {"found": current, "expected": size})
    if found != head:
        return Phrase(SiteText.JOURNAL_DIVERGES, {"seq": size})
    return None
