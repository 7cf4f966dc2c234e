"""Several desks on one site server at once: the same person registered at two desks at the
same moment gives one usager and the duplicate warning, and a mandate made at one desk shows
at the other on its next read. Each desk is its own `SiteContext`, with its own connections."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from aidant.domain.actors import Actor
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import AidantError
from aidant.journal import EntryKind
from aidant.journal.verify import verify_database
from aidant.mandates import active_mandates_of, create_mandate, record_consent
from aidant.mandates.expiry import record_expiries
from aidant.mandates.service import consent_checklist
from aidant.people import usagers
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.storage.models import JournalEntry, Usager
from tests.support.opening import reopen
from tests.support.server import SERVER

on_server = pytest.mark.parametrize("store", [SERVER], indirect=True)

ROUNDS = 30


@pytest.fixture
def other_desk(site: SiteContext, paths: DataPaths) -> Iterator[SiteContext]:
    """A second desk on the same site: a context of its own (engine, pool, connections)."""
    with reopen(paths, clock=site.clock) as ctx:
        yield ctx


def _race(*calls: Callable[[], object]) -> list[object]:
    """Run the calls at the same moment (a barrier), one thread each; their results or errors."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except AidantError as exc:
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


@on_server
def test_the_same_person_registered_at_two_desks_at_once_is_registered_once(
    site: SiteContext, other_desk: SiteContext, agent: Actor
) -> None:
    for round_ in range(ROUNDS):
        # A birth date of its own each round: people of earlier rounds are other people.
        born = dt.date(1960, 3, 14) + dt.timedelta(days=round_)
        family = f"Martin{round_:03d}"
        # Every other round the second desk types a close name (a typo): the warning too.
        typed = family if round_ % 2 else f"Martim{round_:03d}"
        results = _race(
            lambda: usagers.register(site, agent, family, "Jeanne", born),  # noqa: B023
            lambda: usagers.register(other_desk, agent, typed, "Jeanne", born),  # noqa: B023
        )
        warned = [r for r in results if isinstance(r, usagers.DuplicateSuspected)]
        made = [r for r in results if isinstance(r, usagers.UsagerView)]
        assert len(made) == 1 and len(warned) == 1, (round_, results)
        assert warned[0].candidates[0].usager.id == made[0].id
    with site.transaction() as db:
        assert db.scalar(select(func.count()).select_from(Usager)) == ROUNDS
    assert verify_database(site.engine).ok


@on_server
def test_a_confirmed_second_person_is_still_registered_at_both_desks(
    site: SiteContext, other_desk: SiteContext, agent: Actor
) -> None:
    results = _race(
        lambda: usagers.register(site, agent, "Petit", "Paul", allow_duplicate=True),
        lambda: usagers.register(other_desk, agent, "Petit", "Paul", allow_duplicate=True),
    )
    assert all(isinstance(r, usagers.UsagerView) for r in results)


@on_server
def test_a_mandate_made_at_one_desk_shows_at_the_other_on_its_next_read(
    site: SiteContext, other_desk: SiteContext, agent: Actor
) -> None:
    person = usagers.register(site, agent, "Durand", "Lucie", dt.date(1971, 5, 2))
    assert active_mandates_of(other_desk, person.id) == []  # the other desk has read it once
    draft = create_mandate(site, agent, person.id, ["logement"], MandateDuration.MONTH)
    record_consent(site, agent, draft.id, {p.id: True for p in consent_checklist()}, True)
    seen = active_mandates_of(other_desk, person.id)
    assert [m.id for m in seen] == [draft.id]


@on_server
def test_two_desks_opening_at_once_journal_each_expiry_once(
    site: SiteContext, other_desk: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    for n in range(ROUNDS):
        person = usagers.register(site, agent, f"Expire{n:03d}", "Jo", dt.date(1980, 1, 1 + n))
        draft = create_mandate(site, agent, person.id, ["logement"], MandateDuration.DAY)
        record_consent(site, agent, draft.id, {p.id: True for p in consent_checklist()}, True)
    clock.advance(dt.timedelta(days=2))
    counts = _race(lambda: record_expiries(site), lambda: record_expiries(other_desk))
    assert sum(int(str(c)) for c in counts) == ROUNDS, counts
    with site.transaction() as db:
        recorded = db.scalars(
            select(JournalEntry.data).where(JournalEntry.kind == EntryKind.MANDATE_EXPIRED)
        ).all()
    assert len({json.loads(d)["mandate_id"] for d in recorded}) == len(recorded) == ROUNDS
