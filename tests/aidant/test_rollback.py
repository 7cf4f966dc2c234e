"""The journal's rollback anchor: an older copy of the database put back, or its tail deleted
with the stored checkpoints, is said at the next opening and stops work until a manager
acknowledges it (each test fails on the code before the anchor: nothing was noticed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain.actors import SYSTEM
from aidant.journal import EntryKind
from aidant.journal.checkpoints import write_checkpoint
from aidant.setup.opening import prepare
from aidant.site.anchor import RollbackDetected
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.site.texts import SiteText
from aidant.storage import engine as storage_engine
from aidant.storage.models import JournalEntry
from tests.conftest import AGENT_PASSWORD, MANAGER_PASSWORD
from tests.support.cli import Cli
from tests.support.costs import TEST_COSTS
from tests.support.opening import reopen

SUFFIXES = ("", "-wal", "-shm")


def _copy(paths: DataPaths, folder: Path) -> None:
    folder.mkdir()
    for suffix in SUFFIXES:
        source = Path(f"{paths.database}{suffix}")
        if source.exists():
            shutil.copy2(source, folder / source.name)


def _put_back(paths: DataPaths, folder: Path) -> None:
    for suffix in SUFFIXES:
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    for kept in folder.iterdir():
        shutil.copy2(kept, paths.root / kept.name)


def _enter(paths: DataPaths, clock: FakeClock, login: str, password: str, **kw: bool) -> None:
    ctx, _ = prepare(paths, clock=clock, costs=TEST_COSTS).enter(login, password, **kw)
    ctx.close()


def _kinds(paths: DataPaths) -> list[str]:
    with reopen(paths) as ctx, ctx.transaction() as db:
        return list(db.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)))


def test_an_older_copy_put_back_is_said_and_waits_for_a_manager(
    site: SiteContext, clock: FakeClock, tmp_path: Path
) -> None:
    paths = site.paths
    site.close()
    _copy(paths, tmp_path / "old")
    _enter(paths, clock, "agent", AGENT_PASSWORD)  # the journal grows past the copy
    _put_back(paths, tmp_path / "old")

    with pytest.raises(RollbackDetected) as caught:
        _enter(paths, clock, "agent", AGENT_PASSWORD)
    assert caught.value.text is SiteText.JOURNAL_SHORTER
    assert "constater" in str(caught.value) and str(caught.value).count(".") == 1
    with pytest.raises(RollbackDetected) as caught:
        _enter(paths, clock, "agent", AGENT_PASSWORD, acknowledge=True)
    assert caught.value.text is SiteText.ROLLBACK_NEEDS_MANAGER
    with pytest.raises(RollbackDetected):
        _enter(paths, clock, "chef", MANAGER_PASSWORD)  # still there: nothing was recorded

    _enter(paths, clock, "chef", MANAGER_PASSWORD, acknowledge=True)
    assert EntryKind.JOURNAL_ROLLBACK_ACKNOWLEDGED.value in _kinds(paths)
    _enter(paths, clock, "agent", AGENT_PASSWORD)  # work goes on


def test_deleting_the_tail_and_the_stored_checkpoints_is_detected(
    site: SiteContext, manager: object, clock: FakeClock
) -> None:
    write_checkpoint(site, SYSTEM)
    paths = site.paths
    key = site.database_key()
    site.close()
    # An insider with the database key, using SQLCipher directly: the last entries and every
    # stored checkpoint go (journal verify alone would find a shorter, intact chain).
    engine = storage_engine.make_engine(paths.database, key)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM journal_entries WHERE seq > 3"))
        conn.execute(text("DELETE FROM checkpoints"))
    engine.dispose()
    with pytest.raises(RollbackDetected) as caught:
        _enter(paths, clock, "agent", AGENT_PASSWORD)
    assert caught.value.text is SiteText.JOURNAL_SHORTER
    assert caught.value.params["found"] == 3


def test_another_history_of_the_same_length_is_detected(
    site: SiteContext, clock: FakeClock, tmp_path: Path
) -> None:
    paths = site.paths
    site.close()
    _copy(paths, tmp_path / "old")
    _enter(paths, clock, "agent", AGENT_PASSWORD)
    _put_back(paths, tmp_path / "old")
    with reopen(paths) as ctx:
        key = ctx.database_key()
    # The copy grows a history of its own, longer than what this PC saw.
    engine = storage_engine.make_engine(paths.database, key)
    with Session(engine) as db, db.begin():
        for _ in range(20):
            journal.append(db, SYSTEM, EntryKind.SETTINGS_CHANGED, clock.now())
    engine.dispose()
    with pytest.raises(RollbackDetected) as caught:
        _enter(paths, clock, "agent", AGENT_PASSWORD)
    assert caught.value.text is SiteText.JOURNAL_DIVERGES


def test_the_acknowledge_command(site: SiteContext, cli: Cli, tmp_path: Path) -> None:
    paths = site.paths
    site.close()
    _copy(paths, tmp_path / "old")
    assert cli("--as", "agent", "usager", "find", "x", stdin=f"{AGENT_PASSWORD}\n")[0] == 0
    _put_back(paths, tmp_path / "old")
    code, _, err = cli("--as", "agent", "usager", "find", "x", stdin=f"{AGENT_PASSWORD}\n")
    assert code == 1 and "responsable doit le constater" in err
    code, out, err = cli("--as", "chef", "journal", "acknowledge", stdin=f"{MANAGER_PASSWORD}\n")
    assert code == 0 and "Constaté" in out, err
    assert cli("--as", "agent", "usager", "find", "x", stdin=f"{AGENT_PASSWORD}\n")[0] == 0
