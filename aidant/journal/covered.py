"""What a checkpoint covers, and who may sign one.

Since the site root key, each checkpoint is signed by the agent who writes it (the key of their
own login slot, certified by the root), not by a key every user of the PC can read. Besides its
signed (size, head) statement, a checkpoint keeps the first 8 bytes of every entry hash since
the signer's own previous checkpoint, signed too: an agent who rewrites the journal can re-sign
their own checkpoints, never another agent's, and the first entry that differs from what such a
checkpoint covers is named exactly.

Covered bytes: first seq (8 bytes, big-endian), then 8 bytes per entry. Signed message:
`aidant-checkpoint-covered` NUL site NUL size (decimal) NUL SHA-256 of the covered bytes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import struct
from collections.abc import Mapping

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from aidant.storage.models import Certificate, Checkpoint, JournalEntry
from crypto.signing import sign, verify

PREFIX = 8
#: At most this many entries in one checkpoint's covered list (the oldest are left out).
MAX_COVERED = 20_000
CERTIFIED_KIND = "agent_certified"


def covered_message(site_id: str, size: int, covered: bytes) -> bytes:
    digest = hashlib.sha256(covered).hexdigest()
    return f"aidant-checkpoint-covered\0{site_id}\0{size}\0{digest}".encode()


def make_covered(db: Session, public_key: str, size: int) -> bytes:
    """The covered bytes of a checkpoint at `size` signed by `public_key`."""
    previous = db.scalar(
        select(Checkpoint.size)
        .where(Checkpoint.public_key == public_key, Checkpoint.size < size)
        .order_by(Checkpoint.size.desc())
        .limit(1)
    )
    first = max((previous or 0) + 1, size - MAX_COVERED + 1, 1)
    rows = db.execute(
        select(JournalEntry.seq, JournalEntry.hash)
        .where(JournalEntry.seq >= first, JournalEntry.seq <= size)
        .order_by(JournalEntry.seq)
    ).all()
    if rows:  # on a server, the journal's oldest entries may have been purged
        first = max(first, rows[0][0])
    return struct.pack(">Q", first) + b"".join(bytes.fromhex(h)[:PREFIX] for _, h in rows)


def sign_covered(key: bytes | bytearray, site_id: str, size: int, covered: bytes) -> str:
    return sign(key, covered_message(site_id, size, covered))


@dataclasses.dataclass(frozen=True)
class Covered:
    """A checkpoint's verified covered list: entry seq → hash prefix."""

    first: int
    prefixes: tuple[bytes, ...]

    def first_difference(self, current: Mapping[int, bytes]) -> int | None:
        """The first seq whose current hash differs from the covered one (None: all equal);
        seqs absent from `current` (the journal's purged beginning) are not compared."""
        for offset, prefix in enumerate(self.prefixes):
            seq = self.first + offset
            if seq in current and current[seq] != prefix:
                return seq
        return None


def parse_covered(
    site_id: str, size: int, public_key: str, covered: bytes | None, signature: str | None
) -> Covered | None:
    """The covered list when its signature by `public_key` holds (None otherwise)."""
    if covered is None or signature is None or len(covered) < 8:
        return None
    if (len(covered) - 8) % PREFIX or not verify(
        public_key, signature, covered_message(site_id, size, covered)
    ):
        return None
    (first,) = struct.unpack(">Q", covered[:8])
    body = covered[8:]
    return Covered(first, tuple(body[i : i + PREFIX] for i in range(0, len(body), PREFIX)))


@dataclasses.dataclass(frozen=True)
class Signers:
    """Who may sign a checkpoint: keys certified by the site root; the old site key only for
    checkpoints older than the first certificate (or on a site without a root)."""

    site_key: str
    root: str | None
    certified: frozenset[str]
    #: The seq of the first certificate entry (None: no certificate yet).
    first_certified: int | None
    #: Certified key → the agent id its certificates name.
    owners: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def signed_by_its_writer(
        self, public_key: str, size: int, recorded: Mapping[str, object]
    ) -> bool:
        """A stored checkpoint's key is the one its CHECKPOINT entry records, certified for the
        agent that entry names as signer: an agent re-signs nobody else's checkpoint."""
        if "key" not in recorded:  # written before checkpoints recorded their key
            return self.root is None or self.first_certified is None or size < self.first_certified
        if recorded["key"] != public_key:
            return False
        owner = self.owners.get(public_key)
        return owner is None or recorded.get("by") == owner

    def accepts(self, public_key: str, size: int) -> bool:
        if public_key in self.certified:
            return True
        if public_key != self.site_key:
            return False
        return self.root is None or self.first_certified is None or size < self.first_certified


def _certified_key(body: str) -> tuple[str, str] | None:
    """(signing key, agent id) a certificate binds (format of `aidant.agents.certificates`)."""
    try:
        data = json.loads(body)
        if data.get("format") != "aidant-agent-certificate":
            return None
        key, agent = data.get("key"), data.get("agent")
    except (ValueError, AttributeError):
        return None
    if isinstance(key, str) and len(key) == 64 and isinstance(agent, str):
        return key, agent
    return None


def signers(
    conn: Connection | Session, site_key: str, root: str | None, purged: int = 0
) -> Signers:
    """The keys that the certificates in the store bind to a login, checked against `root`;
    `purged`: the entries removed from the journal's beginning (a server's purge)."""
    owners: dict[str, str] = {}
    if root is not None:
        for body, signature in conn.execute(select(Certificate.body, Certificate.signature)):
            if verify(root, signature, body.encode()):
                bound = _certified_key(body)
                if bound:
                    owners[bound[0]] = bound[1]
    certified = select(JournalEntry.seq).where(JournalEntry.kind == CERTIFIED_KIND)
    first = conn.execute(certified.order_by(JournalEntry.seq).limit(1)).scalar()
    if purged and owners:
        # Each certificate was journalled when issued: fewer entries than certificates means
        # the first ones went with the journal's purged beginning, and the site key signed no
        # checkpoint after them.
        issued = conn.execute(select(func.count()).select_from(Certificate)).scalar_one()
        kept = conn.execute(select(func.count()).select_from(certified.subquery())).scalar_one()
        if kept < issued:
            first = purged + 1
    return Signers(site_key, root, frozenset(owners), first, owners)
