"""The manager's menu: agents, site policy, and (when their services land) audit and reports."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from ui.router import Route, Screen
from ui.shell import Shell
from ui.widgets import big_button, title


class ManagerScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.setAccessibleName(self.tr("Gestion du site"))
        self.back = big_button(self.tr("&Retour"), self.tr("Retour"), "retour")
        self.agents = big_button(self.tr("&Agents du site"), self.tr("Agents du site"), "usager")
        self.policy = big_button(
            self.tr("Ré&glages du site"), self.tr("Réglages du site"), "reglages"
        )
        self.audit = big_button(
            self.tr("&Journal des actions"), self.tr("Journal des actions"), "chercher"
        )
        self.integrity = big_button(
            self.tr("&Vérifier le journal"), self.tr("Intégrité du journal"), "action"
        )
        self.report = big_button(
            self.tr("Rapport d'ac&tivité"), self.tr("Rapport d'activité"), "mandat"
        )
        self.grid = QGridLayout()
        self.grid.addWidget(self.agents, 0, 0)
        self.grid.addWidget(self.policy, 0, 1)
        self.grid.addWidget(self.audit, 1, 0)
        self.grid.addWidget(self.integrity, 1, 1)
        self.grid.addWidget(self.report, 2, 0)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(title(self.tr("Gestion du site")), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.back.clicked.connect(lambda: shell.router.go(Route.HOME, remember=False))
        self.agents.clicked.connect(lambda: shell.router.go(Route.MANAGER_AGENTS))
        self.policy.clicked.connect(lambda: shell.router.go(Route.MANAGER_POLICY))
        self.audit.clicked.connect(lambda: shell.router.go(Route.MANAGER_AUDIT))
        self.integrity.clicked.connect(lambda: shell.router.go(Route.MANAGER_INTEGRITY))
        self.report.clicked.connect(lambda: shell.router.go(Route.MANAGER_REPORT))

    def enter(self, arg: object = None) -> None:
        self.agents.setFocus()
