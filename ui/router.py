"""Navigation between screens: one stack, screens built on first visit and dropped on logout.

Dropping screens at logout is deliberate: nothing a previous person typed or saw survives in a
hidden widget on a shared PC.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

log = logging.getLogger(__name__)


class Screen(QWidget):
    """A full-window screen. `enter` is called each time it is shown, with its argument."""

    #: Text read aloud by the "read aloud" button on usager screens ("" when none).
    def spoken_text(self) -> str:
        return ""

    def enter(self, arg: object = None) -> None:
        """Refresh from the services; `arg` is what the caller passed to `Router.go`."""

    def leave(self) -> None:
        """Called when another screen is shown."""


ScreenFactory = Callable[[], Screen]


class Router(QObject):
    #: Emitted with the name of the screen now shown.
    navigated = Signal(str)

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self._stack = stack
        self._factories: dict[str, ScreenFactory] = {}
        self._screens: dict[str, Screen] = {}
        self._history: list[tuple[str, object]] = []
        self.current_name = ""

    def register(self, name: str, factory: ScreenFactory) -> None:
        self._factories[name] = factory

    def names(self) -> list[str]:
        """Every registered screen, in registration order."""
        return list(self._factories)

    def screen(self, name: str) -> Screen:
        """The screen `name`, built on first use."""
        if name not in self._screens:
            screen = self._factories[name]()
            screen.setObjectName(name)
            self._screens[name] = screen
            self._stack.addWidget(screen)
        return self._screens[name]

    def built(self, name: str) -> Screen | None:
        return self._screens.get(name)

    def go(self, name: str, arg: object = None, remember: bool = True) -> Screen:
        previous = self._screens.get(self.current_name)
        if previous is not None and name != self.current_name:
            previous.leave()
            if remember:
                self._history.append((self.current_name, self._arg))
        screen = self.screen(name)
        self._arg = arg
        self.current_name = name
        self._stack.setCurrentWidget(screen)
        screen.enter(arg)
        log.debug("screen %s", name)
        self.navigated.emit(name)
        return screen

    _arg: object = None

    def back(self) -> None:
        if self._history:
            name, arg = self._history.pop()
            self.go(name, arg, remember=False)

    def reset(self, keep: tuple[str, ...] = ()) -> None:
        """Destroy every built screen except `keep`, and forget the history."""
        for name in list(self._screens):
            if name in keep:
                continue
            screen = self._screens.pop(name)
            self._stack.removeWidget(screen)
            screen.deleteLater()
        self._history.clear()
        if self.current_name not in self._screens:
            self.current_name = ""
