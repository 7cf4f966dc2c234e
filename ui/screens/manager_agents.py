"""Agents of the site: the list, and adding one (the service checks the manager role)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from aidant.agents import accounts as agents
from aidant.domain.enums import Role
from aidant.domain.errors import AidantError
from ui import dates
from ui.confirm import ConfirmBar
from ui.router import Screen
from ui.shell import Shell
from ui.widgets import big_button, error_label, field, status_label, title


class ManagerAgentsScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.setAccessibleName(self.tr("Agents du site"))
        self.back = big_button(self.tr("&Retour"), self.tr("Retour"), "retour")
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Liste des agents"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Identifiant"), self.tr("Nom"), self.tr("Rôle"), self.tr("Dernière connexion")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)

        self.login = field(self.tr("Identifiant du nouvel agent"), self.tr("ex. : m.durand"))
        self.name = field(self.tr("Nom du nouvel agent"), self.tr("Prénom Nom"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Rôle du nouvel agent"))
        self.role.addItem(self.tr("Agent"), Role.AGENT)
        self.role.addItem(self.tr("Responsable du site"), Role.MANAGER)
        self.password = field(self.tr("Mot de passe du nouvel agent"), secret=True)
        self.password2 = field(self.tr("Mot de passe du nouvel agent, encore"), secret=True)
        status = status_label(self.tr("Résultat de l'ajout"))
        self.init_messages(error_label(self.tr("Erreur d'ajout d'agent")), status)
        self.add = big_button(self.tr("&Ajouter l'agent"), self.tr("Ajouter l'agent"), "ajouter")
        self.totp = big_button(
            self.tr("Imprimer une carte de &code"),
            self.tr("Imprimer une carte de code à usage unique pour l'agent choisi"),
            "imprimer",
        )

        # Two columns: five rows under the list leave it no room in large text.
        who = QFormLayout()
        who.addRow(self.tr("&Identifiant"), self.login)
        who.addRow(self.tr("&Nom"), self.name)
        who.addRow(self.tr("Rô&le"), self.role)
        secret = QFormLayout()
        secret.addRow(self.tr("&Mot de passe"), self.password)
        secret.addRow(self.tr("Mot de passe (&encore)"), self.password2)
        form = QHBoxLayout()
        form.addLayout(who, 1)
        form.addLayout(secret, 1)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title(self.tr("Agents du site")), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.confirm = ConfirmBar(self.tr("Confirmation de la nouvelle carte"))
        layout.addWidget(self.totp)
        layout.addWidget(self.confirm)
        layout.addWidget(QLabel("<h2>" + self.tr("Ajouter un agent") + "</h2>"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(status)
        layout.addWidget(self.add)
        self.back.clicked.connect(shell.router.back)
        self.add.clicked.connect(self._add)
        self.totp.clicked.connect(self._enrol_totp)
        self.password2.returnPressed.connect(self._add)

    def enter(self, arg: object = None) -> None:
        self.clear_messages()
        self.confirm.cancel()
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        rows = agents.list_agents(self._shell.ctx, self._shell.require_actor())
        self.table.setRowCount(len(rows))
        for i, agent in enumerate(rows):
            role = self.tr("Responsable") if agent.role is Role.MANAGER else self.tr("Agent")
            last = dates.day_time(agent.last_login_at) if agent.last_login_at else "—"
            for j, text in enumerate((agent.login, agent.display_name, role, last)):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def _add(self) -> None:
        if self.password.text() != self.password2.text():
            self.show_error_text(self.tr("Les deux mots de passe ne sont pas identiques."))
            return
        try:
            view = agents.add_agent(
                self._shell.ctx,
                self._shell.require_actor(),
                self.login.text(),
                self.name.text(),
                Role(self.role.currentData()),
                self.password.text(),
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        finally:
            self.password.clear()
            self.password2.clear()
        self.login.clear()
        self.name.clear()
        self.show_status(self.tr("Agent « {login} » ajouté.").format(login=view.login))
        self.refresh()

    def _enrol_totp(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            self.show_error_text(self.tr("Choisissez d'abord un agent dans la liste."))
            return
        login = item.text()
        self.clear_messages()
        # A new card replaces the agent's secret at once: the card in their pocket stops working.
        self.confirm.ask(
            self.tr(
                "Imprimer une nouvelle carte de code pour « {login} » ? Sa carte actuelle, "
                "s'il en a une, cessera de marcher tout de suite : il devra se connecter avec "
                "la nouvelle."
            ).format(login=login),
            self.tr("Oui, nouvelle carte"),
            lambda: self._issue_card(login),
        )

    def _issue_card(self, login: str) -> None:
        from aidant.agents.totp_enrolment import enrol_totp

        try:
            enrolment = enrol_totp(self._shell.ctx, self._shell.require_actor(), login)
        except AidantError as exc:
            self.show_error(exc)
            return
        printed = self._shell.print_pdf(self, enrolment.card_pdf)
        self.show_status(
            self.tr("Nouvelle carte de code pour « {login} » : {printed}").format(
                login=login, printed=printed
            )
        )
