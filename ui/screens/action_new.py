"""Recording an action done for a usager: the démarche (pictogram cards) and a few words.

The service refuses, in one sentence, when no active mandate covers the démarche.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from aidant import mandates
from aidant.domain.demarches import Demarche
from aidant.domain.errors import AidantError
from aidant.domain.ids import UsagerId
from aidant.people import usagers
from aidant.site import policy as settings
from ui.router import Route, Screen
from ui.shell import Shell
from ui.widgets import big_button, demarche_button, error_label, field, rich, title


class ActionNewScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager_id = UsagerId("")
        self.setAccessibleName(self.tr("Enregistrer une action"))
        self.heading = title(self.tr("Enregistrer une action"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.cards: dict[Demarche, QPushButton] = {}
        grid = QGridLayout()
        for i, demarche in enumerate(Demarche):
            card = demarche_button(demarche)
            self.group.addButton(card)
            self.cards[demarche] = card
            grid.addWidget(card, i // 2, i % 2)
        self.description = field(
            self.tr("Ce qui a été fait"), self.tr("ex. : déclaration trimestrielle CAF")
        )
        self.organisation = field(self.tr("Organisme"), self.tr("ex. : CAF (facultatif)"))
        self.init_messages(error_label(self.tr("Action refusée")))
        self.save = big_button(self.tr("&Enregistrer"), self.tr("Enregistrer l'action"), "action")
        self.cancel = big_button(self.tr("&Annuler"), self.tr("Annuler"), "retour")
        form = QFormLayout()
        form.addRow(self.tr("&Ce qui a été fait"), self.description)
        form.addRow(self.tr("&Organisme"), self.organisation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("Quelle démarche ?")))
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.save.clicked.connect(self._save)
        self.description.returnPressed.connect(self.organisation.setFocus)
        self.organisation.returnPressed.connect(self._save)
        self.cancel.clicked.connect(self._back)

    def enter(self, arg: object = None) -> None:
        self.usager_id = UsagerId(str(arg))
        person = usagers.get(self._shell.ctx, self.usager_id)
        self.heading.setText(
            rich("<h1>" + self.tr("Action pour {name}") + "</h1>", name=person.display_name)
        )
        offered = set(settings.policy(self._shell.ctx).demarches_offered)
        self.group.setExclusive(False)
        for demarche, card in self.cards.items():
            card.setChecked(False)
            card.setVisible(demarche.value in offered)
        self.group.setExclusive(True)
        self.description.clear()
        self.organisation.clear()
        self.clear_messages()
        first = next((c for c in self.cards.values() if c.isVisible()), None)
        if first is not None:
            first.setFocus()

    def _save(self) -> None:
        chosen = next((d for d, c in self.cards.items() if c.isChecked()), None)
        if chosen is None:
            self.show_error_text(self.tr("Choisissez la démarche concernée."))
            return
        try:
            mandates.record_action(
                self._shell.ctx,
                self._shell.require_actor(),
                self.usager_id,
                chosen.value,
                self.description.text(),
                self.organisation.text() or None,
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        self._back()

    def _back(self) -> None:
        self._shell.router.go(Route.USAGER_FILE, self.usager_id, remember=False)
