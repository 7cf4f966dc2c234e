"""End-to-end fixtures: the app's QApplication subclass for pytest-qt."""

from __future__ import annotations

import pytest

from ui.app import AidantApplication


@pytest.fixture(scope="session")
def qapp_cls() -> type[AidantApplication]:
    return AidantApplication
