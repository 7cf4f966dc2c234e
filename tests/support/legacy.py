"""A site made by the code as it was before login slots (database key in the OS keyring), to
test the upgrade in place: that version is taken from git and run in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from tests.support.keyrings import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
#: The last commit whose sites kept their database key in the keyring.
LEGACY_COMMIT = "16473a067372631a72e8b65834f1929bd0d21431"

CANARY_FAMILY = "Canarlegacy"

_SCRIPT = """
import datetime as dt, sys
from pathlib import Path
import crypto
from aidant.agents import accounts as agents
from aidant.domain.enums import Role
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths

cheap = crypto.Argon2Params(memory_kib=256, iterations=1, lanes=1)
costs = Costs(vault_slots=cheap, agent_passwords=cheap, below_minimum=True)
ctx = init_site(DataPaths(Path(sys.argv[1])), "Ancien site", "chef", "Chef", sys.argv[2],
                costs=costs)
manager = agents.login_with_password(ctx, "chef", sys.argv[2])
agents.add_agent(ctx, manager, "agent", "Agent ancien", Role.AGENT, sys.argv[3])
agent = agents.login_with_password(ctx, "agent", sys.argv[3])
usagers.register(ctx, agent, sys.argv[4], "Jeanne", dt.date(1950, 1, 2))
ctx.close()
"""


def make_legacy_site(
    root: Path, manager_password: str, agent_password: str, keyring: MemoryKeyring
) -> None:
    """Create, with the old code, a site in `root` (manager `chef`, agent `agent`, one usager
    named CANARY_FAMILY) and copy its keyring entries into `keyring`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", LEGACY_COMMIT, "aidant", "crypto", "tests/support"],
        capture_output=True,
        check=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        code = Path(tmp) / "code"
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(code, filter="data")
        (code / "tests" / "__init__.py").touch()
        ring = Path(tmp) / "ring.json"
        env = {
            **os.environ,
            "PYTHONPATH": str(code),
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
            "AIDANT_TEST_KEYRING_FILE": str(ring),
        }
        subprocess.run(
            [
                sys.executable,
                "-c",
                _SCRIPT,
                str(root),
                manager_password,
                agent_password,
                CANARY_FAMILY,
            ],
            env=env,
            cwd=tmp,
            check=True,
            timeout=300,
        )
        for name, value in json.loads(ring.read_text()).items():
            service, user = name.split("|", 1)
            keyring.store[(service, user)] = value
