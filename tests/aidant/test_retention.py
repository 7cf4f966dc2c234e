"""Retention: past the site's period, a usager's personal data and vault go; the journal stays
verifiable and keeps their id only."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from aidant.domain.actors import Actor
from aidant.domain.errors import NotFound, PermissionDenied
from aidant.journal.checkpoints import verify_journal, write_checkpoint
from aidant.journal.kinds import EntryKind
from aidant.people import usagers
from aidant.people.retention import PSEUDONYM, erase_usager, purge, purge_candidates, years_before
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import Action, JournalEntry, KeySlot, Usager, Vault
from tests.support import domain
from tests.support.blobs import stored_blobs

UTC = dt.UTC


def test_purge_erases_only_what_is_past_retention(
    site: SiteContext, agent: Actor, manager: Actor, clock: FakeClock
) -> None:
    old = usagers.register(site, agent, "Ancien", "Paul").id
    recent = usagers.register(site, agent, "Récent", "Lucie").id
    m, auths = domain.mandate(site, agent, old, dt.datetime(2026, 3, 2, tzinfo=UTC), 31)
    domain.action(
        site, agent, old, m, auths["logement"], "logement", dt.datetime(2026, 3, 3, tzinfo=UTC)
    )
    vault_id = domain.vault_with_document(site, agent, old, dt.datetime(2026, 3, 3, tzinfo=UTC))
    kept = write_checkpoint(site, manager)

    clock.set(dt.datetime(2029, 3, 10, tzinfo=UTC))  # 3 years after the mandate ended (2 April)
    domain.mandate(site, agent, recent, dt.datetime(2029, 3, 9, tzinfo=UTC), 31)
    assert purge_candidates(site, manager) == []
    clock.set(dt.datetime(2029, 4, 3, tzinfo=UTC))
    found = purge_candidates(site, manager)
    assert [c.usager_id for c in found] == [old]
    assert found[0].display_name == "Paul ANCIEN"
    with pytest.raises(PermissionDenied):
        purge_candidates(site, agent)

    assert stored_blobs(site, vault_id) == 1
    assert purge(site, manager) == [old]
    assert stored_blobs(site, vault_id) == 0 and not (site.paths.vaults / vault_id).exists()
    with site.transaction() as db:
        row = db.get(Usager, old)
        assert row is not None and row.erased_at is not None
        assert (row.family_name, row.given_names, row.phone, row.search_key) == (
            PSEUDONYM,
            PSEUDONYM,
            None,
            "",
        )
        assert db.scalar(select(Action.description).where(Action.usager_id == old)) == ""
        vault = db.get(Vault, vault_id)
        assert vault is not None and vault.shredded_at is not None
        assert (
            db.scalar(select(func.count()).select_from(KeySlot).where(KeySlot.vault_id == vault_id))
            == 0
        )
        kinds = db.scalars(select(JournalEntry.kind).where(JournalEntry.usager_id == old)).all()
        recent_row = db.get(Usager, recent)
        assert recent_row is not None and recent_row.erased_at is None
    assert EntryKind.VAULT_SHREDDED in kinds and EntryKind.USAGER_ERASED in kinds
    result = verify_journal(site, manager, kept)
    assert result.ok, result.problem
    assert usagers.search(site, "ancien") == []
    assert purge_candidates(site, manager) == []


def test_erase_on_request(site: SiteContext, agent: Actor, manager: Actor) -> None:
    person = usagers.register(site, agent, "Dupré", "Éléonore", phone="06 00 00 00 00").id
    erase_usager(site, manager, person)
    with pytest.raises(NotFound):
        usagers.get(site, person)
    with pytest.raises(NotFound):
        erase_usager(site, manager, person)
    with site.transaction() as db:
        data = db.scalars(select(JournalEntry.data)).all()
    assert not any("Dupré" in d or "06 00" in d for d in data)
    assert verify_journal(site, manager).ok


def test_years_before_leap_day() -> None:
    assert years_before(dt.datetime(2028, 2, 29, tzinfo=UTC), 3) == dt.datetime(
        2025, 2, 28, tzinfo=UTC
    )
