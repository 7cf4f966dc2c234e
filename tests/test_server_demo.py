"""`make server-demo` works on a machine without a display: its `--no-gui` run sets the site up
on its own throwaway server, enrols the second desk and logs in at both."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tools.pg_cluster import ClusterUnavailable, find_bindir, server_required

ROOT = Path(__file__).resolve().parents[1]


def test_two_desks_see_the_same_site() -> None:
    try:
        find_bindir()
    except ClusterUnavailable as exc:
        if server_required():
            pytest.fail(f"PostgreSQL is missing (AIDANT_REQUIRE_SERVER=1): {exc}")
        pytest.skip(str(exc))
    done = subprocess.run(
        [sys.executable, "-m", "tools.server_demo", "--no-gui"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "poste-accueil : 8 usagers visibles, connecté en tant que Samir Benali" in lines
    assert "poste-atelier : 8 usagers visibles, connecté en tant que Samir Benali" in lines
    assert "Traceback" not in done.stderr
