"""Small widgets shared by the screens: banners, big buttons, accessible fields, démarche
cards with their pictogram, the "read aloud" button, and the error and status lines every
screen and panel shows (`MessageLines`)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aidant.domain.demarches import Demarche, DemarchePlainText, demarche_text
from aidant.domain.errors import AidantError
from ui import texts
from ui.icons import demarche_icon, icon
from ui.readaloud import ReadAloud
from ui.texts import error_text

ICON_SIZE = QSize(32, 32)
#: The colours of an error line (tests/ui/test_display.py checks their contrast).
ERROR_TEXT = "#a00000"
ERROR_BACKGROUND = "#fff2f2"


def big_button(
    text: str, accessible_name: str | None = None, pictogram: str | None = None
) -> QPushButton:
    """A large target (at least 48 px high) with an accessible name and an optional pictogram."""
    button = QPushButton(text)
    button.setMinimumHeight(48)
    button.setAccessibleName(accessible_name or text.replace("&", ""))
    if pictogram:
        button.setIcon(icon(pictogram))
        button.setIconSize(ICON_SIZE)
    return button


def field(accessible_name: str, placeholder: str = "", secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(40)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def banner(text: str, background: str, name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setStyleSheet(
        f"background:{background}; color:#111; font-weight:bold; padding:8px; border-radius:4px"
    )
    return label


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as typed: a name such as `<b>X</b>` is never markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def rich(template: str, **values: str) -> str:
    """`template` (markup written by us) with `values` (names, titles: typed by people)
    escaped, for a rich-text label."""
    return template.format(**{key: html.escape(value) for key, value in values.items()})


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: the part of a screen that scrolls when the window
    is small, so that the buttons around it (Suivant, Retour…) stay in view."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def error_label(name: str) -> QLabel:
    """Where a screen shows its one-sentence error (read by screen readers when it changes)."""
    label = plain_label()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    # 7.4:1: readable in every display mode (high contrast asks for 7:1).
    label.setStyleSheet(
        f"color:{ERROR_TEXT}; font-weight:bold; background:{ERROR_BACKGROUND}; padding:4px"
    )
    label.hide()
    return label


def status_label(name: str) -> QLabel:
    """Where a screen says what just happened ("Document déposé…", "Dépôt en cours…")."""
    label = plain_label()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class MessageLines:
    """The one way a screen or panel shows an error or a status after an action.

    A mixin for widgets (the `Screen` base has it): `init_messages` once in `__init__` with the
    two labels (`error_label`, `status_label`), which the widget places in its layout. An
    error from the core is shown as `ui.texts.error_text(exc)`, the sentence in the current
    language, never `str(exc)` (the command line's French)."""

    error: QLabel
    status: QLabel | None

    def init_messages(self, error: QLabel, status: QLabel | None = None) -> None:
        self.error = error
        self.status = status

    def show_error(self, exc: AidantError) -> None:
        """An error raised by the core, in the current language (the status is cleared)."""
        self.show_error_text(error_text(exc))

    def show_error_text(self, text: str) -> None:
        """A problem the screen found itself, already translated (`self.tr`)."""
        if self.status is not None:
            self.status.clear()
        self.error.setText(text)
        self.error.show()

    def show_status(self, text: str) -> None:
        """What just happened (the error line is hidden)."""
        self.error.hide()
        if self.status is not None:
            self.status.setText(text)

    def clear_messages(self) -> None:
        self.error.hide()
        if self.status is not None:
            self.status.clear()


def title(text: str) -> QLabel:
    label = QLabel(f"<h1>{html.escape(text)}</h1>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def mark_when_checked(button: QPushButton) -> None:
    """Prefix a check mark while `button` is checked (colour alone does not show a choice)."""
    text = button.text()
    button.toggled.connect(lambda on: button.setText(("✔ " if on else "") + text))


def demarche_label(demarche: Demarche) -> str:
    """The démarche's label in the current language."""
    return texts.text(demarche_text(demarche))


def demarche_button(demarche: Demarche, checkable: bool = True) -> QPushButton:
    """A card for one démarche: its pictogram, its label and its plain description."""
    label = demarche_label(demarche)
    plain = texts.text(DemarchePlainText[demarche.name])
    button = QPushButton(label)
    button.setIcon(demarche_icon(demarche))
    button.setIconSize(QSize(48, 48))
    button.setMinimumHeight(64)
    button.setCheckable(checkable)
    button.setAccessibleName(label)
    button.setAccessibleDescription(plain)
    button.setToolTip(plain)
    button.setStyleSheet("text-align: left; padding-left: 8px")
    # The choice is shown by a mark as well as by colour (colour alone is not enough).
    button.toggled.connect(lambda on: button.setText(("✔ " if on else "") + label))
    return button


class ReadAloudButton(QWidget):
    """ "Lire à voix haute": reads what `text_source` returns, or says why it cannot."""

    def __init__(self, speech: ReadAloud, text_source: Callable[[], str], what: str = "") -> None:
        super().__init__()
        self._speech = speech
        self._source = text_source
        name = (
            self.tr("Lire à voix haute : {what}").format(what=what)
            if what
            else self.tr("Lire à voix haute")
        )
        self.button = big_button(self.tr("Lire à &voix haute"), name, "lire")
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Message de lecture à voix haute"))
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        self.button.clicked.connect(self.read)

    def read(self) -> None:
        if self._speech.say(self._source()):
            self.notice.hide()
            return
        self.notice.setText(self._speech.unavailable_reason())
        self.notice.show()
