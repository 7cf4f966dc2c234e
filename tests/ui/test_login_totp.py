"""When the site requires a one-time code, the login screen asks for it after the password."""

from __future__ import annotations

import urllib.parse

from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aidant.administration.policy import change_setting
from aidant.agents import totp
from aidant.agents.totp_enrolment import enrol_totp
from aidant.domain.actors import Actor
from aidant.site.context import SiteContext
from tests.conftest import AGENT_PASSWORD
from tests.ui.conftest import find
from ui.main_window import MainWindow
from ui.session_guard import ScreenLockWatcher


def test_login_asks_for_the_one_time_code(qtbot: QtBot, site: SiteContext, manager: Actor) -> None:
    uri = enrol_totp(site, manager, "agent").uri
    secret = urllib.parse.parse_qs(urllib.parse.urlparse(uri).query)["secret"][0]
    with site.transaction() as db:
        change_setting(db, manager, "totp_required", True, site.clock.now())
    window = MainWindow(site, screen_lock=lambda: ScreenLockWatcher(bus=QDBusConnection("absent")))
    qtbot.addWidget(window)
    window.show()
    assert not window.login.totp_edit.isVisible()
    window.login.login_edit.setText("agent")
    window.login.password_edit.setText(AGENT_PASSWORD)
    window.login.submit.click()
    assert window.actor is None
    code = find(window, "Code à usage unique")
    error = find(window, "Erreur de connexion")
    assert isinstance(error, QLabel) and error.text()
    import base64

    raw = base64.b32decode(secret + "=" * (-len(secret) % 8))
    code.setText(totp.code_at(raw, site.clock.now()))  # type: ignore[attr-defined]
    window.login.submit.click()
    assert window.actor is not None and window.router.current_name == "home"
