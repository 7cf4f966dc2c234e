"""A writer killed at random points never leaves a journal that fails verification, nor a
usager, action or checkpoint without its entry (each change and its entry commit together)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from aidant.agents import accounts as agents
from aidant.domain.enums import MandateDuration
from aidant.journal.kinds import EntryKind
from aidant.journal.verify import verify_database
from aidant.mandates import consent_checklist, create_mandate, record_consent
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.storage.keystore import KeyStoreKind
from aidant.storage.models import Action, Checkpoint, JournalEntry, Usager
from tests.support.costs import TEST_COSTS

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("AIDANT_CRASH_RUNS", "200"))


def _consistent(ctx: SiteContext) -> tuple[int, int]:
    result = verify_database(ctx.engine)
    assert result.ok, result.problem
    with ctx.transaction() as db:
        people = set(db.scalars(select(Usager.id)))
        created = db.scalars(
            select(JournalEntry.usager_id).where(JournalEntry.kind == EntryKind.USAGER_CREATED)
        ).all()
        actions = set(db.scalars(select(Action.id)))
        recorded = [
            json.loads(data)["action_id"]
            for data in db.scalars(
                select(JournalEntry.data).where(JournalEntry.kind == EntryKind.ACTION_RECORDED)
            )
        ]
        checkpoints = db.scalars(select(Checkpoint.size)).all()
        checkpoint_entries = set(
            db.scalars(select(JournalEntry.seq).where(JournalEntry.kind == EntryKind.CHECKPOINT))
        )
    assert people == set(created) and len(created) == len(people)
    assert actions == set(recorded) and len(recorded) == len(actions)
    assert set(checkpoints) == checkpoint_entries and len(checkpoints) == len(checkpoint_entries)
    return result.size, len(people)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the driver forks its writers (POSIX)")
def test_killed_writers_leave_a_verifiable_journal(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "crash-site")
    ctx = init_site(
        paths,
        "Site crash",
        "chef",
        "Chef",
        "manager-password-1",
        keystore_kind=KeyStoreKind.DEMO_FILE,
        costs=TEST_COSTS,
    )
    # The real clock, as in the child processes: the mandate must be active for them.
    chef = agents.login_with_password(ctx, "chef", "manager-password-1")
    person = usagers.register(ctx, chef, "Dupré", "Éléonore")
    mandate = create_mandate(ctx, chef, person.id, ["logement"], MandateDuration.YEAR)
    answers = {point.id: True for point in consent_checklist()}
    record_consent(ctx, chef, mandate.id, answers, agrees=True)
    agent_id = chef.id
    assert agent_id is not None
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_child", str(paths.root), agent_id, person.id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert driver.stdin is not None and driver.stdout is not None
    rng = random.Random(20261125)
    try:
        assert driver.stdout.readline().strip() == "ready"
        size, people = _consistent(ctx)
        initial = size
        reported = waited = 0
        for run in range(RUNS):
            after = rng.randrange(3)
            waited += after
            driver.stdin.write(f"run {after} {rng.uniform(0, 8):.2f} {run}\n")
            driver.stdin.flush()
            answer = driver.stdout.readline().split()
            assert answer[0] == "killed"
            reported += int(answer[1])
            new_size, new_people = _consistent(ctx)
            assert new_size >= size and new_people >= people
            size, people = new_size, new_people
        # What the writers saw committed is all there (a kill between a commit and its report
        # may add one more per run, never fewer).
        assert reported >= waited
        assert size - initial >= reported
    finally:
        driver.stdin.close()
        driver.wait(timeout=30)
        ctx.close()
