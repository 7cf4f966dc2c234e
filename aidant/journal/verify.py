"""Streaming verification of the hash chain and of every signed checkpoint.

Rows are read in `seq` order, in batches (keyset pagination), as plain Core rows: memory stays
constant and the loop is hashlib-bound. The first problem stops the walk and is reported as one
French sentence naming the first bad entry (see docs/journal-format.md, "Verifying").
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import Connection, Engine, bindparam, select

from aidant.journal.chain import GENESIS_HASH, entry_bytes
from aidant.journal.statement import CheckpointStatement
from aidant.site.clock import to_site_local
from aidant.storage.models import Checkpoint, JournalEntry, Site

log = logging.getLogger(__name__)

BATCH = 5000

Row = Sequence[object]


@dataclasses.dataclass(frozen=True)
class VerifyResult:
    """What a verification found. `problem` is one French sentence when `ok` is False."""

    ok: bool
    size: int
    head_hash: str
    checkpoints_checked: int
    problem: str | None = None
    bad_seq: int | None = None


@dataclasses.dataclass(frozen=True)
class Anchor:
    """A checkpoint to hold the chain against: from the database or from a manager's file."""

    statement: CheckpointStatement
    label: str


def _when(at: str) -> str:
    try:
        moment = dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return at
    return f"{to_site_local(moment):%d/%m/%Y à %H:%M}"


def _anchor_problem(anchor: Anchor, site_id: str, public_key: str) -> str | None:
    st = anchor.statement
    if st.site_id != site_id:
        return f"{anchor.label} appartient à un autre site ({st.site_id}) que ce journal."
    if st.public_key != public_key:
        return (
            f"{anchor.label} a été signé avec une autre clé que celle de ce site : "
            "la clé du site ou le point de contrôle a été remplacé."
        )
    if not st.signature_valid():
        return f"{anchor.label} a une signature invalide : il a été modifié après sa signature."
    return None


def verify_rows(
    batches: Iterable[Sequence[Row]],
    anchors: Sequence[Anchor],
    site_id: str,
    public_key: str,
) -> VerifyResult:
    """Walk rows `(seq, at, kind, actor, usager_id, data, prev_hash, hash)` in seq order."""
    by_size: dict[int, list[Anchor]] = defaultdict(list)
    for anchor in anchors:
        by_size[anchor.statement.size].append(anchor)
    checked = 0
    # A checkpoint of size 0 states an empty journal: it holds against the genesis hash.
    for anchor in by_size.pop(0, []):
        problem = _anchor_problem(anchor, site_id, public_key) or (
            None
            if anchor.statement.head_hash == GENESIS_HASH
            else f"{anchor.label} n'atteste pas un journal vide."
        )
        if problem:
            return VerifyResult(False, 0, GENESIS_HASH, checked, problem, 1)
        checked += 1

    expected = 1
    prev_hex = GENESIS_HASH
    prev_raw = bytes(32)
    last_good_anchor = 0
    sha256 = hashlib.sha256
    for batch in batches:
        for seq, at, kind, actor, usager_id, data, prev_hash, stored in batch:
            if seq != expected:
                if isinstance(seq, int) and seq > expected:
                    problem = (
                        f"Le journal est altéré : l'entrée n° {expected} manque (la suivante "
                        f"porte le n° {seq}) ; une entrée a été supprimée."
                    )
                else:
                    problem = (
                        f"Le journal est altéré : une entrée n° {seq} est en trop ou hors de sa "
                        f"place après l'entrée n° {expected - 1}."
                    )
                return VerifyResult(False, expected - 1, prev_hex, checked, problem, expected)
            if prev_hash != prev_hex:
                problem = (
                    f"Le journal est altéré à l'entrée n° {seq} : elle ne suit plus l'entrée "
                    "précédente (une entrée a été supprimée, insérée ou déplacée, "
                    "ou son chaînage modifié)."
                )
                return VerifyResult(False, expected - 1, prev_hex, checked, problem, seq)
            try:
                digest = sha256(prev_raw)
                digest.update(
                    entry_bytes(seq, at, kind, actor, usager_id, data)  # type: ignore[arg-type]
                )
            except (TypeError, ValueError, UnicodeError):
                digest = None
            raw = digest.digest() if digest is not None else b""
            hex_hash = raw.hex()
            if hex_hash != stored:
                problem = (
                    f"Le journal est altéré à l'entrée n° {seq} : son contenu ne correspond plus "
                    "à son empreinte (entrée modifiée)."
                )
                return VerifyResult(False, expected - 1, prev_hex, checked, problem, seq)
            prev_hex, prev_raw = hex_hash, raw
            if seq in by_size:
                for anchor in by_size.pop(seq):
                    problem = _anchor_problem(anchor, site_id, public_key)
                    if problem is None and anchor.statement.head_hash != hex_hash:
                        problem = (
                            f"Le journal a été réécrit : l'entrée n° {seq} ne correspond plus "
                            f"à {anchor.label} ; les entrées n° {last_good_anchor + 1} à {seq} "
                            "ont été modifiées puis rechaînées."
                        )
                    if problem:
                        return VerifyResult(False, seq, hex_hash, checked, problem, seq)
                    checked += 1
                last_good_anchor = seq
            expected += 1
    size = expected - 1
    if by_size:
        # Checkpoints beyond the end: the tail they attest to is gone.
        anchor = by_size[max(by_size)][0]
        problem = _anchor_problem(anchor, site_id, public_key) or (
            f"Le journal est tronqué : il compte {size} entrées alors que {anchor.label} en "
            f"atteste {anchor.statement.size} ; les entrées n° {size + 1} et suivantes ont "
            "été supprimées."
        )
        return VerifyResult(False, size, prev_hex, checked, problem, size + 1)
    return VerifyResult(True, size, prev_hex, checked)


Source = Engine | Connection


@contextlib.contextmanager
def _reading(source: Source) -> Iterator[Connection]:
    """A connection for one read: a fresh short one from an engine, or the caller's own."""
    if isinstance(source, Connection):
        yield source
    else:
        with source.connect() as conn:
            yield conn


def _batches(source: Source, batch: int) -> Iterator[Sequence[Row]]:
    t = JournalEntry.__table__
    columns = select(
        t.c.seq, t.c.at, t.c.kind, t.c.actor, t.c.usager_id, t.c.data, t.c.prev_hash, t.c.hash
    )
    # The first batch has no lower bound at all: a row hidden at the smallest possible seq
    # (-2**63 in SQLite) must be read, and then fail the "seq starts at 1" check.
    first = columns.order_by(t.c.seq).limit(batch)
    following = columns.where(t.c.seq > bindparam("after")).order_by(t.c.seq).limit(batch)
    last: int | None = None
    while True:
        # One short read per batch, so appends by other workstations are never held up long.
        with _reading(source) as conn:
            if last is None:
                rows = conn.execute(first).all()
            else:
                rows = conn.execute(following, {"after": last}).all()
        if not rows:
            return
        yield rows
        last = int(rows[-1][0])
        if len(rows) < batch:
            return


def stored_checkpoints(source: Source, site_id: str) -> list[Anchor]:
    with _reading(source) as conn:
        rows = conn.execute(
            select(
                Checkpoint.id,
                Checkpoint.size,
                Checkpoint.head_hash,
                Checkpoint.at,
                Checkpoint.public_key,
                Checkpoint.signature,
            ).order_by(Checkpoint.size, Checkpoint.id)
        ).all()
    return [
        Anchor(
            CheckpointStatement(site_id, int(size), head, at, key, sig),
            f"le point de contrôle signé n° {cid} ({size} entrées, {_when(at)})",
        )
        for cid, size, head, at, key, sig in rows
    ]


def site_identity(source: Source) -> tuple[str, str]:
    """(site id, signing public key hex) as recorded in the database."""
    with _reading(source) as conn:
        row = conn.execute(select(Site.id, Site.signing_public_key)).one()
    return str(row[0]), str(row[1])


def file_anchor(statement: CheckpointStatement) -> Anchor:
    return Anchor(
        statement,
        f"le point de contrôle présenté ({statement.size} entrées, {_when(statement.at)})",
    )


def verify_database(
    source: Source,
    extra: Sequence[CheckpointStatement] = (),
    *,
    batch: int = BATCH,
) -> VerifyResult:
    """Verify the journal behind `source`: an engine (one short read per batch) or an open
    connection (tests tamper inside a transaction they roll back). No role check here: the
    service `checkpoints.verify_journal` is what the application calls."""
    site_id, public_key = site_identity(source)
    anchors = stored_checkpoints(source, site_id) + [file_anchor(s) for s in extra]
    result = verify_rows(_batches(source, batch), anchors, site_id, public_key)
    log.info("journal verified: ok=%s size=%d", result.ok, result.size)
    return result
