"""What every export shares: periods in the site's time zone, and CSV the way French Excel
opens it (UTF-8 with a byte-order mark, `;` separator, CRLF lines)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Iterable, Sequence

from aidant.domain.errors import UsageError
from aidant.reports.texts import ReportText
from aidant.site.clock import SITE_TZ

#: Excel opens a CSV in UTF-8 only when it starts with a BOM; French Excel splits on `;`.
CSV_BOM = "\ufeff"
CSV_SEPARATOR = ";"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclasses.dataclass(frozen=True)
class Period:
    """Whole days, both ends included, in the site's local time (Europe/Paris)."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise UsageError(ReportText.PERIOD_REVERSED)

    @property
    def start(self) -> dt.datetime:
        """First instant of the period, in UTC."""
        return dt.datetime.combine(self.first, dt.time(0), tzinfo=SITE_TZ).astimezone(dt.UTC)

    @property
    def end(self) -> dt.datetime:
        """First instant after the period, in UTC."""
        after = self.last + dt.timedelta(days=1)
        return dt.datetime.combine(after, dt.time(0), tzinfo=SITE_TZ).astimezone(dt.UTC)

    def label(self) -> str:
        return f"du {self.first:%d/%m/%Y} au {self.last:%d/%m/%Y}"


def parse_date(text: str) -> dt.date:
    """`2026-03-31` or `31/03/2026`; one French sentence when neither."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise UsageError(ReportText.UNREADABLE_DATE, text=text)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A cell starting like a formula would be run by the spreadsheet (CSV injection).
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return (CSV_BOM + buffer.getvalue()).encode("utf-8")
