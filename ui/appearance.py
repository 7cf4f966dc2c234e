"""Display modes for the usager: large text and high contrast, applied to the whole application.

One palette, one style sheet and one font size are set on the QApplication, so every screen,
dialog and future widget follows them without code of its own.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12
LARGE_POINT_SIZE = 17


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
"""

_NORMAL = {
    "border": "#5a5a5a",
    "button": "#f2f2f2",
    "button_text": "#111111",
    "highlight": "#1d4f91",
    "highlight_text": "#ffffff",
    "focus": "#0063cc",
    "disabled": "#9a9a9a",
}

_CONTRAST = {
    "border": "#ffffff",
    "button": "#000000",
    "button_text": "#ffffff",
    "highlight": "#ffff00",
    "highlight_text": "#000000",
    "focus": "#ffff00",
    "disabled": "#8a8a8a",
}


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
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, black)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, QColor("#00ffff"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a8a8a"))
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
    font.setPointSize(LARGE_POINT_SIZE if prefs.large_text else BASE_POINT_SIZE)
    app.setFont(font)
    # The size is in the style sheet too: widgets already shown only re-read a font that
    # comes with a style sheet change, and their layouts then make room for it.
    app.setStyleSheet(_BASE_SHEET.format(size=font.pointSize(), **colours))


class Appearance(QObject):
    """The current display preferences of this run; screens listen to `changed`."""

    # changed: the display preferences changed; payload: the new DisplayPrefs
    changed = Signal(DisplayPrefs)

    def __init__(self, app: QApplication, prefs: DisplayPrefs | None = None) -> None:
        super().__init__()
        self._app = app
        self.prefs = prefs or DisplayPrefs()
        apply(app, self.prefs)

    def update(self, **changes: object) -> None:
        new = dataclasses.replace(self.prefs, **changes)  # type: ignore[arg-type]
        if new == self.prefs:
            return
        self.prefs = new
        apply(self._app, new)
        log.info("display prefs: %s", new)
        self.changed.emit(new)
