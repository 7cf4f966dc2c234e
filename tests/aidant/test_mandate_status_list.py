"""`aidant mandate verify CODE` without a password: the signed status list beside the database
answers for one code, and says nothing else."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from aidant import mandates
from aidant.domain.actors import Actor
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import NotFound, StorageError
from aidant.mandates import MandateStatus
from aidant.mandates.status_list import verify_offline
from aidant.people import usagers
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext

ALL_YES = {p.id: True for p in mandates.consent_checklist()}


def _mandate(site: SiteContext, agent: Actor, family: str) -> mandates.MandateView:
    uid = usagers.register(site, agent, family, "Léa", dt.date(1950, 1, 2)).id
    draft = mandates.create_mandate(site, agent, uid, ["logement"], MandateDuration.MONTH)
    return mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)


def test_the_list_follows_each_change_and_reveals_one_status_per_code(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    first = _mandate(site, agent, "Premiere")
    second = _mandate(site, agent, "Seconde")
    paths, one, two = site.paths, first.verification_code, second.verification_code
    assert verify_offline(paths, one, clock.now()).status is MandateStatus.ACTIVE
    mandates.revoke(site, agent, second.id, "À sa demande")
    assert verify_offline(paths, two, clock.now()).status is MandateStatus.REVOKED
    assert verify_offline(paths, one, clock.now()).hash_matches
    later = clock.now() + dt.timedelta(days=40)
    assert verify_offline(paths, one, later).status is MandateStatus.EXPIRED
    with pytest.raises(NotFound):
        verify_offline(paths, "ZZZZZ-ZZZZZ", clock.now())
    # Nothing in the file names a mandate, a code, a person or a status.
    raw = paths.mandate_status.read_text()
    for secret in (one, two, first.id, first.usager_id, "Premiere", "revoked"):
        assert secret.replace("-", "") not in raw.replace("-", "")


def test_an_edited_list_is_refused(site: SiteContext, agent: Actor, clock: FakeClock) -> None:
    made = _mandate(site, agent, "Troisieme")
    raw = json.loads(site.paths.mandate_status.read_text())
    other = next(iter(raw["body"]["entries"].values()))
    raw["body"]["entries"]["0" * 32] = other
    site.paths.mandate_status.write_text(json.dumps(raw))
    with pytest.raises(StorageError):
        verify_offline(site.paths, made.verification_code, clock.now())
