"""The usager file's mandates: each mandate with its démarches (pictograms), new, revoke,
renew, and the printed revocation attestation."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aidant import mandates
from aidant.domain.demarches import Demarche
from aidant.domain.enums import HolderKind
from aidant.domain.errors import AidantError, UsageError
from aidant.domain.ids import MandateId, UsagerId
from aidant.mandates import MandateView
from aidant.mandates.forms import revocation_attestation
from aidant.mandates.rules import MandateStatus, status_text
from aidant.mandates.texts import MandateText
from ui import dates
from ui.confirm import ConfirmBar
from ui.icons import demarche_icon, icon
from ui.router import Route
from ui.shell import Shell
from ui.texts import text
from ui.widgets import (
    MessageLines,
    big_button,
    demarche_label,
    error_label,
    field,
    status_label,
)

MANDATE_ROLE = Qt.ItemDataRole.UserRole
DEMARCHE_ROLE = Qt.ItemDataRole.UserRole + 1


class MandatesSection(QWidget, MessageLines):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager_id = UsagerId("")
        self._views: dict[MandateId, MandateView] = {}
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Mandats de la personne"))
        self.tree.setIconSize(QSize(32, 32))
        self.new = big_button(self.tr("Nouveau &mandat"), self.tr("Nouveau mandat"), "mandat")
        self.reason = field(
            self.tr("Raison de la révocation"), self.tr("ex. : à la demande de la personne")
        )
        self.revoke = big_button(self.tr("Révo&quer"), self.tr("Révoquer la sélection"))
        self.renew = big_button(self.tr("Re&nouveler"), self.tr("Renouveler le mandat"))
        self.attestation = big_button(
            self.tr("Imprimer l'a&ttestation"),
            self.tr("Imprimer l'attestation de révocation"),
            "imprimer",
        )
        # A draft left at the consent step: finish it with the person, or remove it.
        self.resume = big_button(
            self.tr("Re&prendre le projet"), self.tr("Reprendre le projet de mandat"), "mandat"
        )
        self.discard = big_button(
            self.tr("Supprimer le pro&jet"), self.tr("Supprimer le projet de mandat")
        )
        self.confirm = ConfirmBar(self.tr("Confirmation sur le mandat"))
        status = status_label(self.tr("Information sur les mandats"))
        self.init_messages(error_label(self.tr("Erreur sur les mandats")), status)
        buttons = QHBoxLayout()
        for button in (self.new, self.resume, self.discard, self.renew, self.attestation):
            buttons.addWidget(button)
        buttons.addStretch(1)
        revoke_row = QHBoxLayout()
        revoke_row.addWidget(self.reason, 1)
        revoke_row.addWidget(self.revoke)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<h2>" + self.tr("Mandats") + "</h2>"))
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(revoke_row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(status)
        self.new.clicked.connect(self._new)
        self.revoke.clicked.connect(self._revoke)
        self.renew.clicked.connect(self._renew)
        self.attestation.clicked.connect(self._attestation)
        self.resume.clicked.connect(self._resume)
        self.discard.clicked.connect(self._ask_discard)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())

    def load(self, usager_id: UsagerId) -> None:
        self.usager_id = usager_id
        self.clear_messages()
        self.confirm.cancel()
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        self._views = {m.id: m for m in mandates.mandates_of(self._shell.ctx, self.usager_id)}
        for mandate in self._views.values():
            top = QTreeWidgetItem([self._describe(mandate)])
            top.setIcon(0, icon("mandat"))
            top.setData(0, MANDATE_ROLE, mandate.id)
            for auth in mandate.authorisations:
                label = demarche_label(Demarche(auth.demarche))
                if auth.revoked_at is not None:
                    label += self.tr(" — révoquée le {date}").format(
                        date=dates.day(auth.revoked_at)
                    )
                child = QTreeWidgetItem([label])
                child.setIcon(0, demarche_icon(Demarche(auth.demarche)))
                child.setData(0, MANDATE_ROLE, mandate.id)
                child.setData(0, DEMARCHE_ROLE, auth.demarche)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        # Nothing is selected: revoking must start with choosing, never with a default.
        self.tree.setCurrentIndex(QModelIndex())
        self.tree.clearSelection()
        self._selection_changed()

    def _selected_view(self) -> MandateView | None:
        mandate_id, _ = self.selected()
        return None if mandate_id is None else self._views.get(mandate_id)

    def _selection_changed(self) -> None:
        """Draft buttons for a draft; revoke and renew for the others."""
        chosen = self._selected_view()
        draft = chosen is not None and chosen.status is MandateStatus.DRAFT
        self.resume.setVisible(draft)
        self.discard.setVisible(draft)
        for widget in (self.renew, self.revoke, self.reason, self.attestation):
            widget.setVisible(not draft)

    def _describe(self, mandate: MandateView) -> str:
        holder = (
            self.tr("au site") if mandate.holder_kind is HolderKind.SITE else self.tr("à un proche")
        )
        if mandate.status is MandateStatus.DRAFT:
            return self.tr(
                "Projet de mandat {holder}, sans accord de la personne : à reprendre ou supprimer"
            ).format(holder=holder)
        status = text(status_text(mandate.status))
        return self.tr("Mandat {holder}, {status}, jusqu'au {date}").format(
            holder=holder, status=status, date=dates.day_time(mandate.expires_at)
        )

    def spoken_text(self) -> str:
        """The active mandates, read aloud: who holds each, until when, for which démarches."""
        said = []
        for mandate in mandates.mandates_of(self._shell.ctx, self.usager_id):
            if mandate.status is not MandateStatus.ACTIVE:
                continue
            demarches = ", ".join(
                demarche_label(Demarche(a.demarche))
                for a in mandate.authorisations
                if a.revoked_at is None
            )
            said.append(
                self.tr("{mandate}, pour : {demarches}.").format(
                    mandate=self._describe(mandate), demarches=demarches
                )
            )
        return " ".join(said) or self.tr("Aucun mandat actif.")

    def selected(self) -> tuple[MandateId | None, str | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        demarche = item.data(0, DEMARCHE_ROLE)
        return MandateId(str(item.data(0, MANDATE_ROLE))), (str(demarche) if demarche else None)

    def _new(self) -> None:
        self._shell.router.go(Route.MANDATE_WIZARD, self.usager_id)

    def _revoke(self) -> None:
        mandate_id, demarche = self.selected()
        chosen = self._selected_view()
        if mandate_id is None or chosen is None:
            self.show_error_text(
                self.tr("Choisissez d'abord un mandat ou une démarche dans la liste.")
            )
            return
        if not self.reason.text().strip():
            self.show_error(UsageError(MandateText.REVOCATION_REASON_MISSING))
            self.reason.setFocus()
            return
        labels = (
            [demarche_label(Demarche(demarche))]
            if demarche
            else [demarche_label(Demarche(d)) for d in chosen.active_demarches]
        )
        holder = (
            self.tr("Le site")
            if chosen.holder_kind is HolderKind.SITE
            else self.tr("Le proche mandataire")
        )
        self.clear_messages()
        self.confirm.ask(
            self.tr(
                "Révoquer {what} ? {holder} ne pourra plus agir pour : {demarches}, dès "
                "maintenant. On ne peut pas revenir en arrière : il faudrait un nouveau mandat, "
                "avec l'accord de la personne."
            ).format(
                what=self.tr("cette démarche") if demarche else self.tr("tout le mandat"),
                holder=holder,
                demarches=", ".join(labels) or "—",
            ),
            self.tr("Oui, révoquer"),
            lambda: self._revoke_confirmed(mandate_id, demarche),
        )

    def _revoke_confirmed(self, mandate_id: MandateId, demarche: str | None) -> None:
        try:
            mandates.revoke(
                self._shell.ctx,
                self._shell.require_actor(),
                mandate_id,
                self.reason.text(),
                None if demarche is None else [demarche],
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        self.reason.clear()
        self.show_status(
            self.tr("Révocation enregistrée : imprimez l'attestation pour la personne.")
        )
        self.refresh()
        self._select(mandate_id)

    def _resume(self) -> None:
        from ui.screens.mandate_wizard import WizardStart

        chosen = self._selected_view()
        if chosen is not None and chosen.status is MandateStatus.DRAFT:
            self._shell.router.go(Route.MANDATE_WIZARD, WizardStart(self.usager_id, chosen.id))

    def _ask_discard(self) -> None:
        chosen = self._selected_view()
        if chosen is None or chosen.status is not MandateStatus.DRAFT:
            return
        self.clear_messages()
        self.confirm.ask(
            self.tr(
                "Supprimer ce projet de mandat ? Il n'autorise rien ; il disparaît du dossier "
                "(le journal garde qu'il a existé)."
            ),
            self.tr("Oui, supprimer le projet"),
            lambda: self._discard(chosen.id),
        )

    def _discard(self, mandate_id: MandateId) -> None:
        try:
            mandates.discard_draft(self._shell.ctx, self._shell.require_actor(), mandate_id)
        except AidantError as exc:
            self.show_error(exc)
            return
        self.refresh()
        self.show_status(self.tr("Projet de mandat supprimé."))

    def _renew(self) -> None:
        from ui.screens.mandate_wizard import WizardStart

        mandate_id, _ = self.selected()
        if mandate_id is None:
            self.show_error_text(self.tr("Choisissez d'abord un mandat dans la liste."))
            return
        try:
            draft = mandates.renew(self._shell.ctx, self._shell.require_actor(), mandate_id)
        except AidantError as exc:
            self.show_error(exc)
            return
        self._shell.router.go(Route.MANDATE_WIZARD, WizardStart(self.usager_id, draft.id))

    def _attestation(self) -> None:
        mandate_id, _ = self.selected()
        if mandate_id is None:
            self.show_error_text(self.tr("Choisissez d'abord un mandat dans la liste."))
            return
        try:
            pdf = revocation_attestation(self._shell.ctx, self._shell.require_actor(), mandate_id)
        except AidantError as exc:
            self.show_error(exc)
            return
        self.show_status(self._shell.print_pdf(self, pdf))

    def _select(self, mandate_id: MandateId) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, MANDATE_ROLE) == mandate_id:
                self.tree.setCurrentItem(item)
