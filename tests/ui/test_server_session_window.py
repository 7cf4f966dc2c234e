"""A window on a site server, opened through the door as on a desk (the agent's own server
login): it locks when nobody uses it, closing the site, and its logout applies the wipe plan,
as on one PC. Accessible names only."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from aidant.setup.opening import prepare
from aidant.site.clock import FakeClock
from aidant.site.paths import DataPaths
from aidant.storage.models import JournalEntry
from tests.support.cli import Cli
from tests.support.costs import TEST_COSTS
from tests.support.opening import reopen
from tests.support.server import site_to_kill
from tests.support.server_site import ServerSite, add_agent, server_site
from tests.ui.conftest import find, screenshot
from tools.pg_cluster import Cluster
from ui.main_window import MainWindow
from ui.session_guard import ScreenLockWatcher

AGENT = "guichet"
PASSWORD = "agent-password-1"


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "Téléchargements"
    folder.mkdir()
    return folder


@pytest.fixture
def served(pg_cluster: Cluster, cli: Cli, tmp_path: Path, downloads: Path) -> Iterator[ServerSite]:
    with server_site(pg_cluster, cli, tmp_path / "data") as made:
        add_agent(made, AGENT, PASSWORD, [downloads])
        yield made


def _window(qtbot: QtBot, data: Path, clock: FakeClock) -> MainWindow:
    window = MainWindow(screen_lock=lambda: ScreenLockWatcher(bus=QDBusConnection("absent")))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_site_soon(lambda: prepare(DataPaths(data), clock=clock, costs=TEST_COSTS))
    qtbot.waitUntil(lambda: window.shell.door is not None)
    assert window.shell.site is None  # nothing open before a password
    login, password = find(window, "Identifiant"), find(window, "Mot de passe")
    assert isinstance(login, QLineEdit) and isinstance(password, QLineEdit)
    qtbot.keyClicks(login, AGENT)
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.home.isVisible())
    site = window.shell.site
    assert site is not None and (site.engine.url.username or "").startswith("aidant_u_")
    return window


def _ended(served: ServerSite) -> list[tuple[object, object]]:
    with reopen(DataPaths(served.data)) as ctx, ctx.transaction() as db:
        rows = db.scalars(select(JournalEntry).where(JournalEntry.kind == "session_ended"))
        return [(data["kind"], data["reason"]) for data in (json.loads(r.data) for r in rows)]


def test_a_window_on_a_server_locks_when_idle_and_closes_the_site(
    qtbot: QtBot, served: ServerSite
) -> None:
    clock = FakeClock(dt.datetime.now(dt.UTC))
    window = _window(qtbot, served.data, clock)
    guard = window.sessions.agent_guard
    assert guard is not None
    clock.advance(15 * 60 - 30)
    guard.tick()
    warning = find(window, "Avertissement d'inactivité")
    assert isinstance(warning, QLabel) and "30 secondes" in warning.text()
    screenshot(window, "server-idle-warning")
    clock.advance(31)
    guard.tick()
    assert window.router.current_name == "login" and window.actor is None
    assert window.shell.site is None  # the server connection went with the session
    error = find(window, "Erreur de connexion")
    assert isinstance(error, QLabel) and "personne n'a utilisé" in error.text()
    assert ("agent", "idle") in _ended(served)


def test_a_window_on_a_server_wipes_at_logout(
    qtbot: QtBot, served: ServerSite, downloads: Path
) -> None:
    clock = FakeClock(dt.datetime.now(dt.UTC))
    window = _window(qtbot, served.data, clock)
    (downloads / "avis-imposition.pdf").write_bytes(b"%PDF-1.4 left behind")
    qtbot.mouseClick(find(window, "Se déconnecter"), Qt.MouseButton.LeftButton)
    assert window.router.current_name == "login" and window.shell.site is None
    assert list(downloads.iterdir()) == []
    assert ("agent", "logout") in _ended(served)


def test_a_window_whose_server_is_gone_still_locks_when_idle_and_wipes(
    qtbot: QtBot, tmp_path: Path, downloads: Path
) -> None:
    """The end cannot be journalled with the server gone: the session ends all the same (a
    refused journal entry used to stop the end, leaving the person's screens up)."""
    data = tmp_path / "data"
    with site_to_kill(data) as (cluster, ctx):
        ctx.close()  # the window opens the site itself, through the door
        url = ctx.site.server_url or ""
        on_server = ServerSite(cluster, "site", url, data, ctx.site.site_id, "", "", url)
        add_agent(on_server, AGENT, PASSWORD, [downloads])
        clock = FakeClock(dt.datetime.now(dt.UTC))
        window = _window(qtbot, data, clock)
        (downloads / "avis-imposition.pdf").write_bytes(b"%PDF-1.4 left behind")
        guard = window.sessions.agent_guard
        assert guard is not None
        cluster.kill()
        try:
            clock.advance(15 * 60 + 1)
            guard.tick()
            assert window.router.current_name == "login" and window.actor is None
            assert window.shell.site is None
            error = find(window, "Erreur de connexion")
            assert isinstance(error, QLabel) and "personne n'a utilisé" in error.text()
            assert "n'a pas pu être inscrite au journal" in error.text()
            screenshot(window, "server-gone-session-ended")
            assert list(downloads.iterdir()) == []
        finally:
            cluster.restart()
