"""The integrity screen of a server site whose journal was purged says where it now begins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from aidant.setup import server as server_setup
from tests.support.aged_site import MANAGER, PASSWORD, aged_site
from tests.ui.conftest import find, screenshot
from tools.pg_cluster import Cluster
from ui.main_window import MainWindow


def test_the_verdict_names_the_purged_entries(
    qtbot: QtBot, pg_cluster: Cluster, tmp_path: Path
) -> None:
    with aged_site(pg_cluster, tmp_path) as aged:
        server_setup.purge_journal(aged.paths, aged.secret)
        window = MainWindow(aged.ctx)
        qtbot.addWidget(window)
        try:
            window.resize(1366, 768)
            window.show()
            window.login.login_edit.setText(MANAGER)
            window.login.password_edit.setText(PASSWORD)
            window.login.submit.click()
            assert window.actor is not None
            window.router.go("manager_integrity")
            find(window, "Vérifier le journal").click()  # type: ignore[attr-defined]
            verdict = find(window, "Verdict")
            assert isinstance(verdict, QLabel)
            with aged.ctx.engine.connect() as conn:
                head = conn.execute(text("SELECT max(seq) FROM journal_entries")).scalar_one()
            # The entries checked are those still there, not the journal's length.
            assert verdict.text().startswith(
                f"✔ Le journal est intact : {head - aged.last_old} entrées vérifiées"
            )
            assert f"Les entrées n° 1 à {aged.last_old} ont été purgées le" in verdict.text()
            QApplication.processEvents()
            screenshot(window, "integrity_purge")
        finally:
            window.close()  # before the site's database goes
