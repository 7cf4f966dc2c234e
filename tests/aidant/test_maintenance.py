"""Daily upkeep: expiries journalled once, a signed checkpoint at start and at session end."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from aidant.domain.actors import Actor
from aidant.domain.enums import MandateDuration
from aidant.journal import EntryKind
from aidant.journal.chain import head
from aidant.journal.checkpoints import latest_checkpoint
from aidant.mandates import consent_checklist, create_mandate, record_consent
from aidant.people import usagers
from aidant.sessions import session as sessions
from aidant.setup import upkeep as maintenance
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry


def _entries(site: SiteContext, kind: EntryKind) -> list[JournalEntry]:
    with site.transaction() as db:
        return list(db.scalars(select(JournalEntry).where(JournalEntry.kind == kind)))


def test_expiry_is_journalled_once_after_the_end(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    person = usagers.register(site, agent, "Lefèvre", "Marcel")
    mandate = create_mandate(site, agent, person.id, ["logement"], MandateDuration.DAY)
    record_consent(site, agent, mandate.id, {p.id: True for p in consent_checklist()}, True)
    assert maintenance.start_up(site) == []
    assert _entries(site, EntryKind.MANDATE_EXPIRED) == []  # still active today

    clock.advance(dt.timedelta(days=1))
    maintenance.start_up(site)
    maintenance.start_up(site)
    expired = _entries(site, EntryKind.MANDATE_EXPIRED)
    assert len(expired) == 1 and expired[0].usager_id == person.id
    assert json.loads(expired[0].data)["mandate_id"] == mandate.id


def test_start_up_signs_a_daily_checkpoint(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    maintenance.start_up(site)
    first = latest_checkpoint(site)
    assert first is not None
    with site.transaction() as db:
        assert head(db)[0] == first.size  # the checkpoint covers everything, itself included
    maintenance.start_up(site)
    assert latest_checkpoint(site) == first  # not twice the same day
    clock.advance(dt.timedelta(days=1, minutes=1))
    maintenance.start_up(site)
    assert latest_checkpoint(site) == first  # nothing new to cover: no empty checkpoint
    usagers.register(site, agent, "Moreau", "Jeanne")
    maintenance.start_up(site)
    latest = latest_checkpoint(site)
    assert latest is not None and latest.size > first.size


def test_every_session_end_is_covered_by_a_checkpoint(site: SiteContext, agent: Actor) -> None:
    session = sessions.start_agent_session(site, agent)
    session.end(sessions.EndReason.LOGOUT)
    latest = latest_checkpoint(site)
    with site.transaction() as db:
        size, head_hash = head(db)
    assert latest is not None and (latest.size, latest.head_hash) == (size, head_hash)
