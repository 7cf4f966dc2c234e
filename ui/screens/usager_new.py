"""Registering a usager: minimal identity, typed with the person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from aidant.domain.errors import AidantError
from aidant.people import usagers
from aidant.people.usagers import DuplicateCandidate, DuplicateSuspected
from aidant.site.clock import to_site_local
from ui.date_input import DateInputError, read_date
from ui.router import Route, Screen
from ui.shell import Shell
from ui.widgets import big_button, error_label, field, title


class UsagerNewScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.setAccessibleName(self.tr("Enregistrer un usager"))
        self.family = field(self.tr("Nom de famille"))
        self.given = field(self.tr("Prénoms"))
        self.birth_date = field(self.tr("Date de naissance"), self.tr("jj/mm/aaaa (facultatif)"))
        self.birth_place = field(self.tr("Lieu de naissance"), self.tr("facultatif"))
        self.phone = field(self.tr("Téléphone"), self.tr("facultatif"))
        self.email = field(self.tr("Adresse e-mail"), self.tr("facultatif"))
        self.init_messages(error_label(self.tr("Erreur d'enregistrement")))
        self.save = big_button(self.tr("&Enregistrer"), self.tr("Enregistrer l'usager"), "ajouter")
        self.cancel = big_button(self.tr("&Annuler"), self.tr("Annuler"), "retour")
        self.save.setDefault(True)
        # Shown when someone very like this person is already registered.
        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Personnes déjà enregistrées qui se ressemblent"))
        self.duplicates.setMaximumHeight(120)
        self.open_existing = big_button(
            self.tr("&Ouvrir ce dossier"), self.tr("Ouvrir le dossier déjà enregistré"), "usager"
        )
        self.save_anyway = big_button(
            self.tr("C'est une autre personne : enregistrer &quand même"),
            self.tr("C'est une autre personne : enregistrer"),
        )

        form = QFormLayout()
        form.addRow(self.tr("&Nom de famille"), self.family)
        form.addRow(self.tr("&Prénoms"), self.given)
        form.addRow(self.tr("Date de nai&ssance"), self.birth_date)
        form.addRow(self.tr("&Lieu de naissance"), self.birth_place)
        form.addRow(self.tr("&Téléphone"), self.phone)
        form.addRow(self.tr("Adresse e-&mail"), self.email)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Enregistrer un usager")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.duplicates)
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.open_existing)
        dup_buttons.addWidget(self.save_anyway)
        dup_buttons.addStretch(1)
        layout.addLayout(dup_buttons)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.save.clicked.connect(self._save)
        self.cancel.clicked.connect(shell.router.back)
        for edit in (self.family, self.given, self.birth_date, self.birth_place, self.phone):
            edit.returnPressed.connect(self.focusNextChild)
        self.email.returnPressed.connect(self._save)
        self.save_anyway.clicked.connect(lambda: self._save(allow_duplicate=True))
        self.open_existing.clicked.connect(self._open_existing)
        self.duplicates.itemActivated.connect(lambda _item: self._open_existing())
        self._show_duplicates([])

    def enter(self, arg: object = None) -> None:
        for edit in (
            self.family,
            self.given,
            self.birth_date,
            self.birth_place,
            self.phone,
            self.email,
        ):
            edit.clear()
        self.clear_messages()
        self._show_duplicates([])
        self.family.setFocus()

    def _save(self, allow_duplicate: bool = False) -> None:
        today = to_site_local(self._shell.ctx.clock.now()).date()
        try:
            birth = read_date(self.birth_date.text(), today)
        except DateInputError as problem:
            self.show_error_text(str(problem))
            self.birth_date.setFocus()
            return
        try:
            person = usagers.register(
                self._shell.ctx,
                self._shell.require_actor(),
                self.family.text(),
                self.given.text(),
                birth,
                self.birth_place.text(),
                self.phone.text(),
                self.email.text(),
                allow_duplicate=allow_duplicate,
                shown=self._shown(),
            )
        except DuplicateSuspected as exc:
            self.show_error(exc)
            self._show_duplicates(exc.candidates)
            return
        except AidantError as exc:
            self.show_error(exc)
            return
        self._shell.router.go(Route.USAGER_FILE, person.id, remember=False)

    def _show_duplicates(self, candidates: list[DuplicateCandidate]) -> None:
        self.duplicates.clear()
        for candidate in candidates:
            person = candidate.usager
            born = f" — {person.birth_date:%d/%m/%Y}" if person.birth_date else ""
            item = QListWidgetItem(f"{person.display_name}{born}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.duplicates.addItem(item)
        for widget in (self.duplicates, self.open_existing, self.save_anyway):
            widget.setVisible(bool(candidates))
        if candidates:
            self.duplicates.setCurrentRow(0)

    def _shown(self) -> set[str]:
        """The people the duplicate warning lists: "another person" is said of them only."""
        rows = range(self.duplicates.count())
        return {str(self.duplicates.item(i).data(Qt.ItemDataRole.UserRole)) for i in rows}

    def _open_existing(self) -> None:
        item = self.duplicates.currentItem()
        if item is not None:
            self._shell.router.go(
                Route.USAGER_FILE, item.data(Qt.ItemDataRole.UserRole), remember=False
            )
