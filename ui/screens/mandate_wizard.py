"""The mandate wizard in three steps: the mandate (holder, démarches, duration on one page) →
the person's agreement (what they agree to, read aloud, and the form previewed on screen) →
done (the final form printed once, to be signed).

The draft is created on leaving the first step (its form is what the preview shows); it
authorises nothing until the agreement is recorded. Going back discards it, and a draft left
by cancelling stays on the person's file, where it can be resumed or deleted. With the site as
holder and one démarche, the signed form is 7 clicks and 1 print from "Nouveau mandat".
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aidant import mandates
from aidant.domain.demarches import Demarche
from aidant.domain.enums import HolderKind, MandateDuration
from aidant.domain.errors import AidantError
from aidant.domain.ids import MandateId, UsagerId
from aidant.mandates import MandateView
from aidant.mandates.forms import consent_form, consent_form_preview
from aidant.people import proches, usagers
from aidant.site import policy as settings
from aidant.site.identity import identity
from ui import dates
from ui.router import Route, Screen
from ui.screens.holder_step import HolderStep
from ui.screens.mandate_consent import ConsentStep
from ui.shell import Shell
from ui.widgets import (
    MessageLines,
    big_button,
    demarche_button,
    error_label,
    plain_label,
    rich,
    scrolling,
    status_label,
    title,
)


@dataclasses.dataclass(frozen=True)
class WizardStart:
    """Open the wizard for `usager_id`; with `mandate_id`, resume a draft at its consent."""

    usager_id: UsagerId
    mandate_id: MandateId | None = None


MANDATE, CONSENT, DONE = range(3)


class MandateWizardScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager_id = UsagerId("")
        self.mandate: MandateView | None = None
        self.setAccessibleName(self.tr("Nouveau mandat"))
        self.heading = title(self.tr("Nouveau mandat"))
        self.step_label = QLabel()
        self.step_label.setAccessibleName(self.tr("Étape"))
        self.pages = QStackedWidget()
        self.holder = HolderStep(shell)
        self.consent = ConsentStep()
        self.pages.addWidget(self._mandate_page())
        self.pages.addWidget(self.consent)
        self.pages.addWidget(self._done_page())
        status = status_label(self.tr("Information"))
        self.init_messages(error_label(self.tr("Erreur du mandat")), status)
        self.cancel = big_button(self.tr("A&nnuler"), self.tr("Annuler le mandat"))
        self.previous = big_button(self.tr("&Précédent"), self.tr("Étape précédente"), "retour")
        self.next = big_button(self.tr("&Suivant"), self.tr("Étape suivante"))
        self.next.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.step_label)
        layout.addWidget(scrolling(self.pages), 1)
        layout.addWidget(self.error)
        layout.addWidget(status)
        layout.addLayout(buttons)
        # "Annuler" comes last in the tab order: Space or Enter on arrival never cancels.
        QWidget.setTabOrder(self.next, self.cancel)
        self.previous.clicked.connect(self._previous)
        self.next.clicked.connect(self._next)
        self.cancel.clicked.connect(self._cancel)
        self.consent.agree.clicked.connect(lambda: self._consent(True))
        self.consent.refuse.clicked.connect(lambda: self._consent(False))
        self.consent.read_all.clicked.connect(lambda: self._say(self.spoken_text()))
        for button, text in zip(self.consent.read_buttons, self.consent.points, strict=True):
            button.clicked.connect(lambda _=False, text=text: self._say(text))

    # Pages ---------------------------------------------------------------------------------

    def _mandate_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        self.demarche_cards: dict[Demarche, QPushButton] = {}
        for i, demarche in enumerate(Demarche):
            card = demarche_button(demarche)
            self.demarche_cards[demarche] = card
            # Three columns: the whole step (holder, démarches, durations) fits 1366×768.
            grid.addWidget(card, i // 3, i % 3)
        self.durations = QButtonGroup(page)
        self.durations.setExclusive(True)
        texts = {
            MandateDuration.DAY: self.tr("Aujourd'hui seulement"),
            MandateDuration.MONTH: self.tr("Un mois (31 jours)"),
            MandateDuration.SEMESTER: self.tr("Six mois (182 jours)"),
            MandateDuration.YEAR: self.tr("Un an (365 jours)"),
        }
        self.duration_buttons: dict[MandateDuration, QPushButton] = {}
        durations = QHBoxLayout()
        for duration, text in texts.items():
            button = big_button(text, text)
            button.setCheckable(True)
            button.toggled.connect(lambda on, b=button, t=text: b.setText(("✔ " if on else "") + t))
            self.durations.addButton(button)
            self.duration_buttons[duration] = button
            durations.addWidget(button)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.holder)
        layout.addWidget(
            QLabel("<b>" + self.tr("Pour quelles démarches la personne donne-t-elle mandat ?"))
        )
        layout.addLayout(grid)
        layout.addWidget(QLabel("<b>" + self.tr("Pour combien de temps ?")))
        layout.addLayout(durations)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Le mandat"))
        wrapper = QVBoxLayout(page)
        wrapper.setContentsMargins(0, 0, 0, 0)
        wrapper.addWidget(scroll)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Résumé du mandat"))
        self.print_final = big_button(
            self.tr("&Imprimer le mandat à signer"),
            self.tr("Imprimer le mandat à signer"),
            "imprimer",
        )
        self.finish = big_button(self.tr("&Retour au dossier"), self.tr("Retour au dossier"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.print_final)
        row.addWidget(self.finish)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.print_final.clicked.connect(self._print)
        self.finish.clicked.connect(self._back_to_file)
        return page

    # Flow ----------------------------------------------------------------------------------

    def enter(self, arg: object = None) -> None:
        start = arg if isinstance(arg, WizardStart) else WizardStart(UsagerId(str(arg)))
        self.usager_id = start.usager_id
        person = usagers.get(self._shell.ctx, start.usager_id)
        self.heading.setText(
            rich("<h1>" + self.tr("Mandat de {name}") + "</h1>", name=person.display_name)
        )
        offered = set(settings.policy(self._shell.ctx).demarches_offered)
        for demarche, card in self.demarche_cards.items():
            card.setChecked(False)
            card.setVisible(demarche.value in offered)
        self.durations.setExclusive(False)
        for button in self.duration_buttons.values():
            button.setChecked(False)
        self.durations.setExclusive(True)
        self.holder.reset()
        self.mandate = None
        if start.mandate_id:
            self.mandate = mandates.get_mandate(self._shell.ctx, start.mandate_id)
            self._fill_from(self.mandate)
            self._show_consent()
        else:
            self._show(MANDATE)

    def _fill_from(self, draft: MandateView) -> None:
        """Step 1 as the resumed draft was chosen (for "Précédent")."""
        for demarche, card in self.demarche_cards.items():
            card.setChecked(demarche.value in draft.demarches)
        self.duration_buttons[draft.duration].setChecked(True)
        if draft.proche_id is not None:
            self.holder.choose_proche(draft.proche_id)

    def _show(self, step: int) -> None:
        names = [
            self.tr("le mandat (à qui, pour quoi, combien de temps)"),
            self.tr("l'accord de la personne"),
            self.tr("le formulaire à signer"),
        ]
        self.pages.setCurrentIndex(step)
        self.step_label.setText(
            self.tr("Étape {n} sur 3 : {name}").format(n=step + 1, name=names[step])
        )
        self.clear_messages()
        self.previous.setVisible(step == CONSENT)
        self.next.setVisible(step == MANDATE)
        self.cancel.setVisible(step != DONE)
        first = {
            MANDATE: next((c for c in self.demarche_cards.values() if not c.isHidden()), None),
            CONSENT: self.consent.read_all,
            DONE: self.print_final,
        }[step]
        if first is not None:
            first.setFocus()

    def _show_consent(self) -> None:
        mandate = self.mandate
        if mandate is None:
            return
        try:
            preview = consent_form_preview(self._shell.ctx, self._shell.require_actor(), mandate.id)
        except AidantError as exc:
            self.show_error(exc)
            return
        self.consent.show_mandate(mandate, self._holder_name(mandate), preview)
        self._show(CONSENT)

    def _holder_name(self, mandate: MandateView) -> str:
        if mandate.holder_kind is HolderKind.SITE or mandate.proche_id is None:
            return identity(self._shell.ctx).name
        return proches.get_proche(self._shell.ctx, mandate.proche_id).display_name

    def _previous(self) -> None:
        """Back to step 1; the unanswered draft goes (a new one is made on "Suivant")."""
        if self.mandate is not None:
            try:
                mandates.discard_draft(
                    self._shell.ctx, self._shell.require_actor(), self.mandate.id
                )
            except AidantError as exc:
                self.show_error(exc)
                return
            self.mandate = None
        self._show(MANDATE)

    def _next(self) -> None:
        if not self.holder.ready():
            self.show_error_text(self.tr("Choisissez le site ou un proche."))
            return
        chosen = [d.value for d, card in self.demarche_cards.items() if card.isChecked()]
        if not chosen:
            self.show_error_text(self.tr("Choisissez au moins une démarche."))
            return
        duration = next((d for d, b in self.duration_buttons.items() if b.isChecked()), None)
        if duration is None:
            self.show_error_text(self.tr("Choisissez une durée."))
            return
        try:
            self.mandate = mandates.create_mandate(
                self._shell.ctx,
                self._shell.require_actor(),
                self.usager_id,
                chosen,
                duration,
                self.holder.proche_id(),
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        self._show_consent()

    def _consent(self, agrees: bool) -> None:
        if self.mandate is None:
            return
        if agrees and not self.consent.understood.isChecked():
            self.show_error_text(
                self.tr("Lisez chaque point avec la personne, puis cochez « elle les a compris ».")
            )
            self.consent.understood.setFocus()
            return
        understood = self.consent.understood.isChecked()
        answers = {p.id: understood for p in mandates.consent_checklist()}
        try:
            self.mandate = mandates.record_consent(
                self._shell.ctx, self._shell.require_actor(), self.mandate.id, answers, agrees
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        if agrees:
            self.summary.setText(
                self.tr(
                    "La personne est d'accord : le mandat est actif jusqu'au {date}. Imprimez "
                    "le formulaire, faites-le signer par la personne, puis signez-le. "
                    "Code de vérification : {code}."
                ).format(
                    date=dates.day_time(self.mandate.expires_at),
                    code=self.mandate.verification_code,
                )
            )
        else:
            self.summary.setText(
                self.tr("La personne a refusé : le mandat n'autorise rien. Son refus est noté.")
            )
        self.print_final.setVisible(agrees)
        self._show(DONE)
        if not agrees:
            self.finish.setFocus()

    def _print(self) -> None:
        if self.mandate is None:
            return
        try:
            pdf = consent_form(self._shell.ctx, self._shell.require_actor(), self.mandate.id)
        except AidantError as exc:
            self.show_error(exc)
            return
        self.show_status(self._shell.print_pdf(self, pdf))
        self.finish.setFocus()

    def _say(self, text: str) -> None:
        if not self._shell.speech.say(text):
            self.show_status(self._shell.speech.unavailable_reason())

    def _cancel(self) -> None:
        """Leave; a draft made meanwhile stays on the file, listed there to resume or delete."""
        left = self.mandate is not None and self.pages.currentIndex() == CONSENT
        screen = self._shell.router.go(Route.USAGER_FILE, self.usager_id, remember=False)
        # Said where the draft is listed (the file's mandates section, its own status line).
        section = getattr(screen, "mandates_section", None)
        if left and isinstance(section, MessageLines):
            section.show_status(
                self.tr(
                    "Le projet de mandat reste sur le dossier, sans effet : reprenez-le avec la "
                    "personne, ou supprimez-le."
                )
            )

    def _back_to_file(self) -> None:
        self._shell.router.go(Route.USAGER_FILE, self.usager_id, remember=False)

    def spoken_text(self) -> str:
        mandate = self.mandate
        if self.pages.currentIndex() == CONSENT and mandate is not None:
            return self.consent.spoken(mandate, self._holder_name(mandate))
        if self.pages.currentIndex() == DONE:
            return self.summary.text()
        return self.step_label.text()
