"""Small widgets shared by the screens: banners, big buttons, accessible fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget


def big_button(text: str, accessible_name: str | None = None) -> QPushButton:
    """A large target (at least 48 px high) with an accessible name."""
    button = QPushButton(text)
    button.setMinimumHeight(48)
    button.setAccessibleName(accessible_name or text.replace("&", ""))
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


def error_label(name: str) -> QLabel:
    """Where a screen shows its one-sentence error (read by screen readers when it changes)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setStyleSheet("color:#a40000; font-weight:bold")
    label.hide()
    return label
