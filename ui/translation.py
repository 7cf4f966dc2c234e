"""French is the source language; other languages come from Qt Linguist files in ui/i18n/."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

#: Language code → name shown in the language menu (each in its own language).
LANGUAGES = {"fr": "Français", "en": "English"}

_installed: QTranslator | None = None
_current = "fr"


def current() -> str:
    """The language in use ("fr" unless another was installed)."""
    return _current


def install(app: QCoreApplication, language: str) -> bool:
    """Use `language` for every tr() from now on; False when its file is missing."""
    global _installed, _current
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    _current = "fr"
    if language == "fr":
        return True
    translator = QTranslator(app)
    qm = resources.files("ui") / "i18n" / f"aidant_{language}.qm"
    with resources.as_file(qm) as path:
        if not path.exists() or not translator.load(str(path)):
            log.warning("no translation file for %s", language)
            return False
    app.installTranslator(translator)
    _installed = translator
    _current = language
    return True
