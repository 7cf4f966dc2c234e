"""Four workstations on one site server for a minute (`--quick`: 15 seconds).

Four OS processes, each a second PC of the site opened as its agent's own server login, do mixed
counter work through the real services (people, mandates, consents, revocations, actions, small
deposits; `tests.support.desk_worker`), on a durable throwaway PostgreSQL (fsync at each commit).
Afterwards the server is audited (`tests.support.desks.audit`): the journal verifies, every act
has its entry and every entry its act, nobody is registered twice. Figures: what the desks did,
per second, and how many checks failed (target 0). Agents' passwords use the tests' Argon2id
cost: the bench measures the desks' work, not their logins.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aidant.agents import accounts as agents
from aidant.files import safe_io
from aidant.setup.create import init_site
from aidant.site.paths import DataPaths
from aidant.storage.keystore import KeyStoreKind
from tests.support.costs import TEST_COSTS
from tests.support.desks import KINDS, audit, prepare_desks, run_desks
from tools.pg_cluster import running

DESKS = ("desk-1", "desk-2", "desk-3", "desk-4")
SHARED_PEOPLE = 8
OUT = Path(__file__).resolve().parent / "out"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="15 seconds instead of a minute")
    args = parser.parse_args()
    seconds = 15.0 if args.quick else 60.0
    safe_io.ensure_private_dir(OUT)
    root = OUT / f"desks-{os.getpid()}"
    try:
        with running(durable=True) as cluster:
            url = cluster.create_database("desks")
            site = init_site(
                DataPaths(root / "site"), "Banc d'essai", "chef", "Chef", "bench-password-1",
                keystore_kind=KeyStoreKind.DEMO_FILE, server_url=url, costs=TEST_COSTS,
            )  # fmt: skip
            try:
                manager = agents.login_with_password(site, "chef", "bench-password-1")
                shared = prepare_desks(site, manager, manager, DESKS, SHARED_PEOPLE)
                started = time.perf_counter()
                reports = run_desks(site, root / "desks", DESKS, seconds, shared)
                elapsed = time.perf_counter() - started
                found = audit(site, reports, SHARED_PEOPLE)
            finally:
                site.close()
    finally:
        safe_io.remove_tree(root, OUT)
    acts = sum(found.done[k] for k in KINDS)
    figures = {
        "desks": len(DESKS),
        "seconds": seconds,
        "acts": acts,
        "acts_per_s": round(acts / elapsed, 1),
        **{k: found.done[k] for k in KINDS},
        "people": found.people,
        "journal_verified": found.journal_verified,
        "failed_checks": len(found.mismatches),
    }
    targets = {"journal_verified": True, "failed_checks": 0}
    line = {"bench": "desks", "quick": args.quick, "figures": figures, "targets": targets}
    if found.mismatches:
        line["failed"] = found.mismatches
        line["unexpected"] = found.unexpected[:5]
    print(json.dumps(line))


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
