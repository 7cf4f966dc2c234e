"""A corrected identity's old values stay readable for the agents, sealed in the journal under
the person's own key; erasure destroys that key (crypto-shredding) and the journal verifies."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

import crypto
from aidant import journal
from aidant.domain.actors import Actor
from aidant.domain.errors import NotFound, StorageError
from aidant.journal.checkpoints import verify_journal
from aidant.journal.kinds import EntryKind
from aidant.people import usagers
from aidant.people.history import SEALED
from aidant.people.retention import erase_usager
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry, Usager
from tests.support.pages import decrypted_pages

#: Old values no other text of a test site contains.
OLD_FAMILY, OLD_GIVEN, OLD_PLACE = "Zwölfkirch", "Anastazja", "Przemyśl"


def _forms(name: str) -> list[bytes]:
    """The ways a name could lie in stored bytes: as typed, folded for search, JSON-escaped,
    in UTF-8 and UTF-16."""
    texts = {name, usagers.fold(name), json.dumps(name)[1:-1]}
    return [t.encode(codec) for t in texts for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def _journal_rows(site: SiteContext) -> list[bytes]:
    with site.transaction() as db:
        return [
            "|".join((e.at, e.kind, e.actor, e.usager_id or "", e.data)).encode()
            for e in db.scalars(select(JournalEntry))
        ]


def _leaks(site: SiteContext, *names: str) -> list[str]:
    rows = _journal_rows(site)
    return [n for n in names for form in _forms(n) if any(form in row for row in rows)]


def _corrected(site: SiteContext, agent: Actor, clock: FakeClock) -> usagers.UsagerView:
    person = usagers.register(
        site, agent, OLD_FAMILY, OLD_GIVEN, dt.date(1946, 5, 14), OLD_PLACE, "0612345678"
    )
    clock.advance(dt.timedelta(minutes=5))
    usagers.correct(
        site, agent, person.id, "Dupré", OLD_GIVEN, dt.date(1946, 5, 15), OLD_PLACE, "0612345678"
    )
    clock.advance(dt.timedelta(minutes=5))
    return usagers.correct(
        site, agent, person.id, "Dupré", "Éléonore", dt.date(1946, 5, 15), "Lyon", None
    )


def test_old_values_are_kept_sealed_and_read_back_in_order(
    site: SiteContext, agent: Actor, manager: Actor, clock: FakeClock
) -> None:
    person = _corrected(site, agent, clock)
    found = usagers.identity_history(site, agent, person.id)
    assert [c.fields for c in found] == [
        ("family_name", "birth_date"),
        ("given_names", "birth_place", "phone"),
    ]
    assert found[0].previous == {"family_name": OLD_FAMILY, "birth_date": dt.date(1946, 5, 14)}
    assert found[1].previous == {
        "given_names": OLD_GIVEN,
        "birth_place": OLD_PLACE,
        "phone": "06 12 34 56 78",
    }
    assert found[0].at < found[1].at
    assert usagers.identity_history(site, manager, person.id) == found
    # No old value in clear in the journal: the entries hold the field names and a sealed blob.
    assert _leaks(site, OLD_FAMILY, OLD_GIVEN, OLD_PLACE) == []
    with site.transaction() as db:
        data = json.loads(
            db.scalars(
                select(JournalEntry.data).where(JournalEntry.kind == EntryKind.USAGER_UPDATED)
            ).first()
            or "{}"
        )
        key = db.get(Usager, person.id).journal_key  # type: ignore[union-attr]
    assert set(data) == {"fields", "correction", SEALED} and key is not None and len(key) == 32
    result = verify_journal(site, manager)
    assert result.ok, result.problem


def test_a_sealed_value_is_bound_to_its_person(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    person = _corrected(site, agent, clock)
    other = usagers.register(site, agent, "Martin", "Paul")
    usagers.correct(site, agent, other.id, "Martin", "Pierre")
    with site.transaction() as db:
        sealed = base64.b64decode(
            json.loads(
                db.scalars(
                    select(JournalEntry.data).where(
                        JournalEntry.kind == EntryKind.USAGER_UPDATED,
                        JournalEntry.usager_id == person.id,
                    )
                ).first()
                or "{}"
            )[SEALED]
        )
        other_key = db.get(Usager, other.id).journal_key  # type: ignore[union-attr]
        own_key = db.get(Usager, person.id).journal_key  # type: ignore[union-attr]
    assert other_key is not None and own_key is not None and other_key != own_key
    with pytest.raises(crypto.BrokenSeal):
        crypto.unseal(other_key, sealed, f"aidant-journal-seal|{person.id}|usager_updated".encode())
    with pytest.raises(crypto.BrokenSeal):
        crypto.unseal(own_key, sealed, f"aidant-journal-seal|{other.id}|usager_updated".encode())


def test_erasure_shreds_the_old_values_and_the_journal_verifies(
    site: SiteContext, agent: Actor, manager: Actor, clock: FakeClock
) -> None:
    person = _corrected(site, agent, clock)
    with site.transaction() as db:
        before = {e.seq: e.data for e in db.scalars(select(JournalEntry))}
    erase_usager(site, manager, person.id)
    with site.transaction() as db:
        row = db.get(Usager, person.id)
        assert row is not None and row.journal_key is None and row.erased_at is not None
        after = {e.seq: e.data for e in db.scalars(select(JournalEntry))}
    # The sealed entries are untouched (so the chain verifies) but nothing opens them now.
    assert {seq: after[seq] for seq in before} == before
    with pytest.raises(NotFound):
        usagers.identity_history(site, agent, person.id)
    assert _leaks(site, OLD_FAMILY, OLD_GIVEN, OLD_PLACE, "Dupré", "Éléonore") == []
    result = verify_journal(site, manager)
    assert result.ok, result.problem


def test_a_correction_journalled_before_old_values_were_kept_reads_as_not_kept(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    person = usagers.register(site, agent, "Martin", "Paul")
    with site.transaction() as db:  # what `correct` wrote before old values were sealed
        journal.append(
            db,
            agent,
            EntryKind.USAGER_UPDATED,
            clock.now(),
            usager_id=person.id,
            data={"fields": ["given_names"], "correction": True},
        )
    usagers.correct(site, agent, person.id, "Martin", "Pierre")
    old, new = usagers.identity_history(site, agent, person.id)
    assert old.fields == ("given_names",) and old.previous is None
    assert new.previous == {"given_names": "Paul"}


def test_an_altered_key_says_the_old_values_are_unreadable(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    person = _corrected(site, agent, clock)
    with site.transaction() as db:
        db.get(Usager, person.id).journal_key = crypto.new_seal_key()  # type: ignore[union-attr]
    with pytest.raises(StorageError, match="anciennes valeurs de cette identité sont illisibles"):
        usagers.identity_history(site, agent, person.id)


def test_an_attacker_with_the_database_key_finds_no_old_value_after_erasure(
    site: SiteContext, agent: Actor, manager: Actor, clock: FakeClock
) -> None:
    if site.on_server:
        pytest.skip("the server's own files are the cluster's; the journal rows are checked above")
    person = _corrected(site, agent, clock)
    with site.transaction() as db:
        key = db.get(Usager, person.id).journal_key  # type: ignore[union-attr]
    assert key is not None
    database, db_key = site.paths.database, bytes(site.database_key())
    pages = decrypted_pages(database, db_key)
    assert any(key in page for page in pages)  # the scan does see what is stored
    erase_usager(site, manager, person.id)
    pages = decrypted_pages(database, db_key)
    raw = [Path(f"{database}{s}") for s in ("", "-wal", "-shm")]
    stored = pages + [p.read_bytes() for p in raw if p.exists()]
    names = (OLD_FAMILY, OLD_GIVEN, OLD_PLACE, "Dupré", "Éléonore")
    found = [n for n in names for form in _forms(n) if any(form in blob for blob in stored)]
    assert found == []
    assert not any(key in blob for blob in stored), "the shredded key is still in the file"
