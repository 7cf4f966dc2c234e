"""Dates and times as a person at the site reads them: the site's time zone (Europe/Paris, see
aidant.site.clock), day/month/year. Every date or time the interface shows goes through here,
never through a format of its own (a stored time is UTC: shown as is, it is an hour or two off).
"""

from __future__ import annotations

import datetime as dt

from aidant.site.clock import to_site_local


def day(when: dt.datetime) -> str:
    """The local day of an instant: "27/11/2026"."""
    return f"{to_site_local(when):%d/%m/%Y}"


def day_time(when: dt.datetime) -> str:
    """An instant in local time: "27/11/2026 14:41"."""
    return f"{to_site_local(when):%d/%m/%Y %H:%M}"


def calendar_day(date: dt.date) -> str:
    """A calendar date that has no time zone (a birth date): "14/05/1946"."""
    return f"{date:%d/%m/%Y}"


def file_stamp(when: dt.datetime) -> str:
    """An instant in local time for a file name: "20261127-144100"."""
    return f"{to_site_local(when):%Y%m%d-%H%M%S}"
