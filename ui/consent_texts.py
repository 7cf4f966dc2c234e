"""The consent points of templates/consent/fr.toml, marked for Qt Linguist (lupdate cannot read
the template). The wizard shows and reads them through `consent_point`; a test checks that this
list stays equal to the template's."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ConsentPoints"

CONSENT_TEXTS = (
    QT_TRANSLATE_NOOP(
        "ConsentPoints",
        "Vous savez ce que le mandat permet : faire à votre place les démarches choisies, "
        "et rien d'autre.",
    ),
    QT_TRANSLATE_NOOP(
        "ConsentPoints",
        "Vous savez combien de temps dure le mandat et à quelle date il s'arrête.",
    ),
    QT_TRANSLATE_NOOP(
        "ConsentPoints",
        "Vous savez que vous pouvez arrêter le mandat quand vous voulez, en le demandant ici "
        "ou par écrit.",
    ),
    QT_TRANSLATE_NOOP(
        "ConsentPoints",
        "Vous savez que vos informations sont gardées secrètes, et que vous pouvez les voir, "
        "les corriger ou les faire effacer.",
    ),
    QT_TRANSLATE_NOOP(
        "ConsentPoints",
        "Vous n'êtes pas sous tutelle, curatelle ou sauvegarde de justice.",
    ),
)


def consent_point(text: str) -> str:
    """A consent point of the template (its French text) in the current language."""
    return QCoreApplication.translate(CONTEXT, text)
