"""Correcting a usager's identity on their file (the consent form promises they can have it
corrected): the same fields as at registration, filled in, checked the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from aidant.domain.errors import AidantError
from aidant.people import usagers
from aidant.people.usagers import UsagerView
from aidant.site.clock import to_site_local
from ui.date_input import DateInputError, read_date
from ui.shell import Shell
from ui.widgets import MessageLines, big_button, error_label, field


class IdentityEditor(QWidget, MessageLines):
    """Hidden until `edit`; calls `saved` with the corrected person."""

    def __init__(self, shell: Shell, saved: Callable[[UsagerView], None]) -> None:
        super().__init__()
        self._shell = shell
        self._saved = saved
        self.person: UsagerView | None = None
        self.family = field(self.tr("Nom de famille corrigé"))
        self.given = field(self.tr("Prénoms corrigés"))
        self.birth_date = field(self.tr("Date de naissance corrigée"), self.tr("jj/mm/aaaa"))
        self.birth_place = field(self.tr("Lieu de naissance corrigé"))
        self.phone = field(self.tr("Téléphone corrigé"), self.tr("ex. : 06 12 34 56 78"))
        self.email = field(self.tr("Adresse e-mail corrigée"), self.tr("ex. : nom@exemple.fr"))
        self.save = big_button(
            self.tr("Enregistrer la correction"), self.tr("Enregistrer la correction"), "action"
        )
        self.cancel = big_button(self.tr("Annuler la correction"))
        self.init_messages(error_label(self.tr("Erreur de correction")))
        form = QFormLayout()
        form.addRow(self.tr("Nom de famille"), self.family)
        form.addRow(self.tr("Prénoms"), self.given)
        form.addRow(self.tr("Date de naissance"), self.birth_date)
        form.addRow(self.tr("Lieu de naissance"), self.birth_place)
        form.addRow(self.tr("Téléphone"), self.phone)
        form.addRow(self.tr("Adresse e-mail"), self.email)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.hide()
        self.save.clicked.connect(self._save)
        self.cancel.clicked.connect(self.hide)
        self.email.returnPressed.connect(self._save)

    def edit(self, person: UsagerView) -> None:
        self.person = person
        self.family.setText(person.family_name)
        self.given.setText(person.given_names)
        self.birth_date.setText(f"{person.birth_date:%d/%m/%Y}" if person.birth_date else "")
        self.birth_place.setText(person.birth_place or "")
        self.phone.setText(person.phone or "")
        self.email.setText(person.email or "")
        self.clear_messages()
        self.show()
        self.family.setFocus()

    def _save(self) -> None:
        person = self.person
        if person is None:
            return
        today = to_site_local(self._shell.ctx.clock.now()).date()
        try:
            birth = read_date(self.birth_date.text(), today)
        except DateInputError as problem:
            self.show_error_text(str(problem))
            self.birth_date.setFocus()
            return
        try:
            fixed = usagers.correct(
                self._shell.ctx,
                self._shell.require_actor(),
                person.id,
                self.family.text(),
                self.given.text(),
                birth,
                self.birth_place.text(),
                self.phone.text(),
                self.email.text(),
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        self.hide()
        self._saved(fixed)
