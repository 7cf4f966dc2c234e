"""The command line's language: French, or English with `AIDANT_LANG=en`.

Sentences come from the core's catalogues (French); their English is the interface's own Qt
Linguist translation (`ui/i18n/aidant_en.ts`, read as XML: the command line never loads Qt).
argparse's own messages ("invalid choice", "the following arguments are required") are put
in French while the parser is built and used (`french_argparse`).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path
from unittest import mock

from aidant.domain.errors import AidantError, Phrase, Text

LANGUAGE_ENV = "AIDANT_LANG"
_TS_FILE = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "aidant_en.ts"

#: argparse's messages (its gettext ids) in French.
ARGPARSE_FRENCH: Mapping[str, str] = {
    "usage: ": "usage : ",
    "options": "options",
    "positional arguments": "arguments",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (choisissez parmi %(choices)s)"
    ),
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "ignored explicit argument %r": "valeur %r ignorée",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue %(parser_name)r (choisissez parmi %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s »",
    "unexpected option string: %s": "option inattendue : %s",
}
_PLURALS = {
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
}


def english() -> bool:
    """True when the command line should speak English (`AIDANT_LANG=en`)."""
    return os.environ.get(LANGUAGE_ENV, "fr").lower().startswith("en")


def _french_gettext(message: str) -> str:
    return ARGPARSE_FRENCH.get(message, message)


def _french_ngettext(singular: str, plural: str, count: int) -> str:
    chosen = singular if count == 1 else plural
    return _PLURALS.get(chosen, chosen)


@contextlib.contextmanager
def french_argparse() -> Iterator[None]:
    """argparse speaks French inside the block (its messages are looked up at run time);
    English stays as it is with `AIDANT_LANG=en`."""
    if english():
        yield
        return
    with (
        mock.patch.object(argparse, "_", _french_gettext),
        mock.patch.object(argparse, "ngettext", _french_ngettext),
    ):
        yield


@functools.cache
def _english_catalogue() -> dict[tuple[str, str], str]:
    try:
        tree = ET.parse(_TS_FILE)  # noqa: S314 - our own translation file
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source
                and translation is not None
                and translation.text
                and translation.get("type") != "unfinished"
            ):
                found[(name, source)] = translation.text
    return found


def _template(text: Text) -> str:
    french = str(text.value)
    if not english():
        return french
    return _english_catalogue().get((type(text).__name__, french), french)


def _param(value: object) -> object:
    if isinstance(value, Text):
        return _template(value).format_map({})
    if isinstance(value, Phrase):
        return _template(value.text).format_map({k: _param(v) for k, v in value.params.items()})
    return value


def say(exc: AidantError) -> str:
    """The sentence of `exc` in the command line's language."""
    if not english():
        return str(exc)
    return _template(exc.text).format_map({k: _param(v) for k, v in exc.params.items()})
