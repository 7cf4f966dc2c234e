"""Display preferences (text size, contrast, language) kept per workstation, restored at start.

They live in the user's configuration folder on this PC (QSettings, an INI file written
atomically by Qt: %APPDATA%\\Aidant\\affichage.ini on Windows, ~/.config/Aidant/affichage.ini on
Linux), never in the site database: they describe a screen and the people in front of it,
not a person's file. `AIDANT_LANG` (ui.app) still wins over the saved language.
"""

from __future__ import annotations

import dataclasses
import logging
import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui import translation
from ui.app import LANGUAGE_ENV
from ui.appearance import Appearance, DisplayPrefs

log = logging.getLogger(__name__)

ORGANISATION = "Aidant"
NAME = "affichage"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, NAME)


def load() -> DisplayPrefs:
    """The preferences saved on this workstation (the defaults when none were)."""
    settings = _settings()
    language = str(settings.value("language", "fr"))
    return DisplayPrefs(
        large_text=bool(settings.value("large_text", False, type=bool)),
        high_contrast=bool(settings.value("high_contrast", False, type=bool)),
        language=language if language in translation.LANGUAGES else "fr",
    )


def save(prefs: DisplayPrefs) -> None:
    settings = _settings()
    settings.setValue("large_text", prefs.large_text)
    settings.setValue("high_contrast", prefs.high_contrast)
    settings.setValue("language", prefs.language)
    settings.sync()
    if settings.status() is not QSettings.Status.NoError:
        # Not worth stopping anyone's work: the next start shows the defaults.
        log.warning("display preferences not saved: %s", settings.status())


def restored_appearance(app: QApplication) -> Appearance:
    """The preferences saved on this PC, applied (language included), and saved on change."""
    prefs = load()
    if not os.environ.get(LANGUAGE_ENV) and prefs.language != translation.current():
        translation.install(app, prefs.language)
    prefs = dataclasses.replace(prefs, language=translation.current())
    return Appearance(app, prefs, save=save)
