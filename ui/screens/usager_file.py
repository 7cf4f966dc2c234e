"""The usager file: identity first; mandates, actions and vault are added by their services."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from aidant.domain.ids import UsagerId
from aidant.people import usagers
from aidant.people.usagers import UsagerView
from ui.router import Route, Screen
from ui.screens.usager_actions import ActionsSection
from ui.screens.usager_mandates import MandatesSection
from ui.shell import Shell
from ui.widgets import ReadAloudButton, big_button, title


class UsagerFileScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager: UsagerView | None = None
        self.setAccessibleName(self.tr("Dossier de l'usager"))
        self.heading = title(self.tr("Dossier de l'usager"))
        self.back = big_button(self.tr("&Retour"), self.tr("Retour"), "retour")
        self.vault = big_button(self.tr("Le &coffre"), self.tr("Ouvrir le coffre"), "coffre")
        self.read_aloud = ReadAloudButton(shell.speech, self.spoken_text, self.tr("le dossier"))
        self.identity = QFormLayout()
        self.name_value = self._value(self.tr("Nom et prénoms"))
        self.birth_value = self._value(self.tr("Naissance"))
        self.phone_value = self._value(self.tr("Téléphone"))
        self.email_value = self._value(self.tr("Adresse e-mail"))
        self.identity.addRow(self.tr("Nom et prénoms :"), self.name_value)
        self.identity.addRow(self.tr("Naissance :"), self.birth_value)
        self.identity.addRow(self.tr("Téléphone :"), self.phone_value)
        self.identity.addRow(self.tr("Adresse e-mail :"), self.email_value)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.vault)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_aloud)
        section = QLabel("<h2>" + self.tr("Identité") + "</h2>")
        layout.addWidget(section)
        layout.addLayout(self.identity)
        self.mandates_section = MandatesSection(shell)
        self.actions_section = ActionsSection(shell)
        #: The vault section is added below these two.
        self.sections = QHBoxLayout()
        self.sections.addWidget(self.mandates_section, 3)
        self.sections.addWidget(self.actions_section, 2)
        layout.addLayout(self.sections, 1)
        self.back.clicked.connect(lambda: shell.router.go(Route.HOME, remember=False))
        self.vault.clicked.connect(
            lambda: shell.router.go(Route.VAULT, self.usager.id if self.usager else None)
        )

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setWordWrap(True)
        return label

    def enter(self, arg: object = None) -> None:
        if arg is not None:
            self.usager = usagers.get(self._shell.ctx, UsagerId(str(arg)))
        person = self.usager
        if person is None:
            return
        self.heading.setText("<h1>" + person.display_name + "</h1>")
        self.name_value.setText(person.display_name)
        born = f"{person.birth_date:%d/%m/%Y}" if person.birth_date else self.tr("non indiquée")
        place = f" — {person.birth_place}" if person.birth_place else ""
        self.birth_value.setText(born + place)
        self.phone_value.setText(person.phone or self.tr("non indiqué"))
        self.email_value.setText(person.email or self.tr("non indiquée"))
        self.mandates_section.load(person.id)
        self.actions_section.load(person.id)
        self.back.setFocus()

    def spoken_text(self) -> str:
        person = self.usager
        if person is None:
            return ""
        return self.tr("Dossier de {name}.").format(name=person.display_name)
