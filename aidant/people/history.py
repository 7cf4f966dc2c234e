"""A corrected identity's old values, kept in the journal sealed under the person's own key.

The journal is hash-chained and outlives an erasure, so nothing personal may stand in it in
clear. A correction's entry carries the old values of the changed fields sealed
(ChaCha20-Poly1305, `crypto.seal`) under `usagers.journal_key`, a random key made for the person
at their first correction and bound to their id and the entry's kind. Erasure sets that key to
NULL in its own transaction: the sealed values can then never be read, and the entries, whose
bytes do not change, still verify ("crypto-shredding").
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

import crypto
from aidant.domain.errors import StorageError
from aidant.journal import EntryKind, canonical_json
from aidant.people.texts import PeopleText
from aidant.storage.models import JournalEntry, Usager

#: The key of a correction's entry data that holds the sealed old values (base64).
SEALED = "previous_sealed"


@dataclasses.dataclass(frozen=True)
class IdentityCorrection:
    """One correction, oldest first: when, which fields, and their values before it.

    `previous` is None for a correction journalled before old values were kept."""

    at: dt.datetime
    fields: tuple[str, ...]
    previous: Mapping[str, str | dt.date | None] | None


def _associated(usager_id: str, kind: EntryKind) -> bytes:
    return f"aidant-journal-seal|{usager_id}|{kind.value}".encode()


def _journal_key(row: Usager) -> bytes:
    if row.journal_key is None:
        row.journal_key = crypto.new_seal_key()
    return row.journal_key


def seal_previous(row: Usager, kind: EntryKind, previous: Mapping[str, object]) -> str:
    """`previous` (field → old value) sealed under the person's key, made here if missing."""
    plain = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in previous.items()}
    sealed = crypto.seal(
        _journal_key(row), canonical_json(plain).encode(), _associated(row.id, kind)
    )
    return base64.b64encode(sealed).decode("ascii")


def _unsealed(key: bytes, usager_id: str, kind: EntryKind, text: str) -> dict[str, object]:
    plain = crypto.unseal(key, base64.b64decode(text), _associated(usager_id, kind))
    values: dict[str, object] = json.loads(plain)
    if isinstance(values.get("birth_date"), str):
        values["birth_date"] = dt.date.fromisoformat(str(values["birth_date"]))
    return values


def corrections(db: Session, row: Usager) -> list[IdentityCorrection]:
    """The person's identity corrections in journal order, old values unsealed.

    Raises `StorageError` if a sealed value does not open with the person's key (altered)."""
    kind = EntryKind.USAGER_UPDATED
    entries = db.scalars(
        select(JournalEntry)
        .where(JournalEntry.usager_id == row.id, JournalEntry.kind == kind.value)
        .order_by(JournalEntry.seq)
    )
    found: list[IdentityCorrection] = []
    for entry in entries:
        data = json.loads(entry.data)
        at = dt.datetime.strptime(entry.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        previous = None
        if SEALED in data and row.journal_key is not None:
            try:
                values = _unsealed(row.journal_key, row.id, kind, str(data[SEALED]))
            except (crypto.BrokenSeal, ValueError) as exc:
                raise StorageError(PeopleText.OLD_VALUES_UNREADABLE) from exc
            previous = {
                k: v if v is None or isinstance(v, dt.date) else str(v) for k, v in values.items()
            }
        fields = tuple(str(f) for f in data.get("fields", ()))
        if previous is not None:  # in the order the fields are listed, not the sealed JSON's
            previous = {f: previous[f] for f in fields if f in previous}
        found.append(IdentityCorrection(at, fields, previous))
    return found
