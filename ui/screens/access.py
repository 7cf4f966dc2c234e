"""Passwords and access: an agent changes their own password; a manager gives an agent a new
one, deactivates or reactivates them (the services check the role and journal each change)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from aidant.agents import passwords
from aidant.domain.errors import AidantError
from ui.router import Screen
from ui.shell import Shell
from ui.widgets import big_button, error_label, field, scrolling, status_label, title


class AccessScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.setAccessibleName(self.tr("Mots de passe et accès"))
        self.back = big_button(self.tr("&Retour"), self.tr("Retour"), "retour")
        self.current = field(self.tr("Mot de passe actuel"), secret=True)
        self.new = field(self.tr("Nouveau mot de passe"), secret=True)
        self.new2 = field(self.tr("Nouveau mot de passe, encore"), secret=True)
        self.change = big_button(
            self.tr("&Changer mon mot de passe"), self.tr("Changer mon mot de passe")
        )
        mine = QGroupBox(self.tr("Mon mot de passe"))
        form = QFormLayout(mine)
        form.addRow(self.tr("Mot de passe &actuel"), self.current)
        form.addRow(self.tr("&Nouveau mot de passe"), self.new)
        form.addRow(self.tr("Nouveau mot de passe (&encore)"), self.new2)
        form.addRow(self.change)

        self.login = field(self.tr("Identifiant de l'agent"), self.tr("ex. : m.durand"))
        self.given = field(self.tr("Mot de passe à remettre à l'agent"), secret=True)
        self.given2 = field(self.tr("Mot de passe à remettre à l'agent, encore"), secret=True)
        self.reset = big_button(
            self.tr("Donner un nouveau mot de &passe"), self.tr("Donner un nouveau mot de passe")
        )
        self.deactivate = big_button(self.tr("Dé&sactiver"), self.tr("Désactiver l'agent"))
        self.reactivate = big_button(self.tr("Réac&tiver"), self.tr("Réactiver l'agent"))
        self.manager_box = QGroupBox(self.tr("Accès d'un agent (responsable)"))
        theirs = QFormLayout(self.manager_box)
        theirs.addRow(self.tr("&Identifiant"), self.login)
        theirs.addRow(self.tr("Mot de passe à re&mettre"), self.given)
        theirs.addRow(self.tr("Mot de passe à remettre (enc&ore)"), self.given2)
        # Two rows: in large text the three buttons side by side are wider than half a screen.
        buttons = QGridLayout()
        buttons.addWidget(self.reset, 0, 0, 1, 2)
        buttons.addWidget(self.deactivate, 1, 0)
        buttons.addWidget(self.reactivate, 1, 1)
        theirs.addRow(buttons)

        status = status_label(self.tr("Résultat"))
        self.init_messages(error_label(self.tr("Erreur")), status)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title(self.tr("Mots de passe et accès")), 1)
        # The two forms side by side, scrolling if the window is too small for them; the
        # result of the last action stays in view below.
        boxes = QWidget()
        columns = QHBoxLayout(boxes)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(mine, 1)
        columns.addWidget(self.manager_box, 1)
        for box in (mine, self.manager_box):
            columns.setAlignment(box, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scrolling(boxes), 1)
        layout.addWidget(self.error)
        layout.addWidget(status)
        self.back.clicked.connect(shell.router.back)
        self.change.clicked.connect(self._change)
        self.reset.clicked.connect(lambda: self._for_agent(passwords.reset_password, True))
        self.deactivate.clicked.connect(
            lambda: self._for_agent(
                lambda ctx, actor, login, _new: passwords.deactivate_agent(ctx, actor, login),
                False,
            )
        )
        self.reactivate.clicked.connect(lambda: self._for_agent(passwords.reactivate_agent, True))

    def enter(self, arg: object = None) -> None:
        self.clear_messages()
        self.manager_box.setVisible(self._shell.require_actor().is_manager)
        self.current.setFocus()

    def _clear(self) -> None:
        for edit in (self.current, self.new, self.new2, self.given, self.given2):
            edit.clear()

    def _change(self) -> None:
        if self.new.text() != self.new2.text():
            self.show_error_text(self.tr("Les deux mots de passe ne sont pas identiques."))
            self._clear()
            return
        try:
            passwords.change_password(
                self._shell.ctx, self._shell.require_actor(), self.current.text(), self.new.text()
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        finally:
            self._clear()
        self.show_status(self.tr("Votre mot de passe est changé."))

    def _for_agent(self, action: Callable[..., None], needs_password: bool) -> None:
        login = self.login.text().strip()
        if needs_password and self.given.text() != self.given2.text():
            self.show_error_text(self.tr("Les deux mots de passe ne sont pas identiques."))
            self._clear()
            return
        try:
            action(self._shell.ctx, self._shell.require_actor(), login, self.given.text())
        except AidantError as exc:
            self.show_error(exc)
            return
        finally:
            self._clear()
        self.show_status(self.tr("C'est fait pour « {login} ».").format(login=login))
