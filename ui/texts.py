"""Sentences from the core, put into the interface's current language.

The core raises `AidantError(Text.MEMBER, **params)`; its French template is looked up in the
Qt Linguist translations under the catalogue's class name, then its fields are filled. Every
screen shows errors through `error_text`, never `str(exc)` (which is the command line's French).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aidant.domain.errors import AidantError, Text


def text(member: Text, **params: object) -> str:
    """`member`'s sentence in the current language, its fields filled."""
    template = QCoreApplication.translate(type(member).__name__, str(member.value))
    return template.format_map(params)


def error_text(exc: AidantError) -> str:
    """The one sentence to show for `exc`, in the current language."""
    if isinstance(exc.text, str):  # TRANSITIONAL: see AidantError
        return exc.text
    return text(exc.text, **exc.params)


def core_label(catalogue: str, french: str) -> str:
    """A label the core still hands over as its French text, in the current language.

    TRANSITIONAL: `catalogue` names the `Text` catalogue that lists the label (`StatusText`,
    `CategoryText`, `KindText`, `FigureText`), its translation context; once the core hands
    over the member itself, the call becomes `text(member)`."""
    return QCoreApplication.translate(catalogue, french)
