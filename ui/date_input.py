"""Reading a date as people type it: "14/05/1946", "14 05 1946", "14.05.1946", "14-05-46",
"14051946"; and, when it is not a date, one sentence saying what is wrong ("Le 31 février
n'existe pas."), in the interface's language."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

_PARTS = re.compile(r"(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4})")
#: Years before this are taken for typing slips (nobody helped today was born before 1900).
FIRST_YEAR = 1900


def _month_name(month: int) -> str:
    names = (
        QCoreApplication.translate("DateInput", "janvier"),
        QCoreApplication.translate("DateInput", "février"),
        QCoreApplication.translate("DateInput", "mars"),
        QCoreApplication.translate("DateInput", "avril"),
        QCoreApplication.translate("DateInput", "mai"),
        QCoreApplication.translate("DateInput", "juin"),
        QCoreApplication.translate("DateInput", "juillet"),
        QCoreApplication.translate("DateInput", "août"),
        QCoreApplication.translate("DateInput", "septembre"),
        QCoreApplication.translate("DateInput", "octobre"),
        QCoreApplication.translate("DateInput", "novembre"),
        QCoreApplication.translate("DateInput", "décembre"),
    )
    return names[month - 1]


class DateInputError(ValueError):
    """The text is not a date; `str(error)` is the sentence to show (already translated)."""


def read_date(text: str, today: dt.date, *, past: bool = True) -> dt.date | None:
    """The date `text` stands for; None when it is empty.

    With two-digit years, a `past` date (a birth date) is the latest such year not after
    `today` ("46" → 1946); otherwise it is in this century ("26" → 2026).
    """
    typed = text.strip()
    if not typed:
        return None
    match = _PARTS.fullmatch(typed) or _COMPACT.fullmatch(typed)
    if match is None:
        raise DateInputError(
            QCoreApplication.translate(
                "DateInput",
                "« {text} » n'est pas une date : écrivez le jour, le mois et l'année, "
                "par exemple 14/05/1946.",
            ).format(text=typed)
        )
    day, month, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:
        year += 2000
        if past and year > today.year:
            year -= 100
    if not 1 <= month <= 12:
        raise DateInputError(
            QCoreApplication.translate(
                "DateInput", "Le mois {month} n'existe pas : les mois vont de 1 à 12."
            ).format(month=month)
        )
    try:
        value = dt.date(year, month, day)
    except ValueError:
        if day == 29 and month == 2:
            raise DateInputError(
                QCoreApplication.translate(
                    "DateInput", "Le 29 février {year} n'existe pas : {year} n'est pas bissextile."
                ).format(year=year)
            ) from None
        raise DateInputError(
            QCoreApplication.translate("DateInput", "Le {day} {month} n'existe pas.").format(
                day=day, month=_month_name(month)
            )
        ) from None
    if year < FIRST_YEAR:
        raise DateInputError(
            QCoreApplication.translate("DateInput", "L'année {year} est trop ancienne.").format(
                year=year
            )
        )
    if past and value > today:
        raise DateInputError(
            QCoreApplication.translate("DateInput", "Le {date} n'est pas encore arrivé.").format(
                date=f"{value:%d/%m/%Y}"
            )
        )
    return value
