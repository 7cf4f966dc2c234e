"""The usager file's actions: what was done for the person, under which démarche."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from aidant import mandates
from aidant.domain.demarches import Demarche
from aidant.domain.ids import UsagerId
from ui import dates
from ui.icons import demarche_icon
from ui.router import Route
from ui.shell import Shell
from ui.widgets import big_button, demarche_label


class ActionsSection(QWidget):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager_id = UsagerId("")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Actions faites pour la personne"))
        self.list.setIconSize(QSize(32, 32))
        self.list.setWordWrap(True)
        self.record = big_button(
            self.tr("Enregistrer une act&ion"), self.tr("Enregistrer une action"), "action"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<h2>" + self.tr("Actions faites") + "</h2>"))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.record)
        self.record.clicked.connect(lambda: shell.router.go(Route.ACTION_NEW, self.usager_id))

    def load(self, usager_id: UsagerId) -> None:
        self.usager_id = usager_id
        self.list.clear()
        for action in mandates.actions_of(self._shell.ctx, usager_id):
            demarche = Demarche(action.demarche)
            text = self.tr("{when} — {demarche} : {what}").format(
                when=dates.day_time(action.done_at),
                demarche=demarche_label(demarche),
                what=action.description,
            )
            if action.organisation:
                text += f" ({action.organisation})"
            self.list.addItem(QListWidgetItem(demarche_icon(demarche), text))
        if not self.list.count():
            self.list.addItem(self.tr("Aucune action enregistrée pour l'instant."))
