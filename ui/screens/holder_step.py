"""Who the mandate is given to (the top of the wizard's first step): the site, or a proche."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aidant.domain.errors import AidantError
from aidant.domain.ids import ProcheId
from aidant.people import proches
from ui.shell import Shell
from ui.widgets import MessageLines, big_button, error_label, field, mark_when_checked


class HolderStep(QWidget, MessageLines):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.site = big_button(
            self.tr("Le si&te (les agents d'ici)"), self.tr("Mandat au site"), "gestion"
        )
        self.proche = big_button(
            self.tr("Un &proche (famille, ami)"), self.tr("Mandat à un proche"), "usager"
        )
        for button in (self.site, self.proche):
            button.setCheckable(True)
            button.setAutoExclusive(True)
            mark_when_checked(button)
        self.proche_box = QWidget()
        self.search = field(self.tr("Rechercher un proche"), self.tr("Nom du proche"))
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Proches trouvés"))
        self.found.setMaximumHeight(140)
        self.family = field(self.tr("Nom du nouveau proche"))
        self.given = field(self.tr("Prénom du nouveau proche"))
        self.relationship = field(self.tr("Lien avec la personne"), self.tr("ex. : fille"))
        self.add = big_button(
            self.tr("Enregistrer ce p&roche"), self.tr("Enregistrer ce proche"), "ajouter"
        )
        self.init_messages(error_label(self.tr("Erreur du proche")))
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.family)
        form.addRow(self.tr("Prénom"), self.given)
        form.addRow(self.tr("Lien"), self.relationship)
        inner = QVBoxLayout(self.proche_box)
        inner.addWidget(self.search)
        inner.addWidget(self.found)
        inner.addWidget(QLabel(self.tr("Pas dans la liste ? Enregistrez-le :")))
        inner.addLayout(form)
        inner.addWidget(self.add)
        inner.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.site)
        row.addWidget(self.proche)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>" + self.tr("À qui la personne donne-t-elle mandat ?")))
        layout.addLayout(row)
        layout.addWidget(self.proche_box)
        self.proche.toggled.connect(self._proche_toggled)
        self.search.textChanged.connect(self._search)
        self.add.clicked.connect(self._add)

    def reset(self) -> None:
        self.site.setChecked(True)
        self.proche_box.hide()
        for edit in (self.search, self.family, self.given, self.relationship):
            edit.clear()
        self.found.clear()
        self.clear_messages()

    def ready(self) -> bool:
        return self.site.isChecked() or self.found.currentItem() is not None

    def proche_id(self) -> ProcheId | None:
        if self.site.isChecked():
            return None
        item = self.found.currentItem()
        return None if item is None else ProcheId(str(item.data(Qt.ItemDataRole.UserRole)))

    def choose_proche(self, proche_id: ProcheId) -> None:
        """Show `proche_id` chosen (a resumed draft given to a proche)."""
        self.proche.setChecked(True)
        self.search.clear()
        self._search()
        for i in range(self.found.count()):
            if self.found.item(i).data(Qt.ItemDataRole.UserRole) == proche_id:
                self.found.setCurrentRow(i)

    def _proche_toggled(self, on: bool) -> None:
        self.proche_box.setVisible(on)
        if on:
            self._search()
            self.search.setFocus()

    def _search(self) -> None:
        self.found.clear()
        for person in proches.find_proches(self._shell.ctx, self.search.text()):
            label = person.display_name
            if person.relationship_label:
                label += f" ({person.relationship_label})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.found.addItem(item)

    def _add(self) -> None:
        try:
            person = proches.register_proche(
                self._shell.ctx,
                self._shell.require_actor(),
                self.family.text(),
                self.given.text(),
                self.relationship.text() or None,
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        self.clear_messages()
        self.search.setText(person.family_name)
        for i in range(self.found.count()):
            if self.found.item(i).data(Qt.ItemDataRole.UserRole) == person.id:
                self.found.setCurrentRow(i)
