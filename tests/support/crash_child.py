"""Crash-test driver: forks writers that append to a site's journal until they are SIGKILLed.

Run as `python -m tests.support.crash_child DATA_DIR AGENT_ID USAGER_ID` (the usager holds an
active mandate to the site for « logement »). The driver opens the site once
(imports, key, schema check) and empties its connection pool. Then, for each line
`run AFTER DELAY_MS SEED` read on stdin, it forks a writer that registers usagers, records
actions under an active mandate and writes checkpoints in a loop through the real services,
waits until the writer has reported AFTER commits (through a pipe), then kills it with SIGKILL
DELAY_MS later, reaps it and answers
`killed N` (N: commits the writer reported before it died). Waiting for commits rather than for
a fixed time keeps the kills inside the writing even when the disk is slow.
Forking after the set-up keeps hundreds of kills fast while every kill still hits a separate
process in the middle of its work.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

from aidant.domain.actors import Actor, ActorKind
from aidant.domain.enums import Role
from aidant.journal.checkpoints import write_checkpoint
from aidant.mandates import record_action
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from tests.support.opening import reopen


def writer(ctx: SiteContext, agent_id: str, usager_id: str, seed: int, report: int) -> None:
    # The pool was emptied before the fork: this process opens its own connections.
    ctx.engine.dispose(close=False)
    agent = Actor(ActorKind.AGENT, agent_id, Role.AGENT, "crash")
    rng = random.Random(seed)
    for i in range(100_000):
        draw = rng.random()
        if draw < 0.15:
            write_checkpoint(ctx, agent)
        elif draw < 0.55:
            record_action(ctx, agent, usager_id, "logement", f"Acte {seed}-{i}", "CAF")
        else:
            usagers.register(ctx, agent, f"Nom{seed}-{i}", "Prénom", allow_duplicate=True)
        os.write(report, b".")


def main() -> None:
    data_dir, agent_id, usager_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    ctx = reopen(DataPaths(data_dir))
    ctx.engine.dispose()  # no connection may cross a fork
    print("ready", flush=True)
    for line in sys.stdin:
        _, after, delay_ms, seed = line.split()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(read_end)
            try:
                writer(ctx, agent_id, usager_id, int(seed), write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        committed = 0
        while committed < int(after) and (chunk := os.read(read_end, int(after) - committed)):
            committed += len(chunk)
        time.sleep(float(delay_ms) / 1000)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(read_end, 65536):
            committed += len(chunk)
        os.close(read_end)
        print(f"killed {committed}", flush=True)


if __name__ == "__main__":
    main()
