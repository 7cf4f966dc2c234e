"""Appending to the hash chain. Verification and checkpoints build on the same functions."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant.domain.actors import Actor
from aidant.journal.kinds import EntryKind
from aidant.storage.models import JournalEntry
from aidant.storage.server import append_linked_by_server

FORMAT_VERSION = 1
GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text kept as is (no \\u escapes)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def format_time(when: dt.datetime) -> str:
    """UTC, microseconds, `Z` suffix: `2026-03-02T09:00:00.000000Z`."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_body(
    seq: int, at: str, kind: str, actor: str, usager_id: str | None, data_json: str
) -> dict[str, Any]:
    """The object whose canonical JSON is hashed (see docs/journal-format.md)."""
    return {
        "v": FORMAT_VERSION,
        "seq": seq,
        "at": at,
        "kind": kind,
        "actor": actor,
        "usager": usager_id,
        "data": json.loads(data_json),
    }


def entry_bytes(
    seq: int, at: str, kind: str, actor: str, usager_id: str | None, data_json: str
) -> bytes:
    """The exact bytes that are hashed for one entry, built from its stored columns.

    Equal to `canonical_json(entry_body(...))` when `data_json` is canonical (which `append`
    guarantees), but the stored data text is spliced in as is: a data column rewritten into an
    equivalent but different JSON text changes the hash, so nothing about a row can change
    without the chain noticing. It is also several times faster than a parse and re-dump, which
    is what lets verification run at hundreds of thousands of entries a second.
    """
    usager = "null" if usager_id is None else encode_basestring(usager_id)
    return (
        f'{{"actor":{encode_basestring(actor)},"at":{encode_basestring(at)},'
        f'"data":{data_json},"kind":{encode_basestring(kind)},"seq":{seq},'
        f'"usager":{usager},"v":{FORMAT_VERSION}}}'
    ).encode()


def entry_hash(prev_hash: str, body: Mapping[str, Any]) -> str:
    """SHA-256 over the 32 raw bytes of the previous hash followed by the canonical body."""
    digest = hashlib.sha256(bytes.fromhex(prev_hash))
    digest.update(canonical_json(body).encode("utf-8"))
    return digest.hexdigest()


def head(db: Session) -> tuple[int, str]:
    """(size, head hash) of the journal as this transaction sees it."""
    last = db.execute(
        select(JournalEntry.seq, JournalEntry.hash).order_by(JournalEntry.seq.desc()).limit(1)
    ).first()
    if last is None:
        return 0, GENESIS_HASH
    return int(last[0]), str(last[1])


def append(
    db: Session,
    actor: Actor,
    kind: EntryKind,
    at: dt.datetime,
    usager_id: str | None = None,
    data: Mapping[str, Any] | None = None,
) -> JournalEntry:
    """Add one entry in the caller's transaction (the state change and its entry commit together).

    `data` must hold ids, counts and codes only: never a name, a title or a file name, so that
    erasing a usager's personal data leaves the journal verifiable and free of personal data.
    On a site server the server computes the entry's number and links (migration 0002); here,
    on the embedded file, this transaction is the only writer (`BEGIN IMMEDIATE`).
    """
    data_json = canonical_json(dict(data or {}))
    at_text = format_time(at)
    on_server = append_linked_by_server(db, at_text, kind.value, actor.ref, usager_id, data_json)
    if on_server is not None:
        return on_server
    size, prev = head(db)
    body = entry_bytes(size + 1, at_text, kind.value, actor.ref, usager_id, data_json)
    entry = JournalEntry(
        seq=size + 1,
        at=at_text,
        kind=kind.value,
        actor=actor.ref,
        usager_id=usager_id,
        data=data_json,
        prev_hash=prev,
        hash=hashlib.sha256(bytes.fromhex(prev) + body).hexdigest(),
    )
    db.add(entry)
    db.flush()
    return entry
