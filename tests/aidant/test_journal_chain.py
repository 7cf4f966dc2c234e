"""Every state change writes one chained journal entry in the same transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from aidant import journal
from aidant.domain.actors import Actor
from aidant.domain.errors import Refused
from aidant.journal import GENESIS_HASH, EntryKind
from aidant.journal.chain import entry_body
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry, Usager


def _entries(site: SiteContext) -> list[JournalEntry]:
    with site.transaction() as db:
        return list(db.scalars(select(JournalEntry).order_by(JournalEntry.seq)))


def test_entries_form_a_hash_chain(site: SiteContext, agent: Actor) -> None:
    usagers.register(site, agent, "Dupré", "Éléonore")
    entries = _entries(site)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    prev = GENESIS_HASH
    for e in entries:
        assert e.prev_hash == prev
        body = entry_body(e.seq, e.at, e.kind, e.actor, e.usager_id, e.data)
        assert e.hash == journal.entry_hash(prev, body)
        prev = e.hash
    kinds = [e.kind for e in entries]
    assert kinds[:2] == [EntryKind.SITE_CREATED, EntryKind.AGENT_CREATED]
    assert kinds[-1] == EntryKind.USAGER_CREATED


def test_journal_holds_ids_not_names(site: SiteContext, agent: Actor) -> None:
    person = usagers.register(site, agent, "Dupré", "Éléonore")
    last = _entries(site)[-1]
    assert last.usager_id == person.id
    assert "Dupré" not in last.data and "Éléonore" not in last.data


def test_failed_change_leaves_no_entry(site: SiteContext, agent: Actor) -> None:
    before = len(_entries(site))
    with pytest.raises(Refused):
        usagers.register(site, agent, "  ", "Éléonore")
    with pytest.raises(RuntimeError), site.transaction() as db:
        db.add(
            Usager(
                id="x",
                family_name="a",
                given_names="b",
                search_key="a b",
                created_at=site.clock.now(),
                updated_at=site.clock.now(),
            )
        )
        journal.append(db, agent, EntryKind.USAGER_CREATED, site.clock.now(), usager_id="x")
        raise RuntimeError("crash between the change and the commit")
    assert len(_entries(site)) == before
    with site.transaction() as db:
        assert db.get(Usager, "x") is None
