"""Journal benchmark: verification speed against `sha256sum`, and append latency.

Builds a site whose journal holds 1,000,000 entries (100,000 with --quick) through bulk inserts
that compute the real chain hashes, exports the same entries as text lines, then times in the
same run `sha256sum` over that file and `verify` over the database. Append latency is measured
with the real `journal.append`, one committed transaction each, on that large journal.

Prints one JSON line: figures `verify_entries_per_s`, `append_p99_ms`, `verify_vs_sha256sum`
(verification time divided by sha256sum time over the same entries: how many times slower
than hashing the bare text).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import time
import uuid
from pathlib import Path

from sqlalchemy import insert, select

from aidant import journal
from aidant.domain.actors import Actor, ActorKind
from aidant.domain.enums import Role
from aidant.files import safe_io
from aidant.journal.chain import entry_bytes, format_time, head
from aidant.journal.kinds import EntryKind
from aidant.journal.verify import verify_database
from aidant.setup.create import init_site
from aidant.site.clock import FakeClock
from aidant.site.paths import DataPaths
from aidant.storage.keystore import KeyStoreKind
from aidant.storage.models import JournalEntry

OUT = Path(__file__).resolve().parent / "out"
KINDS = [EntryKind.ACTION_RECORDED, EntryKind.USAGER_CREATED, EntryKind.DOCUMENT_DEPOSITED]


def build(ctx, total: int, chunk: int = 50_000) -> None:  # type: ignore[no-untyped-def]
    agents = [f"agent:{uuid.uuid4()}" for _ in range(12)]
    people = [str(uuid.uuid4()) for _ in range(5000)]
    clock = FakeClock()
    table = JournalEntry.__table__
    with ctx.transaction() as db:
        size, prev = head(db)
    seq = size
    while seq - size < total:
        rows = []
        for _ in range(min(chunk, total - (seq - size))):
            seq += 1
            clock.advance(7)
            at = format_time(clock.now())
            kind = KINDS[seq % 3].value
            actor = agents[seq % len(agents)]
            usager = people[(seq * 7919) % len(people)]
            data = f'{{"action":"{uuid.UUID(int=seq)}","demarche":"logement"}}'
            digest = hashlib.sha256(
                bytes.fromhex(prev) + entry_bytes(seq, at, kind, actor, usager, data)
            )
            new = digest.hexdigest()
            rows.append(
                {
                    "seq": seq,
                    "at": at,
                    "kind": kind,
                    "actor": actor,
                    "usager_id": usager,
                    "data": data,
                    "prev_hash": prev,
                    "hash": new,
                }
            )
            prev = new
        with ctx.engine.begin() as conn:
            conn.execute(insert(table), rows)


def export_text(ctx, path: Path) -> int:  # type: ignore[no-untyped-def]
    """The same entries as tab-separated text lines (what sha256sum gets to hash)."""
    t = JournalEntry.__table__
    count = 0
    stmt = select(
        t.c.seq, t.c.at, t.c.kind, t.c.actor, t.c.usager_id, t.c.data, t.c.prev_hash, t.c.hash
    )
    with safe_io.atomic_writer(path) as out, ctx.engine.connect() as conn:
        for part in (
            conn.execution_options(yield_per=20_000).execute(stmt.order_by(t.c.seq)).partitions()
        ):
            out.write(
                "".join(
                    "\t".join("" if v is None else str(v) for v in row) + "\n" for row in part
                ).encode()
            )
            count += len(part)
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="100,000 entries (under a minute)")
    args = parser.parse_args()
    total = 100_000 if args.quick else 1_000_000
    appends = 500 if args.quick else 2000

    safe_io.ensure_private_dir(OUT)
    root = OUT / f"journal-{os.getpid()}"
    ctx = init_site(
        DataPaths(root),
        "Banc d'essai",
        "chef",
        "Chef",
        "bench-password-1",
        keystore_kind=KeyStoreKind.DEMO_FILE,
    )
    try:
        started = time.perf_counter()
        build(ctx, total)
        build_s = time.perf_counter() - started

        text_file = root / "journal.txt"
        exported = export_text(ctx, text_file)
        started = time.perf_counter()
        subprocess.run(["sha256sum", str(text_file)], check=True, capture_output=True)
        sha_s = time.perf_counter() - started

        started = time.perf_counter()
        result = verify_database(ctx.engine)
        verify_s = time.perf_counter() - started
        assert result.ok and result.size == exported, result

        actor = Actor(ActorKind.AGENT, str(uuid.uuid4()), Role.AGENT)
        latencies = []
        for i in range(appends):
            started = time.perf_counter()
            with ctx.transaction() as db:
                journal.append(
                    db,
                    actor,
                    EntryKind.ACTION_RECORDED,
                    ctx.clock.now(),
                    usager_id=str(uuid.uuid4()),
                    data={"n": i},
                )
            latencies.append((time.perf_counter() - started) * 1000)
        p99 = statistics.quantiles(latencies, n=100)[98]
    finally:
        ctx.close()
        safe_io.remove_tree(root, OUT)

    figures = {
        "verify_entries_per_s": round(result.size / verify_s),
        "append_p99_ms": round(p99, 2),
        "verify_vs_sha256sum": round(verify_s / sha_s, 1),
        "entries": result.size,
        "verify_s": round(verify_s, 2),
        "sha256sum_s": round(sha_s, 3),
        "append_median_ms": round(statistics.median(latencies), 2),
        "build_s": round(build_s, 1),
    }
    targets = {"verify_entries_per_s": ">= 100000", "append_p99_ms": "< 10"}
    print(json.dumps({"bench": "journal", "figures": figures, "targets": targets}))


if __name__ == "__main__":
    main()
