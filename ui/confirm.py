"""A confirmation bar placed under the button it guards: it says the consequence first, then
asks; "Non" has the focus, so that Enter or Space never confirms something irreversible."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.widgets import big_button


class ConfirmBar(QWidget):
    """Hidden until `ask`; "Oui" runs the action once, "Non" (focused) hides the bar."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._action: Callable[[], None] | None = None
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setAccessibleName(name)
        # No Alt+letter here: the letters belong to the screen's own buttons, and "Non" has the
        # focus (Space or Enter answers it); "Oui" takes a deliberate click or Tab.
        self.yes = big_button(self.tr("Oui"))
        self.no = big_button(self.tr("Non, annuler"), self.tr("Non, ne rien changer"))
        row = QHBoxLayout(self)
        row.addWidget(self.question, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        # The same warm yellow as the erasure question: it reads as "stop and think".
        self.setStyleSheet("background: #fff4c2; color: #111")
        self.hide()
        self.yes.clicked.connect(self._confirmed)
        self.no.clicked.connect(self.cancel)

    def ask(self, question: str, yes_text: str, action: Callable[[], None]) -> None:
        """Show `question` (the consequence, in words) and a "yes" button saying what it does."""
        self._action = action
        self.question.setText(question)
        self.yes.setText(yes_text.replace("&", ""))
        self.yes.setAccessibleName(yes_text.replace("&", ""))
        self.show()
        self.no.setFocus()

    def cancel(self) -> None:
        self._action = None
        self.hide()

    def _confirmed(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()
