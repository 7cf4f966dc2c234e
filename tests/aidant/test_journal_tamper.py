"""Property tests: every tampering of a journal is detected; untouched journals always verify.

The journal is built once per test; each example tampers with it through raw SQL inside a
transaction that is rolled back, so thousands of examples stay fast.
"""

from __future__ import annotations

import hashlib
import os
import string
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain.actors import Actor, ActorKind
from aidant.journal.chain import entry_bytes
from aidant.journal.checkpoints import write_checkpoint
from aidant.journal.kinds import EntryKind
from aidant.journal.statement import CheckpointStatement
from aidant.journal.verify import verify_database
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry
from tests.support.server import as_server_owner

COLUMNS = ["seq", "at", "kind", "actor", "usager_id", "data", "prev_hash", "hash"]
PRINTABLE = string.ascii_letters + string.digits + string.punctuation + " "
#: Examples per tampering; deletions and truncations have fewer distinct cases than this and
#: hypothesis stops when it has tried them all. AIDANT_TAMPER_SCALE multiplies the budget.
SCALE = float(os.environ.get("AIDANT_TAMPER_SCALE", "1"))
BUDGET = {
    "flip": 1500,
    "flip_checkpoint": 500,
    "swap": 600,
    "insert": 400,
    "insert_outside": 100,
    "delete": 400,
    "truncate": 400,
}


def fast(examples: int) -> settings:
    return settings(
        max_examples=int(examples * SCALE),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def _build(site: SiteContext, manager: Actor, agent: Actor) -> CheckpointStatement:
    for i in range(12):
        usagers.register(site, agent, f"Nom{i}", "Prénom « é »", allow_duplicate=True)
        if i % 5 == 4:
            write_checkpoint(site, agent)
    return write_checkpoint(site, manager)  # the last entry is covered by a checkpoint


def _rows(conn: Connection) -> list[dict[str, Any]]:
    # Column names come from the fixed COLUMNS list above, never from input.
    query = f"SELECT {', '.join(COLUMNS)} FROM journal_entries ORDER BY seq"  # noqa: S608
    result = conn.execute(text(query))
    return [dict(r._mapping) for r in result]


def _set(conn: Connection, where_seq: int, **values: Any) -> None:
    sets = ", ".join(f"{k} = :v_{k}" for k in values)
    params = {f"v_{k}": v for k, v in values.items()}
    conn.execute(
        text(f"UPDATE journal_entries SET {sets} WHERE seq = :w"),  # noqa: S608 - fixed names
        {**params, "w": where_seq},
    )


def _shift(conn: Connection, from_seq: int, by: int) -> None:
    # Two steps so that the primary key never collides midway.
    conn.execute(
        text("UPDATE journal_entries SET seq = seq + 1000000 WHERE seq >= :s"), {"s": from_seq}
    )
    conn.execute(
        text("UPDATE journal_entries SET seq = seq - 1000000 + :by WHERE seq >= 1000000"),
        {"by": by},
    )


def _flip(draw: Callable[..., Any], conn: Connection, rows: list[dict[str, Any]]) -> None:
    row = draw(st.sampled_from(rows))
    column = draw(st.sampled_from(COLUMNS))
    value = row[column]
    if column == "seq":
        new_seq = draw(st.integers(-5, len(rows) + 5).filter(lambda s: s != value))
        if any(r["seq"] == new_seq for r in rows):  # a collision: swap the two seqs instead
            _set(conn, new_seq, seq=-99)
            _set(conn, value, seq=new_seq)
            _set(conn, -99, seq=value)
        else:
            _set(conn, value, seq=new_seq)
        return
    if value is None:
        # No longer than the column: a server refuses the write outright (SQLite would take it).
        longest = getattr(JournalEntry.__table__.c[column].type, "length", None) or 40
        _set(conn, row["seq"], **{column: draw(st.text(PRINTABLE, min_size=0, max_size=longest))})
        return
    pos = draw(st.integers(0, len(value) - 1))
    char = draw(st.sampled_from(PRINTABLE).filter(lambda c: c != value[pos]))
    _set(conn, row["seq"], **{column: value[:pos] + char + value[pos + 1 :]})


CHECKPOINT_COLUMNS = ["size", "head_hash", "at", "public_key", "signature"]


def _flip_checkpoint(draw: Callable[..., Any], conn: Connection, _: list[dict[str, Any]]) -> None:
    """A change to any column of any stored checkpoint (the file checkpoint stays genuine)."""
    ids = conn.execute(text("SELECT id FROM checkpoints")).scalars().all()
    cid = draw(st.sampled_from(ids))
    column = draw(st.sampled_from(CHECKPOINT_COLUMNS))
    value = conn.execute(
        text(f"SELECT {column} FROM checkpoints WHERE id = :i"),  # noqa: S608 - fixed names
        {"i": cid},
    ).scalar_one()
    if column == "size":
        new: object = draw(st.integers(0, 100).filter(lambda n: n != value))
    else:
        pos = draw(st.integers(0, len(value) - 1))
        char = draw(st.sampled_from(PRINTABLE).filter(lambda c: c != value[pos]))
        new = value[:pos] + char + value[pos + 1 :]
    conn.execute(
        text(f"UPDATE checkpoints SET {column} = :v WHERE id = :i"),  # noqa: S608 - fixed names
        {"v": new, "i": cid},
    )


def _swap(draw: Callable[..., Any], conn: Connection, rows: list[dict[str, Any]]) -> None:
    a, b = draw(
        st.lists(st.sampled_from(rows), min_size=2, max_size=2, unique_by=lambda r: r["seq"])
    )
    fields = [c for c in COLUMNS if c != "seq"]
    _set(conn, a["seq"], **{c: b[c] for c in fields if c != "hash"}, hash="tmp")
    _set(conn, b["seq"], **{c: a[c] for c in fields})
    _set(conn, a["seq"], hash=b["hash"])


def _insert(draw: Callable[..., Any], conn: Connection, rows: list[dict[str, Any]]) -> None:
    # A forged entry, correctly hashed onto its predecessor, slipped in at position k.
    k = draw(st.integers(1, len(rows)))
    prev = rows[k - 2]["hash"] if k > 1 else "0" * 64
    data = f'{{"forged":{draw(st.integers(0, 10**6))}}}'
    body = entry_bytes(k, rows[k - 1]["at"], "usager_created", "agent:x", None, data)
    forged = hashlib.sha256(bytes.fromhex(prev) + body).hexdigest()
    _shift(conn, k, 1)
    conn.execute(
        text(
            "INSERT INTO journal_entries (seq, at, kind, actor, usager_id, data, prev_hash, hash) "
            "VALUES (:s, :at, 'usager_created', 'agent:x', NULL, :d, :p, :h)"
        ),
        {"s": k, "at": rows[k - 1]["at"], "d": data, "p": prev, "h": forged},
    )


def _insert_outside(draw: Callable[..., Any], conn: Connection, rows: list[dict[str, Any]]) -> None:
    # A row slipped in before the first entry or far past the last, where a paging reader that
    # starts "after" some bound, or stops at the expected size, might never look.
    # The extremes are those the store's integer column holds: 64 bits in SQLite, 32 on a server.
    bits = 31 if conn.dialect.name == "postgresql" else 63
    seq = draw(
        st.sampled_from([-(2**bits), -(2**31), -1, 0]) | st.integers(len(rows) + 2, 2**bits - 1)
    )
    conn.execute(
        text(
            "INSERT INTO journal_entries (seq, at, kind, actor, usager_id, data, prev_hash, hash) "
            "VALUES (:s, :at, 'usager_created', 'agent:x', NULL, '{}', :p, :h)"
        ),
        {
            "s": seq,
            "at": rows[0]["at"],
            "p": "0" * 64,
            "h": draw(st.text("0123456789abcdef", min_size=64, max_size=64)),
        },
    )


def _delete(draw: Callable[..., Any], conn: Connection, rows: list[dict[str, Any]]) -> None:
    row = draw(st.sampled_from(rows))
    conn.execute(text("DELETE FROM journal_entries WHERE seq = :s"), {"s": row["seq"]})
    if draw(st.booleans()):  # and renumber what follows, to hide the gap
        _shift(conn, row["seq"] + 1, -1)


def _truncate(draw: Callable[..., Any], conn: Connection, rows: list[dict[str, Any]]) -> None:
    n = draw(st.integers(1, len(rows)))
    conn.execute(text("DELETE FROM journal_entries WHERE seq > :s"), {"s": len(rows) - n})
    conn.execute(text("DELETE FROM checkpoints"))  # the base's own checkpoints go too


TAMPERINGS = {
    "flip": _flip,
    "flip_checkpoint": _flip_checkpoint,
    "swap": _swap,
    "insert": _insert,
    "insert_outside": _insert_outside,
    "delete": _delete,
    "truncate": _truncate,
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(TAMPERINGS))
def test_every_tampering_is_detected(
    site: SiteContext, manager: Actor, agent: Actor, name: str
) -> None:
    kept = _build(site, manager, agent)
    with site.engine.connect() as conn:
        pristine = _rows(conn)
    assert verify_database(site.engine, [kept]).ok
    seen = 0

    @fast(BUDGET[name])
    @given(st.data())
    def check(data: st.DataObject) -> None:
        nonlocal seen
        with site.engine.connect() as conn:
            trans = conn.begin()
            as_server_owner(conn)
            try:
                TAMPERINGS[name](data.draw, conn, pristine)
                result = verify_database(conn, [kept], batch=7)
            finally:
                trans.rollback()
        assert not result.ok, name
        assert result.problem and "entrée" in str(result.problem)
        seen += 1

    check()
    assert verify_database(site.engine, [kept]).ok  # every tampering was rolled back
    assert seen >= min(BUDGET[name] * SCALE, len(pristine)), seen


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@pytest.mark.slow
def test_untouched_journals_always_verify(site: SiteContext, manager: Actor) -> None:
    kinds = list(EntryKind)
    # PostgreSQL text holds no NUL character (a server refuses such an append outright); the
    # embedded file takes any text.
    alphabet = st.characters(codec="utf-8", exclude_characters="\x00" if site.on_server else "")
    ids = st.text(alphabet, min_size=1, max_size=36)

    @fast(150)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(kinds),
                st.sampled_from([ActorKind.AGENT, ActorKind.PROCHE, ActorKind.SYSTEM]),
                st.one_of(st.none(), ids),
                st.dictionaries(st.text(max_size=10), json_values, max_size=4),
            ),
            min_size=1,
            max_size=12,
        )
    )
    def check(appends: list[tuple[EntryKind, ActorKind, str | None, dict[str, Any]]]) -> None:
        with site.engine.connect() as conn:
            trans = conn.begin()
            try:
                db = Session(bind=conn)
                for kind, actor_kind, usager_id, payload in appends:
                    who = Actor(actor_kind, None if actor_kind is ActorKind.SYSTEM else 'id-é"\\')
                    journal.append(
                        db, who, kind, site.clock.now(), usager_id=usager_id, data=payload
                    )
                db.flush()
                result = verify_database(conn, batch=5)
            finally:
                trans.rollback()
        assert result.ok, result.problem

    check()
