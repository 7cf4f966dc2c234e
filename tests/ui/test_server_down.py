"""The window on a site server that goes down and comes back: a screen that reads while the
server is gone says the server's sentence (not "an unexpected error"), and the same window
goes on once the server is back, through accessible names only."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from aidant.agents import accounts as agents
from aidant.domain.enums import Role
from aidant.people import usagers
from aidant.site.context import SiteContext
from tests.support.server import site_to_kill
from tests.ui.conftest import find
from tools.pg_cluster import Cluster
from ui import app
from ui.main_window import MainWindow

PASSWORD = "agent-password-1"


@pytest.fixture
def server_site(tmp_path: Path) -> Iterator[tuple[Cluster, SiteContext]]:
    with site_to_kill(tmp_path / "data") as (cluster, ctx):
        manager = agents.login_with_password(ctx, "chef", "manager-password-1")
        agents.add_agent(ctx, manager, "agent", "Agent Dupuis", Role.AGENT, PASSWORD)
        usagers.register(ctx, manager, "Garnier", "Rose")
        yield cluster, ctx


@pytest.mark.qt_no_exception_capture
def test_the_window_says_the_server_is_gone_then_goes_on(
    qtbot: QtBot, server_site: tuple[Cluster, SiteContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster, ctx = server_site
    shown: list[str] = []
    monkeypatch.setattr(app, "show_fatal", shown.append)
    monkeypatch.setattr(sys, "excepthook", app._excepthook)  # the application's own
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(find(window, "Identifiant"), "agent")
    password = find(window, "Mot de passe")
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.home.isVisible())
    search = find(window, "Rechercher un usager")
    results = find(window, "Usagers trouvés")
    assert isinstance(search, QLineEdit) and isinstance(results, QListWidget)

    cluster.kill()
    qtbot.keyClicks(search, "g")
    assert shown and shown[-1].startswith("La liaison avec le serveur du site est coupée")
    assert "inattendue" not in " ".join(shown)

    cluster.restart()
    search.clear()
    qtbot.keyClicks(search, "garnier")
    assert results.count() == 1 and "Rose" in results.item(0).text()
    assert window.home.isVisible() and window.actor is not None
