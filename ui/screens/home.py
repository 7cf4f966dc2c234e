"""The agent's home: find a usager as you type, register a new one, reach the site management."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from aidant import mandates
from aidant.people import usagers
from ui import dates
from ui.icons import icon
from ui.router import Route, Screen
from ui.shell import Shell
from ui.widgets import big_button, field, rich


class HomeScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.setAccessibleName(self.tr("Accueil de l'agent"))
        self.greeting = QLabel()
        self.greeting.setTextFormat(Qt.TextFormat.RichText)
        self.greeting.setAccessibleName(self.tr("Agent connecté"))
        self.new_usager = big_button(
            self.tr("&Nouvel usager"), self.tr("Enregistrer un nouvel usager"), "ajouter"
        )
        self.manage = big_button(self.tr("&Gestion du site"), self.tr("Gestion du site"), "gestion")
        self.access = big_button(self.tr("Mot de &passe"), self.tr("Mots de passe et accès"))
        self.search_edit = field(
            self.tr("Rechercher un usager"),
            self.tr("Nom ou prénom (les accents sont facultatifs)"),
        )
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Usagers trouvés"))
        self.results.setIconSize(self.new_usager.iconSize())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Nombre d'usagers trouvés"))
        self.expiring = QListWidget()
        self.expiring.setAccessibleName(self.tr("Mandats qui finissent bientôt"))
        self.expiring.setWordWrap(True)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Dernières personnes aidées"))

        top = QHBoxLayout()
        top.addWidget(self.greeting, 1)
        top.addWidget(self.new_usager)
        top.addWidget(self.manage)
        top.addWidget(self.access)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        search_label = QLabel("<h2>" + self.tr("&Rechercher un usager") + "</h2>")
        search_label.setTextFormat(Qt.TextFormat.RichText)
        search_label.setBuddy(self.search_edit)
        left.addWidget(search_label)
        left.addWidget(self.search_edit)
        left.addWidget(self.count)
        left.addWidget(self.results, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel("<h2>" + self.tr("Mandats qui finissent bientôt") + "</h2>"))
        right.addWidget(self.expiring, 1)
        right.addWidget(QLabel("<h2>" + self.tr("Dernières personnes aidées") + "</h2>"))
        right.addWidget(self.recent, 1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)

        self.search_edit.textChanged.connect(self.refresh)
        self.search_edit.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)
        self.expiring.itemActivated.connect(self._open)
        self.recent.itemActivated.connect(self._open)
        self.new_usager.clicked.connect(lambda: shell.router.go(Route.USAGER_NEW))
        self.manage.clicked.connect(lambda: shell.router.go(Route.MANAGER))
        self.access.clicked.connect(lambda: shell.router.go(Route.ACCESS))

    def enter(self, arg: object = None) -> None:
        actor = self._shell.require_actor()
        self.greeting.setText(
            rich("<b>" + self.tr("Bonjour {name}") + "</b>", name=actor.display_name)
        )
        self.manage.setVisible(actor.is_manager)
        self.search_edit.clear()
        self.refresh()
        self._fill_sections()
        self.search_edit.setFocus()

    def refresh(self) -> None:
        found = usagers.search(self._shell.ctx, self.search_edit.text())
        self.results.clear()
        for person in found:
            born = (
                self.tr(" — né(e) le {date}").format(date=dates.calendar_day(person.birth_date))
                if person.birth_date
                else ""
            )
            item = QListWidgetItem(icon("usager"), f"{person.display_name}{born}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        self.count.setText(self.tr("{n} usager(s)").format(n=len(found)))

    def _fill_sections(self) -> None:
        ctx = self._shell.ctx
        self.expiring.clear()
        for mandate in mandates.expiring(ctx):
            person = usagers.get(ctx, mandate.usager_id)
            item = QListWidgetItem(
                icon("mandat"),
                self.tr("{name} : mandat jusqu'au {date}").format(
                    name=person.display_name, date=dates.day(mandate.expires_at)
                ),
            )
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.expiring.addItem(item)
        self.recent.clear()
        for person in usagers.last_helped(ctx, self._shell.require_actor()):
            item = QListWidgetItem(icon("usager"), person.display_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.recent.addItem(item)

    def _open_first(self) -> None:
        if self.results.count():
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) is None:
            return
        self._shell.router.go(Route.USAGER_FILE, item.data(Qt.ItemDataRole.UserRole))
