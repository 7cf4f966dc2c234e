"""Checking the phone number and e-mail address a person gives (typed by an agent, often
read aloud): one sentence that says what is wrong, and a tidy form to store."""

from __future__ import annotations

import re

from aidant.domain.errors import UsageError
from aidant.people.texts import PeopleText

_SEPARATORS = re.compile(r"[\s.\-/()]")
# Deliberately simple: one "@", no spaces, a dot in the domain. The real check is the person
# reading their own address back; this catches the slips (a missing "@", a comma, a space).
_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]{2,}")


def clean_phone(text: str | None) -> str | None:
    """A French number as `06 12 34 56 78`, or an international one as `+44 20…` (digits kept);
    None when empty; `UsageError` saying what is wrong otherwise."""
    raw = (text or "").strip()
    if not raw:
        return None
    digits = _SEPARATORS.sub("", raw)
    if digits.startswith("+33"):
        digits = "0" + digits[3:]
    elif digits.startswith("0033"):
        digits = "0" + digits[4:]
    if digits.startswith("+"):
        if not digits[1:].isdigit() or not 8 <= len(digits) - 1 <= 15:
            raise UsageError(PeopleText.PHONE_UNREADABLE, phone=raw)
        return digits
    if not digits.isdigit():
        raise UsageError(PeopleText.PHONE_UNREADABLE, phone=raw)
    if len(digits) != 10 or not digits.startswith("0"):
        raise UsageError(PeopleText.PHONE_TEN_DIGITS, phone=raw, count=len(digits))
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


def clean_email(text: str | None) -> str | None:
    """The address without surrounding spaces; None when empty; `UsageError` when it cannot be
    an address (no "@", a space, no domain)."""
    raw = (text or "").strip()
    if not raw:
        return None
    if "@" not in raw:
        raise UsageError(PeopleText.EMAIL_NO_AT, email=raw)
    if not _EMAIL.fullmatch(raw):
        raise UsageError(PeopleText.EMAIL_UNREADABLE, email=raw)
    return raw
