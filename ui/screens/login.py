"""The agent login screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from aidant.domain.actors import Actor
from aidant.domain.errors import AidantError
from ui.router import Screen
from ui.shell import Shell
from ui.widgets import big_button, error_label, field


class LoginScreen(Screen):
    # logged_in: the agent has just logged in; payload: who (an Actor)
    logged_in = Signal(Actor)

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.setAccessibleName(self.tr("Écran de connexion"))
        heading = QLabel("<h1>" + self.tr("Connexion de l'agent") + "</h1>")
        heading.setAccessibleName(self.tr("Connexion de l'agent"))
        self.login_edit = field(self.tr("Identifiant"), self.tr("votre identifiant"))
        self.password_edit = field(
            self.tr("Mot de passe"), self.tr("votre mot de passe"), secret=True
        )
        self.init_messages(error_label(self.tr("Erreur de connexion")))
        self.submit = big_button(self.tr("Se &connecter"), self.tr("Se connecter"))
        self.submit.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&Identifiant"), self.login_edit)
        form.addRow(self.tr("&Mot de passe"), self.password_edit)
        # Shown when the site asks for a one-time code (TOTP) and the password was right.
        self.totp_edit = field(self.tr("Code à usage unique"), self.tr("6 chiffres"))
        self.totp_label = QLabel(self.tr("Code à &usage unique"))
        self.totp_label.setBuddy(self.totp_edit)
        form.addRow(self.totp_label, self.totp_edit)
        self.totp_label.hide()
        self.totp_edit.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.submit)
        # Shown when the journal is shorter than, or differs from, what this PC saw last.
        self.acknowledge = big_button(
            self.tr("Constater et continuer (responsable)"),
            self.tr("Constater le problème du journal et continuer"),
        )
        self.acknowledge.hide()
        layout.addWidget(self.acknowledge)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAccessibleName(self.tr("Comptes de démonstration"))
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)
        layout.addStretch(2)
        layout.setContentsMargins(120, 20, 120, 20)

        self.submit.clicked.connect(lambda: self._try_login())
        self.acknowledge.clicked.connect(lambda: self._try_login(acknowledge=True))
        self.password_edit.returnPressed.connect(self._try_login)
        self.totp_edit.returnPressed.connect(self._try_login)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)

    def notice(self, text: str) -> None:
        """A sentence about why the previous session ended."""
        self.show_error_text(text)

    def site_ready(self, demo_hint: str) -> None:
        """The site is open: logging in is possible (and demo accounts, if any, are shown)."""
        self.submit.setEnabled(True)
        self.submit.setText(self.tr("Se &connecter"))
        if demo_hint:
            self.hint.setText(self.tr("Comptes de démonstration : ") + demo_hint)
            self.hint.show()

    def site_opening(self) -> None:
        # Typing is possible while the encrypted site opens; only submitting waits.
        self.submit.setEnabled(False)
        self.submit.setText(self.tr("Ouverture du site…"))

    def enter(self, arg: object = None) -> None:
        self.password_edit.clear()
        self.totp_edit.clear()
        self.totp_edit.hide()
        self.totp_label.hide()
        self.clear_messages()
        self.login_edit.setFocus()

    def _log_in(
        self, login: str, password: str, totp: str | None, acknowledge: bool = False
    ) -> Actor:
        """Open the site with this password when it is closed (a site with login slots), or
        log in on the open one (then a manager's login moves an older site to login slots)."""
        from aidant.agents import accounts as agents
        from aidant.setup.upgrade import upgrade_if_manager

        door = self._shell.door
        if door is not None and self._shell.site is None:
            ctx, actor = door.enter(login, password, totp, acknowledge=acknowledge)
            self._shell.site = ctx
            return actor
        actor = agents.login_with_password(self._shell.ctx, login, password, totp)
        upgrade_if_manager(self._shell.ctx, actor, login, password)
        return actor

    def _try_login(self, acknowledge: bool = False) -> None:
        if not self.submit.isEnabled():
            return
        from aidant.agents import accounts as agents
        from aidant.site.anchor import RollbackDetected

        totp = self.totp_edit.text().strip() if self.totp_edit.isVisible() else None
        try:
            actor = self._log_in(
                self.login_edit.text(), self.password_edit.text(), totp, acknowledge
            )
        except RollbackDetected as exc:
            self.password_edit.clear()
            self.show_error(exc)
            self.acknowledge.show()
            self.password_edit.setFocus()
            return
        except agents.TotpRequired as exc:
            # The password was right: keep it, and ask for the code.
            self.totp_label.show()
            self.totp_edit.show()
            self.show_error(exc)
            self.totp_edit.setFocus()
            return
        except AidantError as exc:
            self.totp_edit.clear()
            self.password_edit.clear()
            self.show_error(exc)
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        self.totp_edit.clear()
        self.acknowledge.hide()
        self.clear_messages()
        self.logged_in.emit(actor)
