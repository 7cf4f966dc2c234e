"""Two workstations, two OS processes, mixed counter work on one site server at once (people,
mandates, revocations, actions, small deposits): afterwards the journal verifies, every act has
its entry and every entry its act, nobody is registered twice, and no démarche has two active
authorisations for the same person.

The run lasts `DURATION_S`: a minute with AIDANT_LONG_TESTS=1 (what issue 12 asks), 15 seconds
otherwise, to keep the suite quick.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aidant.domain.actors import Actor
from aidant.site.context import SiteContext
from tests.support.desks import KINDS, audit, prepare_desks, run_desks
from tests.support.server import SERVER

on_server = pytest.mark.parametrize("store", [SERVER], indirect=True)

DURATION_S = 60.0 if os.environ.get("AIDANT_LONG_TESTS") == "1" else 15.0
DESKS = ("desk-a", "desk-b")
SHARED_PEOPLE = 6


@on_server
def test_two_desk_processes_working_for_a_while_leave_a_whole_journal(
    site: SiteContext, manager: Actor, agent: Actor, tmp_path: Path
) -> None:
    shared = prepare_desks(site, manager, agent, DESKS, SHARED_PEOPLE)

    reports = run_desks(site, tmp_path, DESKS, DURATION_S, shared)

    found = audit(site, reports, SHARED_PEOPLE)
    assert found.mismatches == []
    assert min(found.done[k] for k in KINDS) > 0
