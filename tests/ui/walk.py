"""Visiting every screen of the main window, as a manager (who can reach all of them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from aidant.people import usagers
from aidant.setup.demo import MANAGER
from ui.main_window import MainWindow


#: Screens that need an argument, and how to get one from the open site.
def _eleonore(window: MainWindow) -> object:
    return usagers.search(window.ctx, "eleonore")[0].id


ARGS: dict[str, Callable[[MainWindow], object]] = {
    "usager_file": _eleonore,
    "mandate_wizard": _eleonore,
    "action_new": _eleonore,
    "vault": _eleonore,
}


def log_in_as_manager(window: MainWindow) -> None:
    window.login.login_edit.setText(MANAGER.login)
    window.login.password_edit.setText(MANAGER.password)
    window.login.submit.click()
    assert window.actor is not None


def visit_all(window: MainWindow) -> Iterator[str]:
    """Show each screen in turn (login first) and yield its name while it is shown."""
    window.router.go("login")
    QApplication.processEvents()
    yield "login"
    log_in_as_manager(window)
    for name in window.router.names():
        if name == "login":
            continue
        arg = ARGS[name](window) if name in ARGS else None
        screen = window.router.go(name, arg)
        QApplication.processEvents()
        yield name
        if name == "mandate_wizard":
            # Every step of the wizard is a screen of its own for the person in front of it.
            wizard: Any = screen
            wizard.holder.proche.click()
            yield f"{name}-proche"
            for step in range(1, wizard.pages.count()):
                wizard._show(step)
                QApplication.processEvents()
                yield f"{name}-{step}"


def unnamed_focusable(root: QWidget) -> list[str]:
    """Visible widgets that take keyboard focus but have no accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not widget.isEnabled():
            continue
        target = widget
        # Inner editors (spin boxes, combo boxes) are announced through their owner.
        while not target.accessibleName() and target.parentWidget() is not None:
            parent = target.parentWidget()
            if parent.focusProxy() is target or (
                type(target).__name__ == "QLineEdit"
                and (type(parent).__name__ in {"QSpinBox", "QComboBox", "QDateEdit"})
            ):
                target = parent
            else:
                break
        if not target.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Letters used by more than one visible shortcut (Alt+letter) on the current screen."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    seen: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue
            match = re.search(r"&(\w)", text.replace("&&", ""))
            if match:
                seen.setdefault(match.group(1).lower(), []).append(text)
    return [f"{k}: {v}" for k, v in seen.items() if len(v) > 1]
