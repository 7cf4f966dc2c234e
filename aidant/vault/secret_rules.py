"""Which PINs and passphrases a usager may choose: none that someone who knows them, or who
tries the usual ones first, would guess.

The card alone opens nothing, but someone who holds a card (or a photo of it) and a copy of the
database can try PINs as fast as Argon2id allows: a PIN in the first few hundred anyone tries
(`1234`, a year, a date, a spelled name) falls in minutes. So a PIN is refused, each time with
one sentence saying why, when it is a common PIN, a repeated pattern or a run of digits, a year
between 1900 and 2030, any form of the usager's birth date, or their name typed on a phone
keypad; a passphrase is refused when, once the usager's names and birth date are taken out,
what is left would be refused on its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import unicodedata

import crypto
from aidant.domain.errors import Refused
from aidant.people.usagers import UsagerView
from aidant.vault import keys
from aidant.vault.texts import VaultText

#: The most chosen PINs (published PIN-frequency studies), beyond the patterns found below.
_COMMON_PINS_TEXT = (
    "1234 1111 0000 1212 7777 1004 2000 4444 2222 6969 9999 3333 5555 6666 1122 1313 8888 "
    "4321 2001 1010 2580 0852 1470 3690 1590 7531 1379 9876 0123 12345 54321 11111 123456 "
    "654321 111111 121212 123123 112233 159753 147258 789456 123321 666666 696969 000000 "
    "159357 147852 258369 741852 963852 1234567 12345678 87654321 123456789 987654321 "
)
COMMON_PINS = frozenset(_COMMON_PINS_TEXT.split())
_KEYPAD = {
    letter: str(digit)
    for digit, group in (
        (2, "abc"),
        (3, "def"),
        (4, "ghi"),
        (5, "jkl"),
        (6, "mno"),
        (7, "pqrs"),
        (8, "tuv"),
        (9, "wxyz"),
    )
    for letter in group
}


@dataclasses.dataclass(frozen=True)
class Person:
    """What a guesser who knows the usager would try first."""

    names: tuple[str, ...]
    birth_date: dt.date | None = None

    @classmethod
    def of(cls, usager: UsagerView) -> Person:
        words = re.split(r"[\s\-']+", f"{usager.given_names} {usager.family_name}")
        return cls(tuple(_fold(w) for w in words if len(w) >= 2), usager.birth_date)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _date_forms(day: dt.date) -> set[str]:
    d, m, y = f"{day.day:02d}", f"{day.month:02d}", f"{day.year:04d}"
    yy = y[2:]
    return {
        d + m,
        m + d,
        d + m + yy,
        d + m + y,
        y + m + d,
        m + yy,
        yy + m,
        m + y,
        d + yy,
        y,
        yy + m + d,
        m + d + yy,
        str(day.day) + str(day.month) + yy,
    }


def _is_run(digits: str) -> bool:
    """Digits that move by the same step each time: 1234, 9876, 2468, 9630, or by one
    round the dial: 8901."""
    plain = {int(b) - int(a) for a, b in itertools.pairwise(digits)}
    dial = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return len(plain) == 1 or dial in ({1}, {9})


def _is_repeated(digits: str) -> bool:
    size = len(digits)
    return any(
        size % n == 0 and digits[:n] * (size // n) == digits for n in range(1, size // 2 + 1)
    )


def pin_problem(digits: str, person: Person | None) -> VaultText | None:
    """Why the PIN `digits` (already 4 to 12 digits) is refused, or None."""
    if person is not None and person.birth_date is not None:
        forms = _date_forms(person.birth_date)
        if digits in forms or any(len(f) >= 4 and f in digits for f in forms):
            return VaultText.PIN_BIRTH_DATE
    if person is not None:
        for name in person.names:
            spelled = "".join(_KEYPAD.get(c, "") for c in name)
            if len(spelled) >= 4 and (spelled.startswith(digits) or spelled in digits):
                return VaultText.PIN_NAME
    if digits in COMMON_PINS:
        return VaultText.PIN_COMMON
    if _is_repeated(digits):
        return VaultText.PIN_REPEATED
    if _is_run(digits):
        return VaultText.PIN_SEQUENCE
    if len(digits) == 4 and 1900 <= int(digits) <= 2030:
        return VaultText.PIN_YEAR
    return None


def check_pin(pin: crypto.SecretBuffer, person: Person | None) -> None:
    """Refuse, with one sentence saying why, a PIN that is easy to guess."""
    keys.check_pin(pin)
    digits = bytearray(pin.view())
    try:
        # A str copy of the digits cannot be avoided for the comparisons; it is short-lived.
        problem = pin_problem(digits.decode("ascii"), person)
    finally:
        digits[:] = bytes(len(digits))
    if problem is not None:
        raise Refused(problem)


def _personal_words(person: Person) -> set[str]:
    words = set(person.names)
    if person.birth_date is not None:
        day = person.birth_date
        words |= _date_forms(day) | {str(day.day), f"{day.day:02d}", str(day.month)}
        words |= {f"{day.month:02d}", f"{day.year % 100:02d}", _MONTHS[day.month - 1]}
    return words


_MONTHS = (
    "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
)  # fmt: skip


def check_passphrase(passphrase: crypto.SecretBuffer, person: Person | None) -> None:
    """Refuse a passphrase made of the usager's names and birth date (one sentence); the
    general strength rules are `crypto.check_passphrase`'s, applied when it is wrapped."""
    if person is None:
        return
    text = _fold(passphrase.decode())  # a str copy, as crypto.check_passphrase makes
    personal = _personal_words(person)
    kept = " ".join(w for w in re.split(r"[\W_]+", text) if w and w not in personal)
    if crypto.passphrase_problem(text) is None and crypto.passphrase_problem(kept) is not None:
        raise Refused(VaultText.PASSPHRASE_PERSONAL)
