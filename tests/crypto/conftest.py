"""Crypto test setup: importable package and the `slow` marker."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# This branch has no installed package or pyproject yet; make `import crypto` work from a
# plain `pytest` run at the repository root. Harmless once the package is installed.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: long-running test (still in the default run)")
