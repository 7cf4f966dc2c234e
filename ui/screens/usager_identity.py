"""Correcting a usager's identity on their file (the consent form promises they can have it
corrected): the same fields as at registration, filled in, checked the same way; and the values
a correction replaced, which the journal keeps sealed until the person is erased."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from aidant.domain.errors import AidantError
from aidant.domain.ids import UsagerId
from aidant.people import usagers
from aidant.people.history import IdentityCorrection
from aidant.people.usagers import DuplicateSuspected, UsagerView
from aidant.site.clock import to_site_local
from ui.date_input import DateInputError, read_date
from ui.shell import Shell
from ui.texts import error_text
from ui.widgets import MessageLines, big_button, error_label, field, plain_label


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
        # Shown when the corrected identity looks like someone else's (the error says whose).
        self.save_anyway = big_button(
            self.tr("C'est une autre personne : corriger &quand même"),
            self.tr("C'est une autre personne : corriger quand même"),
        )
        self._suspected: set[str] = set()
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
        buttons.addWidget(self.save_anyway)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.hide()
        self.save_anyway.hide()
        self.save.clicked.connect(lambda: self._save())
        self.save_anyway.clicked.connect(lambda: self._save(confirmed=True))
        self.cancel.clicked.connect(self.hide)
        self.email.returnPressed.connect(lambda: self._save())

    def edit(self, person: UsagerView) -> None:
        self.person = person
        self.family.setText(person.family_name)
        self.given.setText(person.given_names)
        self.birth_date.setText(f"{person.birth_date:%d/%m/%Y}" if person.birth_date else "")
        self.birth_place.setText(person.birth_place or "")
        self.phone.setText(person.phone or "")
        self.email.setText(person.email or "")
        self.clear_messages()
        self._warn_duplicates(set())
        self.show()
        self.family.setFocus()

    def _warn_duplicates(self, suspected: set[str]) -> None:
        self._suspected = suspected
        self.save_anyway.setVisible(bool(suspected))

    def _save(self, confirmed: bool = False) -> None:
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
                allow_duplicate=confirmed,
                shown=self._suspected,
            )
        except DuplicateSuspected as exc:
            self.show_error(exc)
            self._warn_duplicates({c.usager.id for c in exc.candidates})
            return
        except AidantError as exc:
            self.show_error(exc)
            return
        self._warn_duplicates(set())
        self.hide()
        self._saved(fixed)


class PreviousValues(QWidget):
    """The "Anciennes valeurs" row: one line per correction, as plain text (never markup)."""

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.text = plain_label()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Anciennes valeurs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def _field(self, name: str) -> str:
        labels = {
            "family_name": self.tr("nom de famille"),
            "given_names": self.tr("prénoms"),
            "birth_date": self.tr("date de naissance"),
            "birth_place": self.tr("lieu de naissance"),
            "phone": self.tr("téléphone"),
            "email": self.tr("adresse e-mail"),
        }
        return labels.get(name, name)

    def _line(self, correction: IdentityCorrection) -> str:
        when = f"{to_site_local(correction.at):%d/%m/%Y}"
        if correction.previous is None:
            return self.tr("{date} : {fields} (anciennes valeurs non conservées)").format(
                date=when, fields=", ".join(self._field(f) for f in correction.fields)
            )
        parts = []
        for name, value in correction.previous.items():
            if isinstance(value, dt.date):
                value = f"{value:%d/%m/%Y}"
            shown = value if value else self.tr("(vide)")
            parts.append(
                self.tr("{field} « {value} »").format(field=self._field(name), value=shown)
            )
        return self.tr("{date} : {values}").format(date=when, values=", ".join(parts))

    def load(self, usager_id: UsagerId) -> bool:
        """Show the person's corrections; False (nothing to show) when there are none."""
        try:
            found = usagers.identity_history(
                self._shell.ctx, self._shell.require_actor(), usager_id
            )
        except AidantError as exc:
            self.text.setText(error_text(exc))
            return True
        self.text.setText("\n".join(self._line(c) for c in found))
        return bool(found)
