"""The main window: a bar of display controls reachable from every screen, the banners, and
one stack of screens driven by the router."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aidant.domain.enums import EndReason
from aidant.domain.errors import AidantError
from ui import translation
from ui.appearance import Appearance
from ui.idle_overlay import IdleOverlay
from ui.readaloud import ReadAloud
from ui.router import Route, Router, Screen
from ui.screens.login import LoginScreen
from ui.session_control import SessionControl
from ui.shell import Shell
from ui.widgets import banner, big_button

if TYPE_CHECKING:
    # Type-only: the window is shown before the database layer is imported (bench/startup.py).
    from aidant.domain.actors import Actor
    from aidant.setup.opening import SiteDoor
    from aidant.site.context import SiteContext
    from ui.screens.home import HomeScreen
    from ui.session_guard import ScreenLockWatcher

log = logging.getLogger(__name__)


#: The window's size when not maximised: every screen fits in it (tests/ui/test_fit.py).
DEFAULT_SIZE = QSize(1366, 900)
#: Screens up to this size get a maximised window.
MAXIMISE_UP_TO = QSize(1680, 1050)


def maximised_on(available: QSize) -> bool:
    """Whether the window opens maximised on a screen with `available` room."""
    return (
        available.width() <= MAXIMISE_UP_TO.width() or available.height() <= MAXIMISE_UP_TO.height()
    )


def demo_hint() -> str:
    from aidant.setup.demo import DEMO_LOGINS

    # The separator follows the language's typography (a space before ";" in French).
    separator = QCoreApplication.translate("MainWindow", " ; ")
    return separator.join(f"{d.login} / {d.password} ({d.role.value})" for d in DEMO_LOGINS)


class MainWindow(QMainWindow):
    # site_failed: the site could not be opened; payload: the AidantError (shown translated)
    site_failed = Signal(AidantError)

    def __init__(
        self,
        ctx: SiteContext | None = None,
        speech: ReadAloud | None = None,
        appearance: Appearance | None = None,
        demo: bool = False,
        printer_chooser: Callable[[QWidget], object] | None = None,
        file_chooser: Callable[[QWidget], Path | None] | None = None,
        folder_chooser: Callable[[QWidget], Path | None] | None = None,
        screen_lock: Callable[[], ScreenLockWatcher] | None = None,
    ) -> None:
        """A window on the open site `ctx`, or, when None, one that shows its login screen at
        once and opens the site with `open_site_soon` (a faster start)."""
        super().__init__()
        self.resize(DEFAULT_SIZE)
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("the main window needs a QApplication")
        self.stack = QStackedWidget()
        self.router = Router(self.stack)
        self.sessions = SessionControl(screen_lock, parent=self)
        self.sessions.agent_ended.connect(self._agent_session_ended)
        self.sessions.vault.opened.connect(self._vault_opened)
        self.sessions.vault.closed.connect(self._vault_closed)
        self.sessions.warn.connect(self._warn)
        self.shell = Shell(
            ctx,
            self.router,
            speech or ReadAloud(),
            appearance or Appearance(app),
            self.sessions.vault,
        )
        self.shell.printer_chooser = printer_chooser
        self.shell.file_chooser = file_chooser
        self.shell.folder_chooser = folder_chooser
        self._demo = demo or (ctx is not None and ctx.site.demo)
        self._register_screens()

        self.bar = QWidget()
        self.home_button = big_button("", "", "logement")
        self.large_text = big_button("", "", "grand_texte")
        self.large_text.setCheckable(True)
        self.contrast = big_button("", "", "contraste")
        self.contrast.setCheckable(True)
        self.language = QComboBox()
        self.language.setMinimumHeight(44)
        for code, name in translation.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(translation.LANGUAGES).index(translation.current()))
        self.logout_button = big_button("", "", "deconnexion")
        # Where the site's data lives: this PC's encrypted file, or the site server.
        self.store_label = QLabel()
        self.store_label.setTextFormat(Qt.TextFormat.PlainText)
        self._server_host: str | None = None
        self._store_known = False
        prefs = self.shell.appearance.prefs
        self.large_text.setChecked(prefs.large_text)
        self.contrast.setChecked(prefs.high_contrast)
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.home_button)
        bar.addWidget(self.store_label)
        bar.addStretch(1)
        bar.addWidget(self.large_text)
        bar.addWidget(self.contrast)
        bar.addWidget(self.language)
        bar.addWidget(self.logout_button)

        self.demo_banner = banner("", "#ffd866", "")
        self.public_pc_banner = banner("", "#ff9d5c", "")
        self.public_pc_banner.hide()

        central = QWidget()
        layout = QVBoxLayout(central)
        # Every pixel of height counts on a 1366×768 screen: thin margins round the screens.
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.demo_banner)
        self.demo_banner.setVisible(self._demo)
        layout.addWidget(self.public_pc_banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.idle_overlay = IdleOverlay(central)

        self.home_button.clicked.connect(self.go_home)
        self.large_text.toggled.connect(lambda on: self.shell.appearance.update(large_text=on))
        self.contrast.toggled.connect(lambda on: self.shell.appearance.update(high_contrast=on))
        # Keyboard access to the display modes from every screen (their letters are taken).
        contrast = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        contrast.activated.connect(self.contrast.toggle)
        bigger = QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self)
        bigger.activated.connect(lambda: self.large_text.setChecked(True))
        smaller = QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self)
        smaller.activated.connect(lambda: self.large_text.setChecked(False))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.logout_button.clicked.connect(self.logout)
        self.router.navigated.connect(self._navigated)
        self._retranslate()
        self.router.go(Route.LOGIN)
        if ctx is None:
            self.login.site_opening()
        else:
            self._site_ready(ctx)

    @property
    def ctx(self) -> SiteContext:
        return self.shell.ctx

    def show_on_screen(self) -> None:
        """Show the window maximised on the screens public PCs have (up to 1680×1050), and
        at a comfortable size, centred, on larger ones (a full-width form is hard to read)."""
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None or maximised_on(available.size()):
            self.showMaximized()
            return
        size = DEFAULT_SIZE.boundedTo(available.size())
        self.resize(size)
        self.move(available.center() - QPoint(size.width() // 2, size.height() // 2))
        self.show()

    def open_site_soon(self, opener: Callable[[], SiteContext | SiteDoor]) -> None:
        """Prepare the site right after the window is painted; the login waits for it. A site
        with login slots comes back as a door that the login opens."""

        def _open() -> None:
            try:
                opened = opener()
            except AidantError as exc:
                self.site_failed.emit(exc)
                return
            from aidant.setup.opening import SiteDoor

            if isinstance(opened, SiteDoor):
                self.door_ready(opened)
            else:
                self._site_ready(opened)

        QTimer.singleShot(0, _open)

    def door_ready(self, door: SiteDoor) -> None:
        """The login screen can open `door` with an agent's password."""
        self.shell.door = door
        self._show_store(door.site.server_host)
        self._demo = self._demo or door.site.demo
        self.demo_banner.setVisible(self._demo)
        self.login.site_ready(demo_hint() if door.site.demo else "")
        log.info("site ready for a login")
        self._prebuild_home()

    def _prebuild_home(self) -> None:
        # Built while the agent types (it needs no open site): the login then only opens the
        # site and fills it. bench/startup.py measures `login_s`.
        if self.shell.door is not None:
            QTimer.singleShot(0, lambda: self.router.screen(Route.HOME))

    def _site_ready(self, ctx: SiteContext) -> None:
        self.shell.site = ctx
        self._show_store(ctx.site.server_host)
        self._demo = self._demo or ctx.site.demo
        self.demo_banner.setVisible(self._demo)
        self.login.site_ready(demo_hint() if ctx.site.demo else "")
        log.info("site open")

    def _show_store(self, server_host: str | None) -> None:
        self._server_host = server_host
        self._store_known = True
        self._retranslate_store()

    def _retranslate_store(self) -> None:
        if not self._store_known:
            return
        host = self._server_host
        # The bar is full in large text: the label stays short, the host goes in its tooltip.
        if host is None:
            text = self.tr("Données : ce poste")
            detail = self.tr("Les données de ce site sont dans un fichier chiffré de ce poste.")
        else:
            text = self.tr("Données : serveur du site")
            detail = self.tr(
                "Les données de ce site sont sur le serveur du site (%1), partagé par les postes."
            ).replace("%1", host or self.tr("sur cette machine"))
        self.store_label.setText(text)
        self.store_label.setAccessibleName(self.tr("Lieu des données"))
        self.store_label.setAccessibleDescription(detail)
        self.store_label.setToolTip(detail)

    # Screens -----------------------------------------------------------------------------

    def _register_screens(self) -> None:
        self.router.register(Route.LOGIN, self._make_login)
        self._register_lazy(Route.HOME, "ui.screens.home", "HomeScreen")
        self._register_lazy(Route.USAGER_NEW, "ui.screens.usager_new", "UsagerNewScreen")
        self._register_lazy(Route.USAGER_FILE, "ui.screens.usager_file", "UsagerFileScreen")
        self._register_lazy(
            Route.MANDATE_WIZARD, "ui.screens.mandate_wizard", "MandateWizardScreen"
        )
        self._register_lazy(Route.ACTION_NEW, "ui.screens.action_new", "ActionNewScreen")
        self._register_lazy(Route.VAULT, "ui.screens.vault", "VaultScreen")
        self._register_lazy(Route.MANAGER, "ui.screens.manager", "ManagerScreen")
        self._register_lazy(
            Route.MANAGER_AGENTS, "ui.screens.manager_agents", "ManagerAgentsScreen"
        )
        self._register_lazy(
            Route.MANAGER_POLICY, "ui.screens.manager_policy", "ManagerPolicyScreen"
        )
        self._register_lazy(Route.MANAGER_AUDIT, "ui.screens.manager_audit", "ManagerAuditScreen")
        self._register_lazy(
            Route.MANAGER_INTEGRITY, "ui.screens.manager_integrity", "ManagerIntegrityScreen"
        )
        self._register_lazy(
            Route.MANAGER_REPORT, "ui.screens.manager_report", "ManagerReportScreen"
        )
        self._register_lazy(Route.ACCESS, "ui.screens.access", "AccessScreen")

    def _register_lazy(self, name: Route, module: str, cls: str) -> None:
        # Screens the login does not need are imported on first visit: a faster start.
        import importlib

        def factory() -> Screen:
            screen = getattr(importlib.import_module(module), cls)(self.shell)
            if not isinstance(screen, Screen):
                raise TypeError(f"{module}.{cls} is not a Screen")
            return screen

        self.router.register(name, factory)

    def _make_login(self) -> LoginScreen:
        screen = LoginScreen(self.shell)
        screen.logged_in.connect(self._on_login)
        if self.shell.door is not None:
            screen.site_ready(demo_hint() if self.shell.door.site.demo else "")
        elif self.shell.site is not None:
            screen.site_ready(demo_hint() if self.shell.site.site.demo else "")
        else:
            screen.site_opening()
        return screen

    @property
    def login(self) -> LoginScreen:
        screen = self.router.screen(Route.LOGIN)
        if not isinstance(screen, LoginScreen):
            raise TypeError("the login route does not hold the login screen")
        return screen

    @property
    def home(self) -> HomeScreen:
        from ui.screens.home import HomeScreen

        screen = self.router.screen(Route.HOME)
        if not isinstance(screen, HomeScreen):
            raise TypeError("the home route does not hold the home screen")
        return screen

    @property
    def actor(self) -> Actor | None:
        return self.shell.actor

    # Session -----------------------------------------------------------------------------

    def _on_login(self, actor: Actor) -> None:
        self.shell.actor = actor
        self.sessions.start_agent(self.ctx, actor)
        log.info("agent logged in")
        self.router.go(Route.HOME, remember=False)

    def go_home(self) -> None:
        if self.shell.actor is not None:
            self.router.go(Route.HOME, remember=False)

    def logout(self) -> None:
        """End the agent session (wipe plan included), then drop every screen built for it."""
        if self.sessions.agent is not None:
            self.sessions.logout()  # ends with _agent_session_ended
        else:
            self._agent_session_ended(EndReason.LOGOUT)

    def _agent_session_ended(self, reason: EndReason) -> None:
        self.idle_overlay.dismiss()
        self.shell.actor = None
        if self.shell.door is not None and self.shell.site is not None:
            # The database key leaves memory with the session: the next agent's password opens.
            self.shell.site.close()
            self.shell.site = None
        self.shell.speech.stop()
        self.router.reset()
        self.router.go(Route.LOGIN, remember=False)
        self._prebuild_home()
        said = []
        if reason is EndReason.IDLE:
            said.append(self.tr("Session fermée : personne n'a utilisé l'ordinateur."))
        elif reason is EndReason.SCREEN_LOCK:
            said.append(self.tr("Session fermée : l'écran a été verrouillé."))
        if self.sessions.end_not_journalled:
            said.append(
                self.tr(
                    "La fin de la session n'a pas pu être inscrite au journal (le serveur du "
                    "site ne répondait pas) : prévenez le responsable du site."
                )
            )
        if said:
            self.login.notice("\n".join(said))

    def _vault_opened(self) -> None:
        self.public_pc_banner.show()

    def _vault_closed(self, reason: EndReason) -> None:
        self.idle_overlay.dismiss()
        self.public_pc_banner.hide()
        if reason in {EndReason.IDLE, EndReason.SCREEN_LOCK} and (
            self.router.current_name is Route.VAULT
        ):
            # It closed on its own: the vault screen shows it closed.
            self.router.go(Route.VAULT, remember=False)

    def _warn(self, seconds_left: int, usager: bool) -> None:
        what = self.tr("le coffre") if usager else self.tr("votre session")
        self.idle_overlay.warn(seconds_left, what)

    def _navigated(self, name: Route) -> None:
        logged_in = self.shell.actor is not None
        self.home_button.setVisible(logged_in and name is not Route.HOME)
        self.logout_button.setVisible(logged_in)

    # Display and language --------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index))
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("no application to translate")
        translation.install(app, code)
        self.shell.appearance.update(language=code)
        # Screens are rebuilt so every text comes from the new language.
        current = self.router.current_name or Route.LOGIN
        self.router.reset()
        self._retranslate()
        self.router.go(
            current if current in {Route.LOGIN, Route.HOME} else Route.HOME,
            remember=False,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window ends the sessions like a logout (wipe plan included).
        self.logout()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle("Aidant")
        self._label(self.home_button, self.tr("Acc&ueil"), self.tr("Retour à l'accueil"))
        self._label(self.large_text, self.tr("Grand te&xte"), self.tr("Grand texte"))
        self._label(self.contrast, self.tr("Contraste élevé"), self.tr("Contraste élevé"))
        self.contrast.setToolTip(self.tr("Contraste élevé (Ctrl+Maj+C)"))
        self.large_text.setToolTip(self.tr("Grand texte (Ctrl++ ; Ctrl+- pour revenir)"))
        self.language.setAccessibleName(self.tr("Langue"))
        self._label(self.logout_button, self.tr("Se &déconnecter"), self.tr("Se déconnecter"))
        self.demo_banner.setText(
            self.tr(
                "Site de démonstration : personnes fictives, clés jetables gardées dans un "
                "fichier (pas dans le trousseau du système). Ne pas y mettre de vraies données."
            )
        )
        self.demo_banner.setAccessibleName(self.tr("Bandeau site de démonstration"))
        self.public_pc_banner.setText(
            self.tr(
                "Ordinateur public : un coffre est ouvert. Fermez-le avant de partir ; "
                "il se fermera seul si personne ne s'en sert."
            )
        )
        self.public_pc_banner.setAccessibleName(self.tr("Bandeau ordinateur public"))
        self._retranslate_store()

    @staticmethod
    def _label(button: QPushButton | QLabel, text: str, name: str) -> None:
        button.setText(text)
        button.setAccessibleName(name)
