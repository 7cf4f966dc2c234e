"""Creating a usager's vault: the PIN typed twice on the keypad, an optional passphrase,
then the vault card and the recovery sheet printed from memory."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import crypto
from aidant import vault
from aidant.vault import VaultCreated
from aidant.vault.forms import card_pdf, recovery_pdf
from ui.keypad import PinKeypad
from ui.shell import Shell
from ui.widgets import big_button, error_label, field
from ui.workers import Runner


class CreatePanel(QWidget):
    #: Emitted (no payload) once the vault exists and its papers are printed or skipped.
    finished = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self.usager_id = ""
        self._first_pin: crypto.SecretBuffer | None = None
        self._created: VaultCreated | None = None
        self.runner = Runner(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setAccessibleName(self.tr("Consigne"))
        self.keypad = PinKeypad(self.tr("Clavier du code personnel"))
        self.keypad.connect_buttons()
        self.passphrase = field(self.tr("Phrase secrète (facultatif)"), secret=True)
        self.passphrase2 = field(self.tr("Phrase secrète, encore"), secret=True)
        self.error = error_label(self.tr("Erreur de création du coffre"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Information sur le coffre"))
        self.print_card = big_button(
            self.tr("Imprimer la &carte"), self.tr("Imprimer la carte du coffre"), "imprimer"
        )
        self.print_recovery = big_button(
            self.tr("Imprimer la feuille de &secours"),
            self.tr("Imprimer la feuille de secours du coffre"),
            "imprimer",
        )
        self.done = big_button(self.tr("&Terminé"), self.tr("Terminer la création du coffre"))
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
        layout.addWidget(self.status)
        layout.addWidget(self.after)
        layout.addStretch(1)
        self.keypad.submitted.connect(self._pin_entered)
        self.runner.done.connect(self._created_ok)
        self.runner.failed.connect(self._failed)
        self.print_card.clicked.connect(self._print_card)
        self.print_recovery.clicked.connect(self._print_recovery)
        self.done.clicked.connect(self._done)

    def start(self, usager_id: str) -> None:
        self.usager_id = usager_id
        self._forget()
        self.keypad.clear()
        self.passphrase.clear()
        self.passphrase2.clear()
        self.error.hide()
        self.status.clear()
        self.after.hide()
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
            self._first_pin = self.keypad.take()
            self.explain.setText(self.tr("Tapez le même code une deuxième fois, puis Valider."))
            return
        second = self.keypad.take()
        same = second == self._first_pin
        second.zero()
        if not same:
            self._forget()
            self._fail(self.tr("Les deux codes ne sont pas les mêmes : recommencez."))
            self.start(self.usager_id)
            return
        if self.passphrase.text() != self.passphrase2.text():
            self._fail(self.tr("Les deux phrases secrètes ne sont pas les mêmes."))
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

        self.status.setText(self.tr("Création du coffre…"))
        self.runner.start(create)

    def _created_ok(self, created: object) -> None:
        if not isinstance(created, VaultCreated):
            raise TypeError(f"the vault creation returned a {type(created).__name__}")
        self._created = created
        self.error.hide()
        self.keypad.hide()
        self.explain.setText(
            self.tr(
                "Le coffre est créé. Imprimez la carte du coffre (à garder par la personne) "
                "et la feuille de secours (à ranger en lieu sûr)."
            )
        )
        self.status.setText(self.tr("Code de la carte : {code}").format(code=created.card_code))
        self.after.show()
        self.print_card.setFocus()

    def _print_card(self) -> None:
        if self._created is not None:
            pdf = card_pdf(self._shell.ctx, self.usager_id, self._created.card_code)
            self.status.setText(self._shell.print_pdf(self, pdf))

    def _print_recovery(self) -> None:
        if self._created is not None:
            pdf = recovery_pdf(self._shell.ctx, self._created)
            self.status.setText(self._shell.print_pdf(self, pdf))

    def _done(self) -> None:
        self._forget()
        self.finished.emit()

    def _failed(self, error: object) -> None:
        self.status.clear()
        self._fail(str(error))
        self.start(self.usager_id)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _forget(self) -> None:
        if self._first_pin is not None:
            self._first_pin.zero()
            self._first_pin = None
        if self._created is not None:
            self._created.wipe()
            self._created = None
