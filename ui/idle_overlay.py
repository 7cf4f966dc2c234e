"""The idle warning: a band over the window with a countdown, gone at the first key, click or
mouse move (as it says)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ui.appearance import set_size_role

#: What dismisses the warning: the input the session counts as activity (ui.session_guard), so
#: the warning never stays up, its countdown stopped, after the session was kept alive.
DISMISS_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleOverlay(QWidget):
    """Covers its parent while shown; any input hides it (the session counts it as activity)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: rgba(0, 0, 0, 170)")
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Avertissement d'inactivité"))
        self.message.setWordWrap(True)
        set_size_role(self.message, "warning")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet(
            "background: #ffd866; color: #111; padding: 24px; border-radius: 8px"
        )
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.setContentsMargins(80, 0, 80, 0)
        self.hide()

    def warn(self, seconds_left: int, what: str) -> None:
        # Named here, not only once: the language may have changed since the window was built.
        self.message.setAccessibleName(self.tr("Avertissement d'inactivité"))
        self.message.setText(
            self.tr(
                "Personne n'a touché l'ordinateur depuis un moment : {what} se fermera dans "
                "{n} secondes. Appuyez sur une touche ou bougez la souris pour continuer."
            ).format(what=what, n=seconds_left)
        )
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        if not self.isVisible():
            self.show()
            self.raise_()
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)

    def dismiss(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in DISMISS_EVENTS:
            self.dismiss()
        elif event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None and watched is parent:
                # Still covering the whole window after it was resized (or maximised).
                self.setGeometry(parent.rect())
        return False
