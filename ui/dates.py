"""Dates as a person at the site reads them (site time zone, day/month/year)."""

from __future__ import annotations

import datetime as dt

from aidant.site.clock import to_site_local


def day(when: dt.datetime) -> str:
    return f"{to_site_local(when):%d/%m/%Y}"


def day_time(when: dt.datetime) -> str:
    return f"{to_site_local(when):%d/%m/%Y %H:%M}"
