"""A writer killed at random points never leaves a journal that fails verification, nor a
usager or checkpoint without its entry (each change and its entry commit together)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from aidant.clock import FakeClock
from aidant.context import SiteContext
from aidant.journal.kinds import EntryKind
from aidant.journal.verify import verify_database
from aidant.paths import DataPaths
from aidant.site import init_site
from aidant.storage.keystore import KeyStoreKind
from aidant.storage.models import Agent, Checkpoint, JournalEntry, Usager

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
        checkpoints = db.scalars(select(Checkpoint.size)).all()
        checkpoint_entries = set(
            db.scalars(select(JournalEntry.seq).where(JournalEntry.kind == EntryKind.CHECKPOINT))
        )
    assert people == set(created) and len(created) == len(people)
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
        clock=FakeClock(),
    )
    with ctx.transaction() as db:
        agent_id = db.scalars(select(Agent.id)).one()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_child", str(paths.root), agent_id],
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
