"""Does a screen fit the window? What a person would see cut off, found from the widgets.

`misfits(window, room)` lists, for the window's current screen:
- the central content needing more than `room` (its minimum size hint: a layout squeezed below
  it overlaps or cuts its widgets), scroll areas excepted (they take what they are given);
- every visible widget that reaches past the visible part of its parent (cut at an edge), and
  every two visible widgets drawn over one another;
- every visible label whose text needs more room than it was given (its size hint, or its
  height for its width when it wraps), and every button whose text is wider than the button.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ui.idle_overlay import IdleOverlay
from ui.main_window import MainWindow
from ui.router import ScreenFrame

#: The client area of a maximised window on a 1366×768 screen under Windows (taskbar 40 px,
#: title bar 31 px): the size the screens are checked against.
ROOM_1366 = QSize(1366, 768 - 40 - 31)
ROOM_1280 = QSize(1280, 1024 - 40 - 31)

#: A pixel or two of rounding between a hint and a layout is not a cut.
_SLACK = 2


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()[:50]
    return f"{type(widget).__name__} {name!r} {text!r}".strip()


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def screen_needs(window: MainWindow) -> tuple[QSize, QSize]:
    """What the current screen needs to be laid out without overlap (its minimum size hint),
    and the room its frame gives it in the window."""
    name = window.router.current_name
    assert name is not None, "no screen shown"
    screen = window.router.screen(name)
    frame = screen.parentWidget().parentWidget()  # type: ignore[union-attr]
    assert isinstance(frame, ScreenFrame)
    needs = screen.minimumSizeHint().expandedTo(screen.minimumSize())
    # What the frame really did: a screen taller or wider than it is scrolled.
    needs = needs.expandedTo(screen.size())
    return needs, frame.size()


def misfits(window: MainWindow, room: QSize) -> list[str]:
    """What does not fit on the current screen of `window`, once resized to `room`."""
    found = []
    central = window.centralWidget()
    if central.width() > room.width() + _SLACK or central.height() > room.height() + _SLACK:
        found.append(f"the window grew to {central.width()}×{central.height()} px")
    needs, has = screen_needs(window)
    if needs.width() > has.width() or needs.height() > has.height():
        found.append(
            f"the screen needs {needs.width()}×{needs.height()} px, "
            f"it has {has.width()}×{has.height()} in a window of {room.width()}×{room.height()}"
        )
    for widget in central.findChildren(QWidget):
        if not _shown(widget, central) or widget.isWindow():
            continue
        found.extend(_cut_by_parent(widget))
        found.extend(_overlapping_children(widget, central))
        if isinstance(widget, QLabel):
            found.extend(_clipped_label(widget))
        elif isinstance(widget, QPushButton):
            found.extend(_clipped_button(widget))
    return found


def _cut_by_parent(widget: QWidget) -> list[str]:
    parent = widget.parentWidget()
    if parent is None:
        return []
    if isinstance(parent, QStackedWidget | QTabWidget) or _is_scrolled_content(widget):
        return []
    area = parent.rect().adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK)
    if area.contains(widget.geometry()):
        return []
    g: QRect = widget.geometry()
    return [
        f"{_describe(widget)} cut by its parent: at {g.x()},{g.y()} {g.width()}×{g.height()} "
        f"in {parent.width()}×{parent.height()}"
    ]


def _overlapping_children(parent: QWidget, central: QWidget) -> list[str]:
    """Children of `parent` drawn over one another (a layout squeezed below its minimum)."""
    if isinstance(parent, QAbstractScrollArea | QStackedWidget):
        return []
    children = [
        c
        for c in parent.children()
        if isinstance(c, QWidget)
        and not c.isWindow()
        and _shown(c, central)
        and not isinstance(c, IdleOverlay)
    ]
    found = []
    for i, first in enumerate(children):
        inner = first.geometry().adjusted(_SLACK, _SLACK, -_SLACK, -_SLACK)
        for second in children[i + 1 :]:
            if inner.intersects(second.geometry()):
                found.append(f"{_describe(first)} overlaps {_describe(second)}")
    return found


def _is_scrolled_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    grand = parent.parentWidget() if parent is not None else None
    return isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent


def _clipped_label(label: QLabel) -> list[str]:
    if not label.text().strip():
        return []
    contents = label.contentsRect()
    if label.wordWrap() or label.hasHeightForWidth():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + _SLACK:
            return [f"{_describe(label)} needs {needed} px of height, has {label.height()}"]
        return []
    hint = label.sizeHint()
    if hint.width() > label.width() + _SLACK or hint.height() > label.height() + _SLACK:
        return [
            f"{_describe(label)} needs {hint.width()}×{hint.height()} px, "
            f"has {label.width()}×{label.height()} ({contents.width()}×{contents.height()})"
        ]
    return []


def _clipped_button(button: QPushButton) -> list[str]:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return []
    metrics = QFontMetrics(button.font())
    width = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    hint = button.sizeHint()
    if hint.width() > button.width() + _SLACK or metrics.height() > button.height():
        return [
            f"{_describe(button)} needs {hint.width()}×{hint.height()} px "
            f"(text {width} px), has {button.width()}×{button.height()}"
        ]
    return []
