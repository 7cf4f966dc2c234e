"""A draft left at the consent step can be discarded (journalled); nothing else can."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from aidant import mandates
from aidant.domain.actors import Actor
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import NotFound, Refused
from aidant.journal.kinds import EntryKind
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry

ALL_YES = {p.id: True for p in mandates.consent_checklist()}


def test_a_draft_is_discarded_and_the_journal_says_so(site: SiteContext, agent: Actor) -> None:
    person = usagers.register(site, agent, "Dupré", "Éléonore", dt.date(1946, 5, 14))
    draft = mandates.create_mandate(site, agent, person.id, ["logement"], MandateDuration.DAY)
    mandates.discard_draft(site, agent, draft.id)
    assert mandates.mandates_of(site, person.id) == []
    with pytest.raises(NotFound):
        mandates.get_mandate(site, draft.id)
    with site.transaction() as db:
        entry = db.scalars(
            select(JournalEntry).where(JournalEntry.kind == EntryKind.MANDATE_DRAFT_DELETED)
        ).one()
        assert entry.usager_id == person.id
        assert '"code":"' + draft.verification_code + '"' in entry.data


def test_only_a_draft_can_be_discarded(site: SiteContext, agent: Actor) -> None:
    person = usagers.register(site, agent, "Dupré", "Éléonore", dt.date(1946, 5, 14))
    draft = mandates.create_mandate(site, agent, person.id, ["logement"], MandateDuration.DAY)
    mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    with pytest.raises(Refused, match="se révoque"):
        mandates.discard_draft(site, agent, draft.id)
    assert len(mandates.mandates_of(site, person.id)) == 1
