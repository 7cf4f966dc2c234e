"""The usager file: identity first; mandates, actions and vault are added by their services.

A manager can also erase the person's data here (right to erasure), after a confirmation
that says what goes and what stays."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from aidant.domain.errors import AidantError
from aidant.domain.ids import UsagerId
from aidant.people import retention, usagers
from aidant.people.usagers import UsagerView
from ui.router import Route, Screen
from ui.screens.usager_actions import ActionsSection
from ui.screens.usager_identity import IdentityEditor, PreviousValues
from ui.screens.usager_mandates import MandatesSection
from ui.shell import Shell
from ui.widgets import ReadAloudButton, big_button, error_label, plain_label, rich, title


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
        self.previous_values = PreviousValues(shell)
        self.identity.addRow(self.tr("Anciennes valeurs :"), self.previous_values)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.read_aloud)
        top.addWidget(self.vault)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        section = QLabel("<h2>" + self.tr("Identité") + "</h2>")
        self.correct = big_button(
            self.tr("Corri&ger l'identité"), self.tr("Corriger l'identité"), "usager"
        )
        heading = QHBoxLayout()
        heading.addWidget(section)
        heading.addStretch(1)
        heading.addWidget(self.correct)
        layout.addLayout(heading)
        layout.addLayout(self.identity)
        self.identity_editor = IdentityEditor(shell, self._corrected)
        layout.addWidget(self.identity_editor)
        self.correct.clicked.connect(
            lambda: self.identity_editor.edit(self.usager) if self.usager else None
        )
        self._add_erasure(layout, heading)
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

    def _add_erasure(self, layout: QVBoxLayout, heading: QHBoxLayout) -> None:
        """The manager's button, its confirmation bar (hidden until asked) and its error."""
        name = self.tr("Effacer les données de cette personne")
        self.erase = big_button(self.tr("E&ffacer les données de cette personne"), name)
        self.erase_question = plain_label()
        self.erase_question.setWordWrap(True)
        self.erase_question.setAccessibleName(self.tr("Confirmation de l'effacement"))
        self.erase_yes = big_button(self.tr("&Oui, effacer"), self.tr("Oui, effacer les données"))
        self.erase_no = big_button(self.tr("Non, &garder"), self.tr("Non, garder les données"))
        self.erase_bar = QWidget()
        bar = QHBoxLayout(self.erase_bar)
        bar.addWidget(self.erase_question, 1)
        bar.addWidget(self.erase_yes)
        bar.addWidget(self.erase_no)
        self.erase_bar.setStyleSheet("background: #fff4c2; color: #111")
        self.erase_bar.hide()
        self.init_messages(error_label(self.tr("Erreur d'effacement")))
        # Beside "Corriger l'identité": a line of its own costs the lists below their room.
        heading.addWidget(self.erase)
        layout.addWidget(self.erase_bar)
        layout.addWidget(self.error)
        self.erase.clicked.connect(self._ask_erase)
        self.erase_yes.clicked.connect(self._erase_confirmed)
        self.erase_no.clicked.connect(self._cancel_erase)

    @staticmethod
    def _value(name: str) -> QLabel:
        label = plain_label()
        label.setAccessibleName(name)
        label.setWordWrap(True)
        return label

    def enter(self, arg: object = None) -> None:
        if arg is not None:
            self.usager = usagers.get(self._shell.ctx, UsagerId(str(arg)))
        person = self.usager
        if person is None:
            return
        actor = self._shell.actor
        self.erase.setVisible(actor is not None and actor.is_manager)
        self._cancel_erase()
        self.identity_editor.hide()
        self.clear_messages()
        self.heading.setText(rich("<h1>{name}</h1>", name=person.display_name))
        self.name_value.setText(person.display_name)
        born = f"{person.birth_date:%d/%m/%Y}" if person.birth_date else self.tr("non indiquée")
        place = f" — {person.birth_place}" if person.birth_place else ""
        self.birth_value.setText(born + place)
        self.phone_value.setText(person.phone or self.tr("non indiqué"))
        self.email_value.setText(person.email or self.tr("non indiquée"))
        shown = self.previous_values.load(person.id)
        self.identity.setRowVisible(self.previous_values, shown)
        self.mandates_section.load(person.id)
        self.actions_section.load(person.id)
        self.back.setFocus()

    def _corrected(self, person: UsagerView) -> None:
        """After a correction: the file shows the person as now recorded."""
        self.usager = person
        self.enter()

    def _ask_erase(self) -> None:
        person = self.usager
        if person is None:
            return
        self.clear_messages()
        self.erase_question.setText(
            self.tr(
                "Effacer pour toujours les données de {name} ? Son identité (nom, prénoms, "
                "naissance, téléphone, adresse e-mail) et le texte des actions notées sont "
                "effacés ; les documents de son coffre deviennent illisibles (ses clés sont "
                "détruites). Le journal reste, avec les seuls identifiants, sans nom."
            ).format(name=person.display_name)
        )
        self.erase_bar.show()
        self.erase_no.setFocus()

    def _cancel_erase(self) -> None:
        self.erase_bar.hide()

    def _erase_confirmed(self) -> None:
        person = self.usager
        self._cancel_erase()
        if person is None:
            return
        if self._shell.vault.current_for(person.id) is not None:
            self._shell.vault.lock()
        try:
            retention.erase_usager(self._shell.ctx, self._shell.require_actor(), person.id)
        except AidantError as exc:
            self.show_error(exc)
            return
        self.usager = None
        self._shell.router.go(Route.HOME, remember=False)

    def spoken_text(self) -> str:
        person = self.usager
        if person is None:
            return ""
        name = self.tr("Dossier de {name}.").format(name=person.display_name)
        return f"{name} {self.mandates_section.spoken_text()}"
