"""Recording an action done for a usager: who acts (the site, or a proche holding a mandate),
the démarche (pictogram cards) and a few words.

Only the démarches an active mandate of the chosen holder covers are offered; a line says which
others are missing and why. The service still refuses, in one sentence, anything uncovered.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from aidant import mandates
from aidant.domain.demarches import Demarche
from aidant.domain.enums import HolderKind
from aidant.domain.errors import AidantError
from aidant.domain.ids import ProcheId, UsagerId
from aidant.mandates import MandateView
from aidant.people import proches, usagers
from aidant.site import policy as settings
from ui.router import Route, Screen
from ui.shell import Shell
from ui.widgets import (
    big_button,
    demarche_button,
    demarche_label,
    error_label,
    field,
    rich,
    title,
)


class ActionNewScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager_id = UsagerId("")
        self._active: list[MandateView] = []
        self._offered: set[str] = set()
        self.setAccessibleName(self.tr("Enregistrer une action"))
        self.holder = QComboBox()
        self.holder.setAccessibleName(self.tr("Qui agit"))
        self.holder.setMinimumHeight(40)
        self.holder_label = QLabel(self.tr("Qui agit ?"))
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("Démarches non couvertes"))
        self.heading = title(self.tr("Enregistrer une action"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.cards: dict[Demarche, QPushButton] = {}
        self.grid = QGridLayout()
        for i, demarche in enumerate(Demarche):
            card = demarche_button(demarche)
            self.group.addButton(card)
            self.cards[demarche] = card
            self.grid.addWidget(card, i // 3, i % 3)  # re-placed by `_offer`
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
        who = QHBoxLayout()
        who.addWidget(self.holder_label)
        who.addWidget(self.holder, 1)
        layout.addLayout(who)
        layout.addWidget(QLabel(self.tr("Quelle démarche ?")))
        layout.addLayout(self.grid)
        layout.addWidget(self.missing)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.save.clicked.connect(self._save)
        self.description.returnPressed.connect(self.organisation.setFocus)
        self.organisation.returnPressed.connect(self._save)
        self.cancel.clicked.connect(self._back)
        self.holder.currentIndexChanged.connect(lambda _i: self._offer())

    def enter(self, arg: object = None) -> None:
        self.usager_id = UsagerId(str(arg))
        person = usagers.get(self._shell.ctx, self.usager_id)
        self.heading.setText(
            rich("<h1>" + self.tr("Action pour {name}") + "</h1>", name=person.display_name)
        )
        self._offered = set(settings.policy(self._shell.ctx).demarches_offered)
        self._active = mandates.active_mandates_of(self._shell.ctx, self.usager_id)
        self.holder.blockSignals(True)
        self.holder.clear()
        self.holder.addItem(self.tr("Le site (un agent d'ici)"), None)
        seen: set[str] = set()
        for mandate in self._active:
            if mandate.proche_id is not None and mandate.proche_id not in seen:
                seen.add(mandate.proche_id)
                proche = proches.get_proche(self._shell.ctx, mandate.proche_id)
                self.holder.addItem(
                    self.tr("{name}, proche (devant un agent)").format(name=proche.display_name),
                    mandate.proche_id,
                )
        self.holder.blockSignals(False)
        # Only the site holds a mandate: no choice to make, nothing to show.
        for widget in (self.holder, self.holder_label):
            widget.setVisible(self.holder.count() > 1)
        self.description.clear()
        self.organisation.clear()
        self.clear_messages()
        self._offer()

    def _chosen_holder(self) -> ProcheId | None:
        data = self.holder.currentData()
        return None if data is None else ProcheId(str(data))

    def _offer(self) -> None:
        """Show the démarches the chosen holder may act for now; say why the others are not."""
        proche_id = self._chosen_holder()
        covered = {
            demarche
            for mandate in self._active
            if (mandate.holder_kind is HolderKind.SITE and proche_id is None)
            or (proche_id is not None and mandate.proche_id == proche_id)
            for demarche in mandate.active_demarches
        }
        self.group.setExclusive(False)
        shown = 0
        for demarche, card in self.cards.items():
            card.setChecked(False)
            self.grid.removeWidget(card)
            visible = demarche.value in covered and demarche.value in self._offered
            card.setVisible(visible)
            if visible:  # packed in order, no holes where the others were
                self.grid.addWidget(card, shown // 3, shown % 3)
                shown += 1
        self.group.setExclusive(True)
        missing = [
            demarche_label(d)
            for d in Demarche
            if d.value in self._offered and d.value not in covered
        ]
        holder = self.tr("du site") if proche_id is None else self.tr("de ce proche")
        if not covered:
            self.missing.setText(
                self.tr(
                    "Aucun mandat actif {holder} pour cette personne : aucune démarche ne peut "
                    "être faite en son nom. Ouvrez d'abord un mandat avec son accord (depuis "
                    "son dossier)."
                ).format(holder=holder)
            )
        elif missing:
            self.missing.setText(
                self.tr(
                    "Pas proposées, faute de mandat actif {holder} qui les couvre : {demarches}. "
                    "Pour les faire, ouvrez ou renouvelez un mandat avec l'accord de la personne."
                ).format(holder=holder, demarches=", ".join(missing))
            )
        self.missing.setVisible(bool(missing) or not covered)
        first = next((c for c in self.cards.values() if not c.isHidden()), None)
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
                self._chosen_holder(),
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        self._back()

    def _back(self) -> None:
        self._shell.router.go(Route.USAGER_FILE, self.usager_id, remember=False)
