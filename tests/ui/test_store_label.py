"""The window says where the site's data lives: this PC's encrypted file or the site server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aidant.setup.create import init_site
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS
from tests.support.server import Cluster, fresh_database
from tests.ui.conftest import find, screenshot
from ui.main_window import MainWindow


def _store_label(qtbot: QtBot, ctx: SiteContext) -> QLabel:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    label = find(window, "Lieu des données")
    assert isinstance(label, QLabel)
    return label


def test_an_embedded_site_says_its_data_is_on_this_pc(qtbot: QtBot, demo_site: SiteContext) -> None:
    label = _store_label(qtbot, demo_site)
    assert label.text() == "Données : ce poste"
    assert "fichier chiffré de ce poste" in label.toolTip()


def test_a_server_site_says_its_data_is_on_the_site_server(
    qtbot: QtBot, tmp_path: Path, pg_cluster: Cluster
) -> None:
    with fresh_database(pg_cluster) as url:
        ctx = init_site(
            DataPaths(tmp_path / "site"),
            "Site de test",
            "chef",
            "Chef de site",
            "manager-password-1",
            costs=TEST_COSTS,
            server_url=url,
        )
        try:
            label = _store_label(qtbot, ctx)
            # The test server is reached through a Unix socket: no host name to show.
            assert label.text() == "Données : serveur du site"
            assert label.toolTip() == (
                "Les données de ce site sont sur le serveur du site (sur cette machine), "
                "partagé par les postes."
            )
            screenshot(label.window(), "login-server-store")
        finally:
            ctx.close()


def test_a_remote_server_is_named_by_its_host() -> None:
    from aidant.site.context import SiteFile
    from aidant.storage.keystore import KeyStoreKind

    remote = SiteFile("s", KeyStoreKind.KEYRING, server_url="postgresql://srv-mairie.local/aidant")
    assert remote.server_host == "srv-mairie.local"
    other_port = SiteFile("s", KeyStoreKind.KEYRING, server_url="postgresql://10.0.0.2:6543/aidant")
    assert other_port.server_host == "10.0.0.2:6543"
    assert SiteFile("s", KeyStoreKind.KEYRING).server_host is None
