"""The agent's home: find a usager as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aidant import usagers
from aidant.actors import Actor
from aidant.context import SiteContext
from ui.widgets import big_button, field


class HomeScreen(QWidget):
    #: Emitted when the agent asks to log out.
    logout_requested = Signal()

    def __init__(self, ctx: SiteContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.setAccessibleName("Accueil de l'agent")
        self.greeting = QLabel()
        self.greeting.setAccessibleName("Agent connecté")
        self.logout_button = big_button("Se &déconnecter", "Se déconnecter")
        self.search_edit = field(
            "Rechercher un usager", "Nom ou prénom (les accents sont facultatifs)"
        )
        self.results = QListWidget()
        self.results.setAccessibleName("Usagers trouvés")
        self.count = QLabel()
        self.count.setAccessibleName("Nombre d'usagers trouvés")

        top = QHBoxLayout()
        top.addWidget(self.greeting, 1)
        top.addWidget(self.logout_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        search_label = QLabel("<h2>Rechercher un usager</h2>")
        search_label.setBuddy(self.search_edit)
        layout.addWidget(search_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

        self.search_edit.textChanged.connect(self.refresh)
        self.logout_button.clicked.connect(self.logout_requested)

    def start(self, actor: Actor) -> None:
        self.greeting.setText(f"<b>Bonjour {actor.display_name}</b>")
        self.search_edit.clear()
        self.refresh()
        self.search_edit.setFocus()

    def refresh(self) -> None:
        found = usagers.search(self._ctx, self.search_edit.text())
        self.results.clear()
        for person in found:
            born = f" — né(e) le {person.birth_date:%d/%m/%Y}" if person.birth_date else ""
            item = QListWidgetItem(f"{person.display_name}{born}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        self.count.setText(f"{len(found)} usager(s)")
