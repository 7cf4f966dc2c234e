"""The mandate wizard: holder → démarches → duration → consent checklist → print → confirm.

Each step is one page of plain French with big targets. The draft is created when the
duration is chosen (so that its consent form can be printed); it authorises nothing until
the usager's agreement is recorded.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aidant import mandates
from aidant.domain.demarches import Demarche
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import AidantError
from aidant.domain.ids import MandateId, UsagerId
from aidant.mandates import MandateView
from aidant.mandates.forms import consent_form
from aidant.people import usagers
from aidant.site import policy as settings
from ui import dates
from ui.consent_texts import consent_point
from ui.router import Route, Screen
from ui.screens.holder_step import HolderStep
from ui.shell import Shell
from ui.widgets import (
    big_button,
    demarche_button,
    error_label,
    scrolling,
    status_label,
    title,
)


@dataclasses.dataclass(frozen=True)
class WizardStart:
    """Open the wizard for `usager_id`; with `mandate_id`, resume a draft at its consent."""

    usager_id: UsagerId
    mandate_id: MandateId | None = None


HOLDER, DEMARCHES, DURATION, CONSENT, DONE = range(5)


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
        self.pages.addWidget(self.holder)
        self.pages.addWidget(self._demarches_page())
        self.pages.addWidget(self._duration_page())
        self.pages.addWidget(self._consent_page())
        self.pages.addWidget(self._done_page())
        status = status_label(self.tr("Information"))
        self.init_messages(error_label(self.tr("Erreur du mandat")), status)
        self.previous = big_button(self.tr("&Précédent"), self.tr("Étape précédente"), "retour")
        self.next = big_button(self.tr("&Suivant"), self.tr("Étape suivante"))
        self.cancel = big_button(self.tr("A&nnuler"), self.tr("Annuler le mandat"))
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
        self.previous.clicked.connect(self._previous)
        self.next.clicked.connect(self._next)
        self.cancel.clicked.connect(self._back_to_file)

    # Pages ---------------------------------------------------------------------------------

    def _demarches_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        self.demarche_cards: dict[Demarche, QPushButton] = {}
        for i, demarche in enumerate(Demarche):
            card = demarche_button(demarche)
            self.demarche_cards[demarche] = card
            grid.addWidget(card, i // 2, i % 2)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("Pour quelles démarches la personne donne-t-elle mandat ?"))
        )
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _duration_page(self) -> QWidget:
        page = QWidget()
        self.durations = QButtonGroup(page)
        self.durations.setExclusive(True)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Pour combien de temps ?")))
        texts = {
            MandateDuration.DAY: self.tr("Aujourd'hui seulement (jusqu'à ce soir)"),
            MandateDuration.MONTH: self.tr("Un mois (31 jours)"),
            MandateDuration.SEMESTER: self.tr("Six mois (182 jours)"),
            MandateDuration.YEAR: self.tr("Un an (365 jours)"),
        }
        self.duration_buttons: dict[MandateDuration, QPushButton] = {}
        for duration, text in texts.items():
            button = big_button(text, text)
            button.setCheckable(True)
            button.toggled.connect(lambda on, b=button, t=text: b.setText(("✔ " if on else "") + t))
            self.durations.addButton(button)
            self.duration_buttons[duration] = button
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _consent_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Lisez chaque point avec la personne, et cochez-le quand elle l'a compris. "
                "Imprimez ensuite le formulaire pour qu'elle le signe."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.checks: dict[str, QCheckBox] = {}
        for number, point in enumerate(mandates.consent_checklist(), start=1):
            shown = consent_point(point.text)
            # The text sits in a wrapping label (a check box never wraps its text).
            box = QCheckBox(self.tr("Compris"))
            box.setAccessibleName(self.tr("Point {n} compris").format(n=number))
            box.setAccessibleDescription(shown)
            box.setStyleSheet("QCheckBox { padding: 6px; }")
            text = QLabel(f"{number}. {shown}")
            text.setWordWrap(True)
            text.setBuddy(box)
            read = big_button(
                self.tr("Lire"), self.tr("Lire à voix haute le point {n}").format(n=number), "lire"
            )
            read.clicked.connect(lambda _=False, text=shown: self._say(text))
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(box)
            row.addWidget(read)
            layout.addLayout(row)
            self.checks[point.id] = box
        self.print_form = big_button(
            self.tr("&Imprimer le formulaire"),
            self.tr("Imprimer le formulaire de consentement"),
            "imprimer",
        )
        self.agree = big_button(
            self.tr("La personne est d'&accord"), self.tr("La personne est d'accord"), "action"
        )
        self.refuse = big_button(self.tr("La personne &refuse"), self.tr("La personne refuse"))
        row = QHBoxLayout()
        row.addWidget(self.print_form)
        row.addStretch(1)
        row.addWidget(self.refuse)
        row.addWidget(self.agree)
        layout.addStretch(1)
        layout.addLayout(row)
        self.print_form.clicked.connect(self._print)
        self.agree.clicked.connect(lambda: self._consent(True))
        self.refuse.clicked.connect(lambda: self._consent(False))
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Résumé du mandat"))
        self.print_final = big_button(
            self.tr("&Imprimer le mandat"), self.tr("Imprimer le mandat signé"), "imprimer"
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
        self.heading.setText("<h1>" + self.tr("Mandat de {name}").format(name=person.display_name))
        offered = set(settings.policy(self._shell.ctx).demarches_offered)
        for demarche, card in self.demarche_cards.items():
            card.setChecked(False)
            card.setVisible(demarche.value in offered)
        for box in self.checks.values():
            box.setChecked(False)
        self.holder.reset()
        self.mandate = None
        if start.mandate_id:
            self.mandate = mandates.get_mandate(self._shell.ctx, start.mandate_id)
            self._show(CONSENT)
        else:
            self._show(HOLDER)

    def _show(self, step: int) -> None:
        names = [
            self.tr("à qui la personne donne mandat"),
            self.tr("les démarches"),
            self.tr("la durée"),
            self.tr("l'accord de la personne"),
            self.tr("c'est fait"),
        ]
        self.pages.setCurrentIndex(step)
        self.step_label.setText(
            "<b>" + self.tr("Étape {n} sur 5 : {name}").format(n=step + 1, name=names[step])
        )
        self.clear_messages()
        self.previous.setVisible(step in (DEMARCHES, DURATION))
        self.next.setVisible(step in (HOLDER, DEMARCHES, DURATION))
        self.cancel.setVisible(step != DONE)
        page = self.pages.currentWidget()
        if page is not None:
            page.focusNextChild()

    def _previous(self) -> None:
        self._show(max(HOLDER, self.pages.currentIndex() - 1))

    def _next(self) -> None:
        step = self.pages.currentIndex()
        if step == HOLDER:
            if not self.holder.ready():
                self.show_error_text(self.tr("Choisissez le site ou un proche."))
                return
            self._show(DEMARCHES)
        elif step == DEMARCHES:
            if not self._chosen_demarches():
                self.show_error_text(self.tr("Choisissez au moins une démarche."))
                return
            self._show(DURATION)
        elif step == DURATION:
            self._create_draft()

    def _chosen_demarches(self) -> list[str]:
        return [d.value for d, card in self.demarche_cards.items() if card.isChecked()]

    def _create_draft(self) -> None:
        duration = next((d for d, b in self.duration_buttons.items() if b.isChecked()), None)
        if duration is None:
            self.show_error_text(self.tr("Choisissez une durée."))
            return
        try:
            self.mandate = mandates.create_mandate(
                self._shell.ctx,
                self._shell.require_actor(),
                self.usager_id,
                self._chosen_demarches(),
                duration,
                self.holder.proche_id(),
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        self._show(CONSENT)

    def _print(self) -> None:
        if self.mandate is None:
            return
        try:
            pdf = consent_form(self._shell.ctx, self._shell.require_actor(), self.mandate.id)
        except AidantError as exc:
            self.show_error(exc)
            return
        self.show_status(self._shell.print_pdf(self, pdf))

    def _consent(self, agrees: bool) -> None:
        if self.mandate is None:
            return
        answers = {point: box.isChecked() for point, box in self.checks.items()}
        try:
            self.mandate = mandates.record_consent(
                self._shell.ctx, self._shell.require_actor(), self.mandate.id, answers, agrees
            )
        except AidantError as exc:
            self.show_error(exc)
            return
        if agrees:
            until = dates.day_time(self.mandate.expires_at)
            self.summary.setText(
                self.tr(
                    "Le mandat est actif jusqu'au {date}. Code de vérification : {code}."
                ).format(date=until, code=self.mandate.verification_code)
            )
        else:
            self.summary.setText(
                self.tr("La personne a refusé : le mandat n'autorise rien. Son refus est noté.")
            )
        self.print_final.setVisible(agrees)
        self._show(DONE)

    def _say(self, text: str) -> None:
        if not self._shell.speech.say(text):
            self.show_status(self._shell.speech.unavailable_reason())

    def _back_to_file(self) -> None:
        self._shell.router.go(Route.USAGER_FILE, self.usager_id, remember=False)

    def spoken_text(self) -> str:
        return self.step_label.text()
