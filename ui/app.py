"""The application object: French first, readable defaults, no traceback on screen."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12


class AidantApplication(QApplication):
    """QApplication with the product's name, locale and a larger default font."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setApplicationName("Aidant")
        self.setOrganizationName("Aidant")
        self.setApplicationDisplayName("Aidant")
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        font = QFont(self.font())
        font.setPointSize(BASE_POINT_SIZE)
        self.setFont(font)
        sys.excepthook = _excepthook


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # A bug in a slot must not print a traceback at the user nor kill their work silently.
    log.error("unexpected error in the interface", exc_info=(kind, value, tb))
    show_fatal(
        "Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu ; "
        "si cela se reproduit, prévenez le responsable du site."
    )


def show_fatal(message: str) -> None:
    """Show one sentence in a dialog (creates the application object if needed)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    box = QMessageBox(QMessageBox.Icon.Warning, "Aidant", message)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAccessibleName("Message d'erreur")
    box.exec()
