"""An attacker's rewrite of the journal: one entry's actor changed and every later hash
recomputed, so that only signed checkpoints can tell (the tests of verification use it)."""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine, text

from aidant.journal.chain import GENESIS_HASH, entry_bytes
from tests.support.server import as_server_owner, server_owner


def rewrite_and_rechain(engine: Engine, seq_to_change: int, actor: str) -> None:
    """Set entry `seq_to_change`'s actor to `actor` and rechain the whole journal."""
    with server_owner(engine) as owner, owner.begin() as conn:
        as_server_owner(conn)
        rows = conn.execute(
            text("SELECT seq, at, kind, actor, usager_id, data FROM journal_entries ORDER BY seq")
        ).all()
        prev = GENESIS_HASH
        for seq, at, kind, old_actor, usager_id, data in rows:
            who = actor if seq == seq_to_change else old_actor
            new = hashlib.sha256(
                bytes.fromhex(prev) + entry_bytes(seq, at, kind, who, usager_id, data)
            ).hexdigest()
            conn.execute(
                text("UPDATE journal_entries SET actor=:a, prev_hash=:p, hash=:h WHERE seq=:s"),
                {"a": who, "p": prev, "h": new, "s": seq},
            )
            prev = new
