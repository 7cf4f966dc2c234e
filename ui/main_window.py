"""The main window: one stack of screens, a demo banner when the site is a demonstration."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from aidant.actors import Actor
from aidant.context import SiteContext
from ui.home import HomeScreen
from ui.login import LoginScreen
from ui.widgets import banner

DEMO_TEXT = (
    "Site de démonstration : personnes fictives, clés jetables gardées dans un fichier "
    "(pas dans le trousseau du système). Ne pas y mettre de vraies données."
)


def demo_hint() -> str:
    from aidant.demo import DEMO_LOGINS

    lines = [f"{d.login} / {d.password} ({d.role.value})" for d in DEMO_LOGINS]
    return "Comptes de démonstration : " + " ; ".join(lines)


class MainWindow(QMainWindow):
    def __init__(self, ctx: SiteContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle("Aidant")
        self.resize(1100, 760)

        self.login = LoginScreen(ctx, demo_hint() if ctx.site.demo else "")
        self.home = HomeScreen(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.home)

        central = QWidget()
        layout = QVBoxLayout(central)
        if ctx.site.demo:
            layout.addWidget(banner(DEMO_TEXT, "#ffd866", "Bandeau site de démonstration"))
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.login.logged_in.connect(self._on_login)
        self.home.logout_requested.connect(self.logout)
        self.login.reset()

    def _on_login(self, actor: Actor) -> None:
        self.actor = actor
        self.home.start(actor)
        self.stack.setCurrentWidget(self.home)

    def logout(self) -> None:
        self.actor = None
        self.stack.setCurrentWidget(self.login)
        self.login.reset()
