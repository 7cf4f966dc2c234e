"""The application object: French first, readable defaults, no traceback on screen."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from aidant.domain import faults
from ui import translation
from ui.texts import error_text

log = logging.getLogger(__name__)

#: Language of the interface at start ("fr" by default; "en" uses ui/i18n/aidant_en.qm).
LANGUAGE_ENV = "AIDANT_LANG"


class AidantApplication(QApplication):
    """QApplication with the product's name, French locale and translator."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setApplicationName("Aidant")
        self.setOrganizationName("Aidant")
        self.setApplicationDisplayName("Aidant")
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        language = os.environ.get(LANGUAGE_ENV, "fr")
        if language in translation.LANGUAGES:
            translation.install(self, language)
        sys.excepthook = _excepthook


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # A fault met in a slot (the site server gone while a screen reads, a full disk) is said in
    # its own sentence, as in a background task; a bug must not print a traceback at the user
    # nor kill their work silently.
    found = faults.answer(value)
    if found is not None:
        log.info("fault in the interface: %s", found.code, exc_info=(kind, value, tb))
        show_fatal(error_text(found))
        return
    log.error("unexpected error in the interface", exc_info=(kind, value, tb))
    show_fatal(
        QApplication.translate(
            "Errors",
            "Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu ; "
            "si cela se reproduit, prévenez le responsable du site.",
        )
    )


def show_fatal(message: str) -> None:
    """Show one sentence in a dialog (creates the application object if needed)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    box = QMessageBox(QMessageBox.Icon.Warning, "Aidant", message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAccessibleName(QCoreApplication.translate("Fatal", "Message d'erreur"))
    box.exec()
