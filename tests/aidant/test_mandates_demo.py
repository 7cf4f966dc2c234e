"""The demonstration site shows mandates to the site and to a proche, actions, a revocation,
and a mandate ending soon."""

from __future__ import annotations

from pathlib import Path

from aidant import mandates
from aidant.mandates import MandateStatus
from aidant.people import usagers
from aidant.setup.demo import ensure_demo_site
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS


def test_demo_mandates(tmp_path: Path) -> None:
    ctx = ensure_demo_site(DataPaths(tmp_path / "demo"), costs=TEST_COSTS)
    try:
        assert len(mandates.expiring(ctx)) == 1
        statuses = []
        proche_held = 0
        actions = 0
        for person in usagers.search(ctx, ""):
            for view in mandates.mandates_of(ctx, person.id):
                statuses.append(view.status)
                proche_held += view.proche_id is not None
            actions += len(mandates.actions_of(ctx, person.id))
        assert statuses.count(MandateStatus.REVOKED) == 1
        assert statuses.count(MandateStatus.ACTIVE) == 4
        assert proche_held == 1 and actions == 4
    finally:
        ctx.close()
