"""Changing how an open vault opens: a new PIN on the same card, a new card (the old one stops
working), a passphrase added, changed or removed. Each change is a service call, journalled
there (`aidant.vault.slots`), and runs in a worker (Argon2id takes a second)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import crypto
from aidant import vault
from aidant.domain.enums import SlotKind
from aidant.domain.errors import AidantError
from aidant.vault import OpenVault
from aidant.vault.forms import card_pdf
from ui.keypad import PinKeypad
from ui.shell import Shell
from ui.widgets import MessageLines, big_button, error_label, field, status_label
from ui.workers import Runner

PIN_CHANGE = "pin"
NEW_CARD = "card"


class AccessPanel(QWidget, MessageLines):
    #: Emitted (no payload) to go back to the documents.
    done = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self._shell = shell
        self._what = ""  # PIN_CHANGE or NEW_CARD, while the keypad is shown
        self._first_pin: crypto.SecretBuffer | None = None
        self._new_code = ""
        self.runner: Runner[str] = Runner(self._changed, self._failed, self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setAccessibleName(self.tr("Consigne de l'accès au coffre"))
        self.change_pin = big_button(
            self.tr("Changer le &code personnel"), self.tr("Changer le code personnel")
        )
        self.new_card = big_button(
            self.tr("Faire une &nouvelle carte"), self.tr("Faire une nouvelle carte")
        )
        self.keypad = PinKeypad(self.tr("Clavier du nouveau code personnel"))
        self.keypad.connect_buttons()
        self.print_card = big_button(
            self.tr("Imprimer la nouvelle &carte"),
            self.tr("Imprimer la nouvelle carte"),
            "imprimer",
        )
        self.passphrase = field(self.tr("Nouvelle phrase secrète"), secret=True)
        self.passphrase2 = field(self.tr("Nouvelle phrase secrète, encore"), secret=True)
        self.set_phrase = big_button(
            self.tr("&Enregistrer la phrase"), self.tr("Enregistrer la phrase secrète")
        )
        self.remove_phrase = big_button(
            self.tr("Re&tirer la phrase"), self.tr("Retirer la phrase secrète")
        )
        self.confirm_remove = big_button(
            self.tr("&Oui, la retirer"), self.tr("Oui, retirer la phrase secrète")
        )
        self.back = big_button(self.tr("&Retour aux documents"), self.tr("Retour aux documents"))
        status = status_label(self.tr("Information sur l'accès au coffre"))
        self.init_messages(error_label(self.tr("Erreur de l'accès au coffre")), status)

        card_box = QVBoxLayout()
        card_box.addWidget(QLabel("<h2>" + self.tr("Carte et code personnel") + "</h2>"))
        choice = QHBoxLayout()
        choice.addWidget(self.change_pin)
        choice.addWidget(self.new_card)
        card_box.addLayout(choice)
        card_box.addWidget(self.keypad)
        card_box.addWidget(self.print_card)
        card_box.addStretch(1)
        phrase_box = QVBoxLayout()
        phrase_box.addWidget(QLabel("<h2>" + self.tr("Phrase secrète") + "</h2>"))
        form = QFormLayout()
        form.addRow(self.tr("&Phrase"), self.passphrase)
        form.addRow(self.tr("&Encore"), self.passphrase2)
        phrase_box.addLayout(form)
        phrase_box.addWidget(self.set_phrase)
        phrase_box.addWidget(self.remove_phrase)
        phrase_box.addWidget(self.confirm_remove)
        phrase_box.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(card_box, 1)
        columns.addLayout(phrase_box, 1)
        # The way back, what to do and what happened come first: the keypad may scroll.
        top = QHBoxLayout()
        top.addWidget(self.explain, 1)
        top.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(status)
        layout.addLayout(columns, 1)
        self.change_pin.clicked.connect(lambda: self._ask_pin(PIN_CHANGE))
        self.new_card.clicked.connect(lambda: self._ask_pin(NEW_CARD))
        self.keypad.submitted.connect(self._pin_entered)
        self.print_card.clicked.connect(self._print_card)
        self.set_phrase.clicked.connect(self._set_phrase)
        self.remove_phrase.clicked.connect(self._ask_remove)
        self.confirm_remove.clicked.connect(self._remove_phrase)
        self.back.clicked.connect(self._back)

    @property
    def vault(self) -> OpenVault:
        opened = self._shell.vault.current
        if opened is None:
            raise RuntimeError("the access panel is shown only while a vault is open")
        return opened

    def start(self) -> None:
        self._reset()
        self.clear_messages()
        self.explain.setText(
            self.tr(
                "Carte perdue : faites une nouvelle carte, l'ancienne ne marchera plus. "
                "Les documents restent dans le coffre, et la feuille de secours reste valable."
            )
        )
        self.change_pin.setFocus()

    def _reset(self) -> None:
        self._what = ""
        self._forget_pin()
        self._new_code = ""
        self.keypad.clear()
        self.keypad.hide()
        self.print_card.hide()
        self.confirm_remove.hide()
        self.passphrase.clear()
        self.passphrase2.clear()

    def _forget_pin(self) -> None:
        if self._first_pin is not None:
            self._first_pin.zero()
            self._first_pin = None

    def _ask_pin(self, what: str) -> None:
        self._reset()
        self.clear_messages()
        self._what = what
        self.keypad.show()
        self.explain.setText(
            self.tr("La personne choisit son nouveau code, le tape, puis appuie sur Valider.")
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
            what = self._what
            self._ask_pin(what)
            self.show_error_text(self.tr("Les deux codes ne sont pas les mêmes : recommencez."))
            return
        pin, self._first_pin = self._first_pin, None
        opened, what = self.vault, self._what

        def change() -> str:
            try:
                if what == NEW_CARD:
                    return vault.issue_new_card(opened, pin)
                vault.change_pin(opened, pin)
                return ""
            finally:
                pin.zero()

        self._run(change)

    def _set_phrase(self) -> None:
        if self.passphrase.text() != self.passphrase2.text():
            self.show_error_text(self.tr("Les deux phrases secrètes ne sont pas les mêmes."))
            return
        phrase = crypto.SecretBuffer.from_text(self.passphrase.text())
        self.passphrase.clear()
        self.passphrase2.clear()
        opened = self.vault

        def change() -> str:
            try:
                vault.set_passphrase(opened, phrase)
                return ""
            finally:
                phrase.zero()

        self._what = "phrase"
        self._run(change)

    def _ask_remove(self) -> None:
        self.clear_messages()
        self.explain.setText(
            self.tr("Retirer la phrase secrète ? Le coffre ne s'ouvrira plus qu'avec la carte.")
        )
        self.confirm_remove.show()
        self.confirm_remove.setFocus()

    def _remove_phrase(self) -> None:
        self.confirm_remove.hide()
        opened = self.vault

        def change() -> str:
            vault.remove_slot(opened, SlotKind.PASSPHRASE)
            return ""

        self._what = "removed"
        self._run(change)

    def _run(self, change: Callable[[], str]) -> None:
        if self.runner.busy():
            return
        self.keypad.hide()
        self.show_status(self.tr("Enregistrement…"))
        self.runner.start(change)

    def _changed(self, card_code: str) -> None:
        what = self._what
        self._what = ""
        done = {
            PIN_CHANGE: self.tr("Le code personnel est changé."),
            NEW_CARD: self.tr(
                "Nouvelle carte faite : l'ancienne ne marche plus. Code de la carte : {code}"
            ).format(code=card_code),
            "phrase": self.tr("La phrase secrète est enregistrée."),
            "removed": self.tr("La phrase secrète est retirée."),
        }
        self.show_status(done.get(what, ""))
        if what == NEW_CARD:
            self._new_code = card_code
            self.print_card.show()
            self.print_card.setFocus()

    def _failed(self, error: AidantError) -> None:
        self._what = ""
        self.keypad.hide()
        self.show_error(error)

    def _print_card(self) -> None:
        if self._new_code:
            pdf = card_pdf(self._shell.ctx, self.vault.usager_id, self._new_code)
            self.show_status(self._shell.print_pdf(self, pdf))

    def _back(self) -> None:
        self._reset()
        self.done.emit()

    def leave(self) -> None:
        """Forget everything typed or shown (the vault is closing)."""
        self.runner.stop()
        self._reset()
