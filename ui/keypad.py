"""A PIN keypad with large keys, usable with the mouse, a touch screen or the keyboard.

Digits are kept in a `bytearray` and handed over as a `crypto.SecretBuffer` (the keypad's
copy is wiped); the display shows dots only.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

import crypto
from ui.appearance import set_size_role

KEY_SIZE = 64
MAX_DIGITS = 12


class _Key(QPushButton):
    """A key at least KEY_SIZE high and twice as wide, and never narrower than its text (a
    fixed minimum size would let a tight layout squeeze "Effacer" in large text)."""

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(KEY_SIZE * 2, KEY_SIZE))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class PinKeypad(QWidget):
    #: Emitted (no payload) when the person presses "Valider" or Enter.
    submitted = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self._digits = bytearray()
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.display = QLabel()
        self.display.setAccessibleName(self.tr("Chiffres tapés"))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_size_role(self.display, "pin")
        self.display.setStyleSheet("letter-spacing: 8px")
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit, self.tr("Chiffre {d}").format(d=digit)), i // 3, i % 3)
        self.clear_key = self._key(self.tr("Effacer"), self.tr("Effacer un chiffre"))
        self.submit_key = self._key(self.tr("Valider"), self.tr("Valider le code"))
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(self._key("0", self.tr("Chiffre {d}").format(d="0")), 3, 1)
        grid.addWidget(self.submit_key, 3, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        self._refresh()

    def _key(self, text: str, name: str) -> QPushButton:
        key = _Key(text)
        key.setAccessibleName(name)
        # Sized by the application's style sheet: large text makes the keys larger too.
        set_size_role(key, "key")
        # Keys are clicked, not tabbed through: the keypad itself takes the keyboard.
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if text.isdigit():
            key.clicked.connect(lambda _=False, d=text: self.press(d))
        self.keys[text] = key
        return key

    def press(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS:
            self._digits.append(ord(digit))
        self._refresh()

    def backspace(self) -> None:
        if self._digits:
            self._digits[-1] = 0
            del self._digits[-1]
        self._refresh()

    def clear(self) -> None:
        self._digits[:] = bytes(len(self._digits))
        self._digits.clear()
        self._refresh()

    def count(self) -> int:
        return len(self._digits)

    def take(self) -> crypto.SecretBuffer:
        """The typed PIN (the keypad forgets it)."""
        pin = crypto.SecretBuffer.take(self._digits)
        self._digits.clear()
        self._refresh()
        return pin

    def _refresh(self) -> None:
        self.display.setText("●" * len(self._digits) or "—")
        self.display.setAccessibleDescription(
            self.tr("{n} chiffre(s) tapé(s)").format(n=len(self._digits))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        else:
            super().keyPressEvent(event)

    def connect_buttons(self) -> None:
        self.clear_key.clicked.connect(self.backspace)
        self.submit_key.clicked.connect(self.submitted)
