"""The agent login screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from aidant import agents
from aidant.actors import Actor
from aidant.context import SiteContext
from aidant.errors import AidantError
from ui.widgets import big_button, error_label, field


class LoginScreen(QWidget):
    #: Emitted with the authenticated agent (aidant.actors.Actor) after a successful login.
    logged_in = Signal(object)

    def __init__(self, ctx: SiteContext, demo_hint: str = "") -> None:
        super().__init__()
        self._ctx = ctx
        self.setAccessibleName("Écran de connexion")
        title = QLabel("<h1>Connexion de l'agent</h1>")
        title.setAccessibleName("Connexion de l'agent")
        self.login_edit = field("Identifiant", "votre identifiant")
        self.password_edit = field("Mot de passe", "votre mot de passe", secret=True)
        self.error = error_label("Erreur de connexion")
        self.submit = big_button("Se &connecter", "Se connecter")
        self.submit.setDefault(True)

        form = QFormLayout()
        form.addRow("&Identifiant", self.login_edit)
        form.addRow("&Mot de passe", self.password_edit)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.submit)
        if demo_hint:
            hint = QLabel(demo_hint)
            hint.setAccessibleName("Comptes de démonstration")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addStretch(2)
        layout.setContentsMargins(120, 20, 120, 20)

        self.submit.clicked.connect(self._try_login)
        self.password_edit.returnPressed.connect(self._try_login)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)

    def reset(self) -> None:
        self.password_edit.clear()
        self.error.hide()
        self.login_edit.setFocus()

    def _try_login(self) -> None:
        try:
            actor: Actor = agents.login_with_password(
                self._ctx, self.login_edit.text(), self.password_edit.text()
            )
        except AidantError as exc:
            self.password_edit.clear()
            self.error.setText(str(exc))
            self.error.show()
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        self.error.hide()
        self.logged_in.emit(actor)
