"""`make run` opens a window on the demo site: the real entry point, in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_command_opens_the_window(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "AIDANT_SMOKE_EXIT_MS": "300",
    }
    done = subprocess.run(
        [sys.executable, "-m", "aidant", "--data-dir", str(tmp_path / "demo"), "demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "window shown: Aidant" in done.stdout
    assert "site ready" in done.stdout
    assert (tmp_path / "demo" / "aidant.db").exists()
