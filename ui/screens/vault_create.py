"""Creating a usager's vault: the PIN typed twice on the keypad, an optional passphrase,
then the vault card and the recovery sheet printed from memory.

Every PIN problem is said in a sentence that stays until the next try; the card's code stays
on screen until the card is printed, or until the agent confirms finishing without it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import crypto
from aidant import vault
from aidant.domain.errors import AidantError
from aidant.domain.ids import UsagerId
from aidant.vault import VaultCreated
from aidant.vault.forms import card_pdf, recovery_pdf
from aidant.vault.keys import PIN_MIN
from ui.confirm import ConfirmBar
from ui.keypad import PinKeypad
from ui.shell import Shell
from ui.widgets import MessageLines, big_button, error_label, field, status_label
from ui.workers import Runner


class CreatePanel(QWidget, MessageLines):
    #: Emitted (no payload) once the vault exists and its papers are printed or skipped.
    finished = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager_id = UsagerId("")
        self._first_pin: crypto.SecretBuffer | None = None
        self._created: VaultCreated | None = None
        self.runner: Runner[VaultCreated] = Runner(self._created_ok, self._failed, self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setAccessibleName(self.tr("Consigne"))
        self.keypad = PinKeypad(self.tr("Clavier du code personnel"))
        self.keypad.connect_buttons()
        self.passphrase = field(self.tr("Phrase secrète (facultatif)"), secret=True)
        self.passphrase2 = field(self.tr("Phrase secrète, encore"), secret=True)
        status = status_label(self.tr("Information sur le coffre"))
        self.init_messages(error_label(self.tr("Erreur de création du coffre")), status)
        self.print_card = big_button(
            self.tr("Imprimer la &carte"), self.tr("Imprimer la carte du coffre"), "imprimer"
        )
        self.print_recovery = big_button(
            self.tr("Imprimer la feuille de &secours"),
            self.tr("Imprimer la feuille de secours du coffre"),
            "imprimer",
        )
        self.done = big_button(self.tr("&Terminé"), self.tr("Terminer la création du coffre"))
        # The card's code, apart from the status line (which each print replaces).
        self.card_code = QLabel()
        self.card_code.setWordWrap(True)
        self.card_code.setAccessibleName(self.tr("Code de la carte du coffre"))
        self.card_code.setStyleSheet("font-size: 18px; font-weight: bold")
        self.confirm = ConfirmBar(self.tr("Confirmation sans carte"))
        self._card_printed = False
        form = QFormLayout()
        form.addRow(self.tr("&Phrase secrète"), self.passphrase)
        form.addRow(self.tr("Phrase secrète (&encore)"), self.passphrase2)
        self.after = QWidget()
        after = QHBoxLayout(self.after)
        after.addWidget(self.print_card)
        after.addWidget(self.print_recovery)
        after.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Créer le coffre") + "</h2>"))
        layout.addWidget(self.explain)
        layout.addWidget(self.keypad)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(status)
        layout.addWidget(self.card_code)
        layout.addWidget(self.after)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.keypad.submitted.connect(self._pin_entered)
        self.print_card.clicked.connect(self._print_card)
        self.print_recovery.clicked.connect(self._print_recovery)
        self.done.clicked.connect(self._done)

    def start(self, usager_id: UsagerId, keep_error: bool = False) -> None:
        """Ask for a new PIN (`keep_error`: after a failure, whose sentence stays shown)."""
        self.usager_id = usager_id
        self._forget()
        self.keypad.clear()
        self.passphrase.clear()
        self.passphrase2.clear()
        if not keep_error:
            self.clear_messages()
        self.after.hide()
        self.confirm.cancel()
        self.card_code.clear()
        self.card_code.hide()
        self._card_printed = False
        self.keypad.show()
        self.explain.setText(
            self.tr(
                "La personne choisit un code de 4 à 12 chiffres et le tape sur le clavier, "
                "puis appuie sur Valider. Ne le notez nulle part."
            )
        )
        self.keypad.setFocus()

    def _pin_entered(self) -> None:
        if self._first_pin is None:
            typed = self.keypad.count()
            if typed < PIN_MIN:
                self.keypad.clear()
                self.show_error_text(
                    self.tr(
                        "Le code est trop court : {n} chiffre(s) tapé(s), il en faut au moins "
                        "{min}. Tapez un code plus long."
                    ).format(n=typed, min=PIN_MIN)
                )
                return
            self.clear_messages()
            self._first_pin = self.keypad.take()
            self.explain.setText(self.tr("Tapez le même code une deuxième fois, puis Valider."))
            return
        second = self.keypad.take()
        same = second == self._first_pin
        second.zero()
        if not same:
            self._forget()
            self.start(self.usager_id, keep_error=True)
            self.show_error_text(
                self.tr(
                    "Les deux codes tapés ne sont pas les mêmes : recommencez, en tapant le "
                    "nouveau code deux fois."
                )
            )
            return
        if self.passphrase.text() != self.passphrase2.text():
            self.show_error_text(self.tr("Les deux phrases secrètes ne sont pas les mêmes."))
            return
        pin, self._first_pin = self._first_pin, None
        phrase = (
            crypto.SecretBuffer.from_text(self.passphrase.text())
            if self.passphrase.text()
            else None
        )
        self.passphrase.clear()
        self.passphrase2.clear()
        actor, ctx, usager_id = self._shell.require_actor(), self._shell.ctx, self.usager_id

        def create() -> VaultCreated:
            try:
                return vault.create_vault(ctx, actor, usager_id, pin, passphrase=phrase)
            finally:
                pin.zero()
                if phrase is not None:
                    phrase.zero()

        self.show_status(self.tr("Création du coffre…"))
        self.runner.start(create)

    def _created_ok(self, created: VaultCreated) -> None:
        self._created = created
        self.keypad.hide()
        self.explain.setText(
            self.tr(
                "Le coffre est créé. Imprimez la carte du coffre (à garder par la personne) "
                "et la feuille de secours (à ranger en lieu sûr)."
            )
        )
        self.show_status(self.tr("Code de la carte : {code}").format(code=created.card_code))
        self.card_code.setText(
            self.tr("Code de la carte : {code} (imprimé sur la carte)").format(
                code=created.card_code
            )
        )
        self.card_code.show()
        self.after.show()
        self.print_card.setFocus()

    def _print_card(self) -> None:
        if self._created is not None:
            pdf = card_pdf(self._shell.ctx, self.usager_id, self._created.card_code)
            self.show_status(self._shell.print_pdf(self, pdf))
            self._card_printed = self._card_printed or self._shell.last_print_sent

    def _print_recovery(self) -> None:
        if self._created is not None:
            pdf = recovery_pdf(self._shell.ctx, self._created)
            self.show_status(self._shell.print_pdf(self, pdf))

    def _done(self) -> None:
        if self._created is not None and not self._card_printed:
            self.confirm.ask(
                self.tr(
                    "La carte du coffre n'a pas été imprimée. Son code va disparaître de "
                    "l'écran : sans la carte (ou la feuille de secours), la personne ne pourra "
                    "pas ouvrir son coffre. Terminer quand même ?"
                ),
                self.tr("Oui, terminer sans la carte"),
                self._finish,
            )
            return
        self._finish()

    def _finish(self) -> None:
        self._forget()
        self.card_code.clear()
        self.finished.emit()

    def _failed(self, error: AidantError) -> None:
        self.show_error(error)
        self.start(self.usager_id, keep_error=True)

    def _forget(self) -> None:
        if self._first_pin is not None:
            self._first_pin.zero()
            self._first_pin = None
        if self._created is not None:
            self._created.wipe()
            self._created = None
