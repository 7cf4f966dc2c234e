"""Streaming verification of the hash chain and of every signed checkpoint.

Rows are read in `seq` order, in batches (keyset pagination), as plain Core rows: memory stays
constant and the loop is hashlib-bound. The first problem stops the walk and is reported as one
`Phrase` of `JournalText` naming the first bad entry (see docs/journal-format.md, "Verifying"):
the command line prints its French, the interface puts it in its own language.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Engine, Select, bindparam, select

from aidant.domain.errors import Phrase
from aidant.journal.chain import GENESIS_HASH, entry_bytes
from aidant.journal.covered import PREFIX, Covered, Signers, parse_covered, signers
from aidant.journal.kinds import EntryKind
from aidant.journal.statement import CheckpointStatement
from aidant.journal.texts import JournalText
from aidant.site.clock import to_site_local
from aidant.site.identity import read_identity
from aidant.storage.journal_purges import JournalPurge, latest_purge
from aidant.storage.models import Checkpoint, JournalEntry

log = logging.getLogger(__name__)

BATCH = 5000
CHECKPOINT_KIND = EntryKind.CHECKPOINT.value

Row = Sequence[object]


@dataclasses.dataclass(frozen=True)
class VerifyResult:
    """What a verification found. `problem` is one sentence (`JournalText`) when `ok` is False."""

    ok: bool
    size: int
    head_hash: str
    checkpoints_checked: int
    problem: Phrase | None = None
    bad_seq: int | None = None
    #: On a server, the latest purge of the journal's oldest entries: the walk began after it.
    purged: JournalPurge | None = None


@dataclasses.dataclass(frozen=True)
class Anchor:
    """A checkpoint to hold the chain against: from the database or from a manager's file."""

    statement: CheckpointStatement
    #: How sentences name it (`{anchor}`): `JournalText.STORED_CHECKPOINT` and its kin.
    label: Phrase
    #: What it covers, signed by its signer (None: a file, or a checkpoint from before).
    covered: Covered | None = None
    stored: bool = False


def _label(dated: JournalText, undated: JournalText, at: str, **params: object) -> Phrase:
    """A checkpoint's label, its time in the site's local time (as recorded if unreadable)."""
    try:
        moment = dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return Phrase(undated, {**params, "at": at})
    local = to_site_local(moment)
    return Phrase(dated, {**params, "day": f"{local:%d/%m/%Y}", "time": f"{local:%H:%M}"})


def _anchor_problem(anchor: Anchor, site_id: str, keys: Signers) -> Phrase | None:
    st = anchor.statement
    if st.site_id != site_id:
        return Phrase(JournalText.OTHER_SITE, {"anchor": anchor.label, "site_id": st.site_id})
    if not keys.accepts(st.public_key, st.size):
        return Phrase(JournalText.OTHER_KEY, {"anchor": anchor.label})
    if not st.signature_valid():
        return Phrase(JournalText.BAD_SIGNATURE, {"anchor": anchor.label})
    return None


def verify_rows(
    batches: Iterable[Sequence[Row]],
    anchors: Sequence[Anchor],
    site_id: str,
    public_key: str | Signers,
    base: JournalPurge | None = None,
) -> VerifyResult:
    """Walk rows `(seq, at, kind, actor, usager_id, data, prev_hash, hash)` in seq order.
    `public_key`: who may sign a checkpoint (a bare key: that key alone). `base`: the journal's
    purged beginning; the first row must then follow its last removed entry."""
    result = _walk(batches, anchors, site_id, public_key, base)
    return dataclasses.replace(result, purged=base) if base is not None else result


def _walk(
    batches: Iterable[Sequence[Row]],
    anchors: Sequence[Anchor],
    site_id: str,
    public_key: str | Signers,
    base: JournalPurge | None,
) -> VerifyResult:
    keys = (
        public_key
        if isinstance(public_key, Signers)
        else Signers(public_key, None, frozenset(), None)
    )
    stored_sizes = {a.statement.size for a in anchors if a.stored}
    check_missing = any(a.stored for a in anchors)
    seen = bytearray()
    purged = 0 if base is None else base.up_to
    prev_hex = GENESIS_HASH if base is None else base.head_hash
    by_size: dict[int, list[Anchor]] = defaultdict(list)
    for anchor in anchors:
        # A checkpoint of the purged beginning states entries that are gone: a stored one is
        # left aside (the purge removes them with the entries), one presented cannot be checked.
        if not (purged and anchor.stored and anchor.statement.size <= purged):
            by_size[anchor.statement.size].append(anchor)
    checked = 0
    gone = [size for size in by_size if size <= purged] if purged else []
    if gone:
        early = by_size[min(gone)][0]
        refused = _anchor_problem(early, site_id, keys) or Phrase(
            JournalText.BEFORE_PURGE, {"anchor": early.label, "up_to": purged}
        )
        return VerifyResult(False, purged, prev_hex, checked, refused, None)
    # A checkpoint of size 0 states an empty journal: it holds against the genesis hash.
    for anchor in by_size.pop(0, []):
        problem = _anchor_problem(anchor, site_id, keys) or (
            None
            if anchor.statement.head_hash == GENESIS_HASH
            else Phrase(JournalText.NOT_EMPTY, {"anchor": anchor.label})
        )
        if problem:
            return VerifyResult(False, 0, GENESIS_HASH, checked, problem, 1)
        checked += 1

    expected = purged + 1
    prev_raw = bytes.fromhex(prev_hex)
    last_good_anchor = purged
    sha256 = hashlib.sha256
    for batch in batches:
        for seq, at, kind, actor, usager_id, data, prev_hash, stored in batch:
            if seq != expected:
                if isinstance(seq, int) and seq > expected:
                    problem = Phrase(JournalText.ENTRY_MISSING, {"missing": expected, "found": seq})
                else:
                    problem = Phrase(
                        JournalText.ENTRY_OUT_OF_PLACE, {"found": seq, "previous": expected - 1}
                    )
                return VerifyResult(False, expected - 1, prev_hex, checked, problem, expected)
            if prev_hash != prev_hex:
                problem = Phrase(JournalText.CHAIN_BROKEN, {"seq": seq})
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
                problem = Phrase(JournalText.ENTRY_MODIFIED, {"seq": seq})
                return VerifyResult(False, expected - 1, prev_hex, checked, problem, seq)
            prev_hex, prev_raw = hex_hash, raw
            seen += raw[:PREFIX]
            if check_missing and kind == CHECKPOINT_KIND and seq not in stored_sizes:
                problem = Phrase(JournalText.CHECKPOINT_MISSING, {"seq": seq})
                return VerifyResult(False, seq, hex_hash, checked, problem, seq)
            if seq in by_size:
                for anchor in by_size.pop(seq):
                    problem = _anchor_problem(anchor, site_id, keys)
                    if problem is None and anchor.stored and kind == CHECKPOINT_KIND:
                        problem = _resigned(anchor, keys, data)  # type: ignore[arg-type]
                    if problem is None and anchor.statement.head_hash != hex_hash:
                        first = _first_changed(anchor, seen, purged, last_good_anchor + 1)
                        problem = Phrase(
                            JournalText.REWRITTEN,
                            {"seq": seq, "anchor": anchor.label, "first": first},
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
        problem = _anchor_problem(anchor, site_id, keys) or Phrase(
            JournalText.TRUNCATED,
            {
                "size": size,
                "anchor": anchor.label,
                "attested": anchor.statement.size,
                "first_missing": size + 1,
            },
        )
        return VerifyResult(False, size, prev_hex, checked, problem, size + 1)
    return VerifyResult(True, size, prev_hex, checked)


def _resigned(anchor: Anchor, keys: Signers, data: str) -> Phrase | None:
    """A stored checkpoint signed by someone else than the agent its entry names."""
    try:
        recorded = json.loads(data)
    except ValueError:
        recorded = None
    if not isinstance(recorded, dict) or keys.signed_by_its_writer(
        anchor.statement.public_key, anchor.statement.size, recorded
    ):
        return None
    return Phrase(JournalText.RESIGNED, {"anchor": anchor.label})


def _first_changed(anchor: Anchor, seen: bytearray, purged: int, fallback: int) -> int:
    """The first entry that differs from what the checkpoint covers (its signed list), or,
    without one, the entry after the last checkpoint that held. `seen` begins after the
    `purged` entries."""
    if anchor.covered is None:
        return fallback
    current = {
        seq: bytes(seen[(seq - purged - 1) * PREFIX : (seq - purged) * PREFIX])
        for seq in range(anchor.covered.first, anchor.covered.first + len(anchor.covered.prefixes))
        if seq > purged
    }
    found = anchor.covered.first_difference(current)
    return fallback if found is None else found


Source = Engine | Connection


@contextlib.contextmanager
def _reading(source: Source) -> Iterator[Connection]:
    """A connection for one read: a fresh short one from an engine, or the caller's own."""
    if isinstance(source, Connection):
        yield source
    else:
        with source.connect() as conn:
            yield conn


def _batches(source: Source, batch: int, purged: int = 0) -> Iterator[Sequence[Row]]:
    t = JournalEntry.__table__
    columns = select(
        t.c.seq, t.c.at, t.c.kind, t.c.actor, t.c.usager_id, t.c.data, t.c.prev_hash, t.c.hash
    )
    # The first batch has no lower bound at all: a row hidden at the smallest possible seq
    # (-2**63 in SQLite) must be read, and then fail the "seq starts at 1" check.
    first = columns.order_by(t.c.seq).limit(batch)
    following = columns.where(t.c.seq > bindparam("after")).order_by(t.c.seq).limit(batch)
    # After a purge, the walk starts past it (rows left there by a purge not carried through
    # are not the chain's).
    last: int | None = purged or None
    while True:
        # One short read per batch, so appends by other workstations are never held up long.
        with _reading(source) as conn:
            if last is None:
                rows = _plain_rows(conn, first)
            else:
                rows = _plain_rows(conn, following.params(after=last))
        if not rows:
            return
        yield rows
        last = cast(int, rows[-1][0])
        if len(rows) < batch:
            return


def _plain_rows(conn: Connection, stmt: Select[Any]) -> Sequence[Row]:
    """The rows of `stmt` as the driver returns them (tuples), without SQLAlchemy's per-row
    processing: the columns read here are integers and text, which need none, and skipping it
    is a tenth of a verification's time. Its only parameter is an integer, rendered inline."""
    sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        return cast(Sequence[Row], cursor.fetchall())
    finally:
        cursor.close()


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
                Checkpoint.covered,
                Checkpoint.covered_signature,
            ).order_by(Checkpoint.size, Checkpoint.id)
        ).all()
    return [
        Anchor(
            CheckpointStatement(site_id, int(size), head, at, key, sig),
            _label(
                JournalText.STORED_CHECKPOINT,
                JournalText.STORED_CHECKPOINT_AT,
                at,
                number=cid,
                size=int(size),
            ),
            parse_covered(site_id, int(size), key, covered, covered_sig),
            stored=True,
        )
        for cid, size, head, at, key, sig, covered, covered_sig in rows
    ]


def site_identity(source: Source) -> tuple[str, str]:
    """(site id, signing public key hex) as recorded in the database."""
    with _reading(source) as conn:
        site = read_identity(conn)
    return site.id, site.signing_public_key


def site_signers(source: Source, root: str | None = None, purged: int = 0) -> tuple[str, Signers]:
    """(site id, who may sign a checkpoint): certificates checked against `root` (default:
    the root the database records); `purged`, the journal's purged beginning."""
    with _reading(source) as conn:
        site = read_identity(conn)
        keys = signers(conn, site.signing_public_key, root or site.root_public_key, purged)
        return site.id, keys


def file_anchor(statement: CheckpointStatement) -> Anchor:
    return Anchor(
        statement,
        _label(
            JournalText.PRESENTED_CHECKPOINT,
            JournalText.PRESENTED_CHECKPOINT_AT,
            statement.at,
            size=statement.size,
        ),
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
    with _reading(source) as conn:
        base = latest_purge(conn)
    site_id, keys = site_signers(source, purged=0 if base is None else base.up_to)
    anchors = stored_checkpoints(source, site_id) + [file_anchor(s) for s in extra]
    purged = 0 if base is None else base.up_to
    result = verify_rows(_batches(source, batch, purged), anchors, site_id, keys, base)
    log.info("journal verified: ok=%s size=%d", result.ok, result.size)
    return result
