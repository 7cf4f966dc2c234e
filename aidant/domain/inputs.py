"""Typed values, bounded and normalised where they enter the core (the services call these).

A name printed on a consent form or written in an audit line must say what the agent typed:
values are put in Unicode NFC (one spelling per letter), trimmed, limited in length, and
refused when they hold control characters, line breaks or bidirectional overrides (which can
make a printed line read differently from what is stored). Dates must be plausible.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from aidant.domain.errors import UsageError
from aidant.domain.texts import InputField, InputText

#: Lengths, in characters, of what people type.
NAME_MAX = 100
SHORT_MAX = 200
PHONE_MAX = 30
EMAIL_MAX = 254
TEXT_MAX = 2000
#: The earliest plausible birth date.
OLDEST_BIRTH = dt.date(1900, 1, 1)

# Bidirectional embeddings, overrides and isolates, and the invisible marks that steer them.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


class InvalidInput(UsageError):
    """A typed value outside what the field accepts (exit 2, like a wrong argument)."""


def _invisible(char: str, multiline: bool) -> bool:
    if multiline and char in "\n\t":
        return False
    category = unicodedata.category(char)
    return category in ("Cc", "Zl", "Zp", "Co", "Cs", "Cn") or char in _BIDI


def clean(
    value: str | None,
    field: InputField,
    max_length: int = NAME_MAX,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    """`value` in NFC and trimmed (None when empty and not `required`); raises InvalidInput
    when it is too long or holds an invisible or control character."""
    text = unicodedata.normalize("NFC", value or "").strip()
    if multiline:
        text = text.replace("\r\n", "\n")
    if not text:
        if required:
            raise InvalidInput(InputText.EMPTY, field=field)
        return None
    if any(_invisible(c, multiline) for c in text):
        raise InvalidInput(InputText.INVISIBLE_CHARACTER, field=field)
    if len(text) > max_length:
        raise InvalidInput(InputText.TOO_LONG, field=field, max_length=max_length)
    return text


def required(value: str, field: InputField, max_length: int = NAME_MAX) -> str:
    """`clean` for a value that must be there."""
    return clean(value, field, max_length, required=True) or ""


def check_date(value: dt.date | None, field: InputField, low: dt.date, high: dt.date) -> None:
    """Refuse a date outside [low, high] (InvalidInput)."""
    if value is not None and not low <= value <= high:
        raise InvalidInput(
            InputText.DATE_OUT_OF_RANGE,
            field=field,
            date=f"{value:%d/%m/%Y}",
            low=f"{low:%d/%m/%Y}",
            high=f"{high:%d/%m/%Y}",
        )
