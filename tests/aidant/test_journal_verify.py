"""Verification of the chain and of signed checkpoints, on a real site."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from aidant.domain.actors import Actor
from aidant.domain.errors import PermissionDenied, UsageError
from aidant.journal.checkpoints import (
    ensure_daily_checkpoint,
    latest_checkpoint,
    verify_journal,
    write_checkpoint,
)
from aidant.journal.statement import CheckpointStatement
from aidant.people import usagers
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from tests.support.journal import rewrite_and_rechain
from tests.support.server import as_server_owner


def _raw(site: SiteContext, sql: str, **params: object) -> None:
    with site.engine.begin() as conn:
        as_server_owner(conn)
        conn.execute(text(sql), params)


def test_untouched_journal_and_checkpoints_verify(
    site: SiteContext, manager: Actor, agent: Actor
) -> None:
    usagers.register(site, agent, "Dupré", "Éléonore")
    first = write_checkpoint(site, agent)
    usagers.register(site, agent, "Lefèvre", "Marcel")
    second = write_checkpoint(site, manager)
    assert second.size > first.size
    result = verify_journal(site, manager, first)
    assert result.ok and result.problem is None
    assert result.size == second.size and result.head_hash == second.head_hash
    assert result.checkpoints_checked == 3


def test_checkpoint_covers_its_own_entry(site: SiteContext, agent: Actor) -> None:
    statement = write_checkpoint(site, agent)
    with site.engine.connect() as conn:
        last = conn.execute(
            text("SELECT seq, kind, hash FROM journal_entries ORDER BY seq DESC")
        ).first()
    assert last is not None
    assert (last[0], last[1], last[2]) == (statement.size, "checkpoint", statement.head_hash)
    assert statement.signature_valid()


def test_agents_cannot_read_the_whole_journal(site: SiteContext, agent: Actor) -> None:
    with pytest.raises(PermissionDenied):
        verify_journal(site, agent)


def test_modified_entry_is_named(site: SiteContext, manager: Actor) -> None:
    _raw(site, "UPDATE journal_entries SET actor = 'agent:someone' WHERE seq = 2")
    result = verify_journal(site, manager)
    assert not result.ok and result.bad_seq == 2
    assert "entrée n° 2" in str(result.problem)


def test_truncation_behind_a_file_checkpoint(
    site: SiteContext, manager: Actor, agent: Actor
) -> None:
    usagers.register(site, agent, "Dupré", "Éléonore")
    kept = CheckpointStatement.from_json(write_checkpoint(site, manager).to_json())
    _raw(site, "DELETE FROM checkpoints")
    _raw(site, "DELETE FROM journal_entries WHERE seq >= :n", n=kept.size - 1)
    assert verify_journal(site, manager).ok  # nothing left in the base to notice it
    result = verify_journal(site, manager, kept)
    assert not result.ok and "tronqué" in str(result.problem)


def test_rechained_rewrite_is_caught_by_a_checkpoint(
    site: SiteContext, manager: Actor, agent: Actor
) -> None:

    usagers.register(site, agent, "Dupré", "Éléonore")
    kept = write_checkpoint(site, manager)
    # An attacker with the database key rewrites entry 3 and recomputes every later hash.
    rewrite_and_rechain(site.engine, 3, "agent:intrus")
    result = verify_journal(site, manager, kept)
    assert not result.ok and "réécrit" in str(result.problem)


def test_forged_checkpoint_file_is_refused(site: SiteContext, manager: Actor) -> None:
    real = write_checkpoint(site, manager)
    forged = CheckpointStatement(
        real.site_id, real.size, real.head_hash, real.at, real.public_key, "0" * 128
    )
    result = verify_journal(site, manager, forged)
    assert not result.ok and "signature invalide" in str(result.problem)
    with pytest.raises(UsageError):
        CheckpointStatement.from_json('{"format": "autre"}')


def test_daily_checkpoint(site: SiteContext, clock: FakeClock, agent: Actor) -> None:
    assert ensure_daily_checkpoint(site) is not None  # none yet
    assert ensure_daily_checkpoint(site) is None  # less than a day, nothing new
    clock.advance(dt.timedelta(days=1, seconds=1))
    assert ensure_daily_checkpoint(site) is None  # a day, but nothing new
    usagers.register(site, agent, "Dupré", "Éléonore")
    made = ensure_daily_checkpoint(site)
    assert made is not None and made == latest_checkpoint(site)
