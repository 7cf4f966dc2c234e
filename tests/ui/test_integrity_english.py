"""A damaged journal's verdict, with the interface in English: no French in it, the checkpoint
it names included (what a verification found is a typed phrase, put into words at the edge)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.support.journal import rewrite_and_rechain
from tests.ui.french import french_words
from tests.ui.walk import log_in_as_manager
from ui.main_window import MainWindow
from ui.screens.manager_integrity import ManagerIntegrityScreen


@pytest.fixture
def manager_in_english(english: MainWindow) -> MainWindow:
    english.router.go("login")
    log_in_as_manager(english)
    return english


def _verdict(window: MainWindow) -> str:
    screen = window.router.go("manager_integrity")
    assert isinstance(screen, ManagerIntegrityScreen)
    screen.run_check()
    return screen.verdict.text()


def test_a_modified_entry_is_reported_in_english(manager_in_english: MainWindow) -> None:
    english = manager_in_english
    with english.ctx.engine.begin() as conn:
        conn.execute(text("UPDATE journal_entries SET actor = 'agent:someone' WHERE seq = 2"))
    verdict = _verdict(english)
    assert "entry no. 2" in verdict and "fingerprint" in verdict, verdict
    assert french_words(verdict) == [], verdict


def test_a_rewrite_names_the_signed_checkpoint_in_english(manager_in_english: MainWindow) -> None:
    english = manager_in_english
    # Entry 2 rewritten and every later hash recomputed: only the signed checkpoints see it.
    rewrite_and_rechain(english.ctx.engine, 2, "agent:someone")
    verdict = _verdict(english)
    assert "rewritten" in verdict and "the signed checkpoint no. " in verdict, verdict
    assert french_words(verdict) == [], verdict
