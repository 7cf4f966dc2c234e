"""Navigation between screens: one stack, screens built on first visit and dropped on logout.

Dropping screens at logout is deliberate: nothing a previous person typed or saw survives in a
hidden widget on a shared PC.

Each screen sits in a frameless scroll area of its own (`ScreenFrame`): a stack is as large as
its largest page, so without it the screen needing the most room would set the window's
minimum for all of them; and on a screen smaller than the ones checked (tests/ui/test_fit.py),
or in large text, the content scrolls instead of being cut off.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from ui.widgets import MessageLines

log = logging.getLogger(__name__)


class Route(enum.StrEnum):
    """The screens of the main window (the value is the screen's object name)."""

    LOGIN = "login"
    HOME = "home"
    USAGER_NEW = "usager_new"
    USAGER_FILE = "usager_file"
    MANDATE_WIZARD = "mandate_wizard"
    ACTION_NEW = "action_new"
    VAULT = "vault"
    MANAGER = "manager"
    MANAGER_AGENTS = "manager_agents"
    MANAGER_POLICY = "manager_policy"
    MANAGER_AUDIT = "manager_audit"
    MANAGER_INTEGRITY = "manager_integrity"
    MANAGER_REPORT = "manager_report"
    ACCESS = "access"


class Screen(QWidget, MessageLines):
    """A full-window screen. `enter` is called each time it is shown, with its argument.

    A screen that reports errors or statuses does it through `MessageLines` (`show_error`,
    `show_status`, `clear_messages`), after `init_messages` in its `__init__`."""

    #: Text read aloud by the "read aloud" button on usager screens ("" when none).
    def spoken_text(self) -> str:
        return ""

    def enter(self, arg: object = None) -> None:
        """Refresh from the services; `arg` is what the caller passed to `Router.go`."""

    def leave(self) -> None:
        """Called when another screen is shown."""


ScreenFactory = Callable[[], Screen]


SCREEN_MARGIN = 6


class ScreenFrame(QScrollArea):
    """Holds one screen in the stack; scrolls it only when the window is smaller than it.

    The screen gets the frame's size, or its own minimum when larger. (QScrollArea's own
    `widgetResizable` gives a screen with wrapped text its *preferred* height for the width,
    lists at full length included: on a 1366×768 screen that pushed the buttons below the
    edge although everything fitted at the minimum.)"""

    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self.setObjectName(f"frame-{screen.objectName()}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(screen)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = screen.layout()
        if layout is not None:
            # Every pixel of height counts on a 1366×768 screen: thin margins round a screen.
            layout.setContentsMargins(SCREEN_MARGIN, SCREEN_MARGIN, SCREEN_MARGIN, SCREEN_MARGIN)
        screen.installEventFilter(self)

    def fit(self) -> None:
        """Give the screen the frame's room, or its minimum size where that is larger."""
        screen = self.widget()
        if screen is None:
            return
        room = self.maximumViewportSize()
        needs = screen.minimumSizeHint().expandedTo(screen.minimumSize())
        width, height = max(room.width(), needs.width()), max(room.height(), needs.height())
        if height > room.height():  # a vertical scroll bar takes some of the width
            bar = self.verticalScrollBar().sizeHint().width()
            width = max(room.width() - bar, needs.width())
        if width > room.width() and height == room.height():
            bar = self.horizontalScrollBar().sizeHint().height()
            height = max(room.height() - bar, needs.height())
        screen.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            # After the screen's layout is redone (new content, larger text).
            QTimer.singleShot(0, self, self.fit)  # dropped if the frame goes first
        return super().eventFilter(watched, event)


class Router(QObject):
    # navigated: the screen now shown (a Route)
    navigated = Signal(Route)

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self._stack = stack
        self._factories: dict[Route, ScreenFactory] = {}
        self._screens: dict[Route, Screen] = {}
        self._history: list[tuple[Route, object]] = []
        #: The screen shown, None before the first.
        self.current_name: Route | None = None

    def register(self, name: Route, factory: ScreenFactory) -> None:
        self._factories[name] = factory

    def names(self) -> list[Route]:
        """Every registered screen, in registration order."""
        return list(self._factories)

    def screen(self, name: Route) -> Screen:
        """The screen `name`, built on first use."""
        if name not in self._screens:
            screen = self._factories[name]()
            screen.setObjectName(name)
            self._screens[name] = screen
            self._stack.addWidget(ScreenFrame(screen))
        return self._screens[name]

    def built(self, name: Route) -> Screen | None:
        return self._screens.get(name)

    def go(self, name: Route, arg: object = None, remember: bool = True) -> Screen:
        current = self.current_name
        previous = self._screens.get(current) if current is not None else None
        if previous is not None and current is not None and name != current:
            previous.leave()
            if remember:
                self._history.append((current, self._arg))
        screen = self.screen(name)
        self._arg = arg
        self.current_name = name
        self._stack.setCurrentWidget(self._frame(screen))
        screen.enter(arg)
        log.debug("screen %s", name)
        self.navigated.emit(name)
        return screen

    _arg: object = None

    @staticmethod
    def _frame(screen: Screen) -> QWidget:
        frame = screen.parentWidget()
        # The scroll area's viewport holds the screen; the frame is the viewport's parent.
        frame = frame.parentWidget() if frame is not None else None
        if not isinstance(frame, ScreenFrame):
            raise TypeError("a screen outside its frame")
        return frame

    def back(self) -> None:
        if self._history:
            name, arg = self._history.pop()
            self.go(name, arg, remember=False)

    def reset(self, keep: tuple[Route, ...] = ()) -> None:
        """Destroy every built screen except `keep`, and forget the history."""
        for name in list(self._screens):
            if name in keep:
                continue
            frame = self._frame(self._screens.pop(name))
            self._stack.removeWidget(frame)
            frame.deleteLater()
        self._history.clear()
        if self.current_name not in self._screens:
            self.current_name = None
