"""Strength check for vault passphrases, with reasons in French for the user.

No dictionary dependency: the rules are length, variety (several words or several character
classes), repetition, predictable runs, and a short list of over-used words. This catches the
passphrases people actually try first; it is not an entropy estimator.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from crypto.errors import Reason, WeakPassphrase
from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)

MIN_LENGTH = 12
MIN_WORDS = 3
MIN_CLASSES = 3
MIN_DISTINCT = 6
_MAX_RUN = 3  # "aaa" is allowed, "aaaa" is not
_SEQUENCE_LENGTH = 4

_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
)
_COMMON_WORDS = frozenset(
    {
        "motdepasse",
        "password",
        "passphrase",
        "phrasesecrete",
        "secret",
        "bonjour",
        "soleil",
        "azerty",
        "qwerty",
        "aidant",
        "aidantconnect",
        "coffre",
        "coffrefort",
        "france",
        "marseille",
        "paris",
        "iloveyou",
        "jetaime",
        "admin",
        "changeme",
        "doudou",
        "chouchou",
        "loulou",
    }
)


def _classes(text: str) -> int:
    lower = any(c.islower() for c in text)
    upper = any(c.isupper() for c in text)
    digit = any(c.isdigit() for c in text)
    other = any(not c.isalnum() and not c.isspace() for c in text)
    return lower + upper + digit + other


def _has_run(text: str) -> bool:
    return re.search(rf"(.)\1{{{_MAX_RUN},}}", text) is not None


def _has_sequence(text: str) -> bool:
    folded = _fold(text)
    for sequence in _SEQUENCES:
        for line in (sequence, sequence[::-1]):
            for start in range(len(line) - _SEQUENCE_LENGTH + 1):
                if line[start : start + _SEQUENCE_LENGTH] in folded:
                    return True
    return False


def _fold(text: str) -> str:
    # Lower case without accents so "Mot-de-Passé" still reads as the common word.
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_common(text: str) -> bool:
    letters = "".join(c for c in _fold(text) if c.isalpha())
    return letters in _COMMON_WORDS or len(set(letters)) <= 2


def _weakness(text: str) -> tuple[Reason, str] | None:
    """Why `text` is refused (the case and its French sentence), or None if it is acceptable."""
    if len(text) < MIN_LENGTH:
        return (
            Reason.PASSPHRASE_TOO_SHORT,
            f"La phrase secrète est trop courte : {MIN_LENGTH} caractères au moins.",
        )
    if _has_run(text):
        return (
            Reason.PASSPHRASE_REPEATS,
            "La phrase secrète répète trop de fois le même caractère à la suite.",
        )
    if len(set(text)) < MIN_DISTINCT:
        return (
            Reason.PASSPHRASE_FEW_CHARACTERS,
            "La phrase secrète utilise trop peu de caractères différents.",
        )
    if _is_common(text):
        return (
            Reason.PASSPHRASE_TOO_COMMON,
            "La phrase secrète est trop courante : choisissez des mots moins attendus.",
        )
    if _has_sequence(text):
        return (
            Reason.PASSPHRASE_SEQUENCE,
            "La phrase secrète contient une suite prévisible, comme « 1234 » ou « azerty ».",
        )
    words = [w for w in re.split(r"[\s\-_.,;:!?'/]+", text) if w]
    if len(words) < MIN_WORDS and _classes(text) < MIN_CLASSES:
        return (
            Reason.PASSPHRASE_TOO_SIMPLE,
            "La phrase secrète doit contenir plusieurs mots, ou mélanger lettres, "
            "chiffres et symboles.",
        )
    return None


def passphrase_problem(passphrase: str) -> str | None:
    """Return the French reason why `passphrase` is refused, or None if it is acceptable."""
    weakness = _weakness(unicodedata.normalize("NFC", passphrase))
    return None if weakness is None else weakness[1]


def check_passphrase(passphrase: SecretBuffer | str) -> None:
    """Raise WeakPassphrase (message = French reason, `reason` its case) unless the passphrase
    is acceptable.

    A SecretBuffer is decoded to a temporary `str` for the check; that copy cannot be wiped.
    """
    text = passphrase.decode() if isinstance(passphrase, SecretBuffer) else passphrase
    weakness = _weakness(unicodedata.normalize("NFC", text))
    if weakness is not None:
        reason, sentence = weakness
        facts = {"min_length": MIN_LENGTH} if reason is Reason.PASSPHRASE_TOO_SHORT else {}
        raise WeakPassphrase(sentence, reason=reason, facts=facts)
