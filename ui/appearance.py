"""Display modes for the usager: large text and high contrast, applied to the whole application.

One palette, one style sheet and one font size are set on the QApplication, so every screen,
dialog and future widget follows them without code of its own. Sizes that are not the text's
(the keypad's keys, the idle warning, a verdict) are in the same style sheet, in points scaled
from the base size, so large text makes them large too; widgets ask for them by a dynamic
property (`size_role`, see `SIZE_ROLES`) instead of a fixed size of their own.

The preferences are kept per workstation by `ui.display_settings`, never in the site database.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12
#: Large text is half as large again as the base (a usager who needs it needs it big).
LARGE_POINT_SIZE = 18

#: Text sizes other than the body's, as a multiple of it: widgets set the dynamic property
#: `size_role` to one of these names (`set_size_role`).
SIZE_ROLES = {"key": 1.5, "pin": 2.0, "warning": 1.5, "verdict": 1.3}


@dataclasses.dataclass(frozen=True)
class DisplayPrefs:
    large_text: bool = False
    high_contrast: bool = False
    #: "fr" (source language) or "en".
    language: str = "fr"


# A thick focus frame: keyboard users must always see where they are.
_BASE_SHEET = """
QWidget {{ font-size: {size}pt; }}
QPushButton, QToolButton {{ min-height: 44px; padding: 4px 14px; border-radius: 6px;
    border: 2px solid {border}; background: {button}; color: {button_text}; }}
QPushButton:checked, QToolButton:checked {{ background: {highlight}; color: {highlight_text}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QListWidget:focus, QTableWidget:focus,
QComboBox:focus, QCheckBox:focus, QPlainTextEdit:focus, QDateEdit:focus {{
    border: 3px solid {focus}; }}
QPushButton:disabled {{ color: {disabled}; border-color: {disabled}; }}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QListWidget, QTableWidget {{
    border: 2px solid {border}; border-radius: 4px; padding: 3px; }}
QCheckBox::indicator {{ width: 24px; height: 24px; }}
QSpinBox {{ min-height: 40px; }}
QLineEdit {{ color: {text}; }}
{roles}
"""

_NORMAL = {
    "text": "#111111",
    "border": "#5a5a5a",
    "button": "#f2f2f2",
    "button_text": "#111111",
    "highlight": "#1d4f91",
    "highlight_text": "#ffffff",
    "focus": "#0063cc",
    "disabled": "#9a9a9a",
}

_CONTRAST = {
    "text": "#ffffff",
    "border": "#ffffff",
    "button": "#000000",
    "button_text": "#ffffff",
    "highlight": "#ffff00",
    "highlight_text": "#000000",
    "focus": "#ffff00",
    "disabled": "#9a9a9a",
}

#: Placeholder (hint) text in high contrast.
CONTRAST_HINT = "#a6a6a6"


def _contrast_palette() -> QPalette:
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
    ):
        palette.setColor(role, white)
    # Hints look unlike typed text (grey, not white) and still read at 7:1 on black.
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(CONTRAST_HINT))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, black)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, QColor("#00ffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_CONTRAST["disabled"]))
    return palette


def apply(app: QApplication, prefs: DisplayPrefs) -> None:
    """Apply `prefs` to every widget of `app` (palette, style sheet, font size)."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    if prefs.high_contrast:
        app.setPalette(_contrast_palette())
        colours = _CONTRAST
    else:
        app.setPalette(app.style().standardPalette())
        colours = _NORMAL
    font = QFont(app.font())
    size = LARGE_POINT_SIZE if prefs.large_text else BASE_POINT_SIZE
    font.setPointSize(size)
    app.setFont(font)
    roles = "\n".join(
        f'QWidget[size_role="{name}"] {{ font-size: {round(size * factor)}pt; font-weight: bold; }}'
        for name, factor in SIZE_ROLES.items()
    )
    # The size is in the style sheet too: widgets already shown only re-read a font that
    # comes with a style sheet change, and their layouts then make room for it.
    app.setStyleSheet(_BASE_SHEET.format(size=size, roles=roles, **colours))


def set_size_role(widget: QWidget, role: str) -> None:
    """Give `widget` the text size `role` (a key of SIZE_ROLES), scaled with large text."""
    if role not in SIZE_ROLES:
        raise ValueError(f"unknown size role {role!r}")
    widget.setProperty("size_role", role)


class Appearance(QObject):
    """The current display preferences of this run; screens listen to `changed`."""

    # changed: the display preferences changed; payload: the new DisplayPrefs
    changed = Signal(DisplayPrefs)

    def __init__(
        self,
        app: QApplication,
        prefs: DisplayPrefs | None = None,
        save: Callable[[DisplayPrefs], None] | None = None,
    ) -> None:
        """`save` keeps each change for the next start (ui.display_settings); None: nothing
        is kept (tests, and windows built without a workstation's settings)."""
        super().__init__()
        self._app = app
        self._save = save
        self.prefs = prefs or DisplayPrefs()
        apply(app, self.prefs)

    def update(self, **changes: object) -> None:
        new = dataclasses.replace(self.prefs, **changes)  # type: ignore[arg-type]
        if new == self.prefs:
            return
        self.prefs = new
        apply(self._app, new)
        log.info("display prefs: %s", new)
        if self._save is not None:
            self._save(new)
        self.changed.emit(new)
