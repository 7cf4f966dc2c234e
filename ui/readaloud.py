"""Reading screens aloud with QtTextToSpeech, and saying plainly when this PC cannot.

An engine may be listed yet fail (`speechd` without a running speech daemon, as on a headless
PC): the engine's state after creation is checked, not only its presence. Qt's `mock` engine
speaks nothing and is only used when asked for by name (tests).
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QTextDocument

if TYPE_CHECKING:
    # Loaded on first use: the speech module and its plug-ins cost start-up time.
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

#: Force one engine (tests use "mock"); otherwise every real engine is tried in order.
ENGINE_ENV = "AIDANT_TTS_ENGINE"
_SILENT_ENGINES = {"mock"}


#: Some engines (Windows SAPI) read a text that starts with `<` as speech markup: a name typed
#: as `<volume level="0"/>` must be read, not obeyed.
_MARKUP = str.maketrans({"<": "‹", ">": "›", "&": " et "})


def speakable(text: str) -> str:
    """`text` with the characters a speech engine could take for markup replaced."""
    return text.translate(_MARKUP)


def spoken(text: str) -> str:
    """What a person hears for `text`: the words a label shows, never its markup
    ("<b>Étape 1</b>" is read "Étape 1")."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return " ".join(text.split())


class ReadAloud(QObject):
    """One speech engine for the whole application, created on first use."""

    def __init__(self, engine: str | None = None) -> None:
        super().__init__()
        self._wanted = engine if engine is not None else os.environ.get(ENGINE_ENV)
        self._speech: QTextToSpeech | None = None
        self._probed = False
        self._reason = ""

    def _probe(self) -> None:
        if self._probed:
            return
        self._probed = True
        from PySide6.QtTextToSpeech import QTextToSpeech

        available = QTextToSpeech.availableEngines()
        if self._wanted:
            candidates = [self._wanted] if self._wanted in available else []
        else:
            candidates = [e for e in available if e not in _SILENT_ENGINES]
        if not candidates:
            self._reason = QCoreApplication.translate(
                "ReadAloud",
                "Aucune voix de lecture n'est installée sur cet ordinateur : "
                "demandez à la personne qui vous aide de lire le texte.",
            )
            return
        for name in candidates:
            speech = QTextToSpeech(name, self)
            if speech.state() != QTextToSpeech.State.Error:
                self._choose_french(speech)
                self._speech = speech
                log.info("text-to-speech engine: %s", name)
                return
            log.warning("text-to-speech engine %s failed: %s", name, speech.errorString())
            speech.deleteLater()
        self._reason = QCoreApplication.translate(
            "ReadAloud",
            "La lecture à voix haute ne fonctionne pas sur cet ordinateur "
            "(le moteur de voix ne répond pas) : demandez à la personne qui vous aide.",
        )

    @staticmethod
    def _choose_french(speech: QTextToSpeech) -> None:
        for locale in speech.availableLocales():
            if locale.language() == QLocale.Language.French:
                speech.setLocale(locale)
                return

    def available(self) -> bool:
        self._probe()
        return self._speech is not None

    def unavailable_reason(self) -> str:
        """One sentence saying why nothing can be read aloud ("" when it can)."""
        self._probe()
        return self._reason

    def say(self, text: str) -> bool:
        """Start reading `text` (rich text is read as the words it shows, never its tags);
        False (and nothing said) when no engine works."""
        self._probe()
        if self._speech is None:
            return False
        self._speech.stop()
        self._speech.say(speakable(spoken(text)))
        return True

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    @property
    def engine(self) -> QTextToSpeech | None:
        return self._speech
