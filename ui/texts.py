"""Sentences from the core, put into the interface's current language.

The core raises `AidantError(Text.MEMBER, **params)`; its French template is looked up in the
Qt Linguist translations under the catalogue's class name, then its fields are filled. Every
screen shows errors through `error_text`, never `str(exc)` (which is the command line's French).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aidant.domain.errors import AidantError, Phrase, Text


def text(member: Text, **params: object) -> str:
    """`member`'s sentence in the current language, its fields filled (a label or a phrase
    given as a parameter is put in the same language)."""
    template = QCoreApplication.translate(type(member).__name__, str(member.value))
    return template.format_map({k: _localised(v) for k, v in params.items()})


def phrase_text(phrase: Phrase) -> str:
    """A phrase from the core (what a check found…) in the current language."""
    return text(phrase.text, **phrase.params)


def _localised(value: object) -> object:
    if isinstance(value, Text):
        return text(value)
    if isinstance(value, Phrase):
        return phrase_text(value)
    return value


def error_text(exc: AidantError) -> str:
    """The one sentence to show for `exc`, in the current language."""
    return text(exc.text, **exc.params)


class UiText(Text):
    """The interface's own errors (the sentences in `tr()` calls are its other texts)."""

    SITE_OPENING = "Le site est encore en cours d'ouverture : patientez un instant."
    LOGGED_OUT = "Vous n'êtes plus connecté : reconnectez-vous."
    #: A bug in a background task; `error` is the exception's class name, for the log file.
    UNEXPECTED = "Erreur inattendue : {error}."


class PrintText(Text):
    """Why a document was not printed (ui.printing.PrintRefused)."""

    WRITES_A_FILE = (
        "Cette imprimante enregistre un fichier sur l'ordinateur : choisissez une vraie imprimante."
    )
    UNREADABLE = "Le document à imprimer est illisible."
    NO_ANSWER = "L'imprimante ne répond pas : vérifiez qu'elle est allumée."
