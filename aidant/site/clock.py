"""The one injected clock: every "now" of the application comes from here.

Tests use `FakeClock` so that mandate expiry and idle timeouts are checked without sleeping.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

#: Sites are in France; "until the end of the day" means the end of the day in Paris.
SITE_TZ = ZoneInfo("Europe/Paris")


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Return the current time, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Return seconds from an arbitrary origin that never goes backwards."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        import time

        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to (tests, benchmarks, demo data)."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        start = start or dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start")
        self._now = start.astimezone(dt.UTC)
        self._mono = 1000.0

    def now(self) -> dt.datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: dt.timedelta | float) -> None:
        """Move forward by a timedelta or a number of seconds."""
        seconds = delta.total_seconds() if isinstance(delta, dt.timedelta) else float(delta)
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._now += dt.timedelta(seconds=seconds)
        self._mono += seconds

    def set(self, when: dt.datetime) -> None:
        """Jump to an absolute later time."""
        self.advance(when.astimezone(dt.UTC) - self._now)


def to_site_local(when: dt.datetime) -> dt.datetime:
    """Convert an aware time to the site's local time (for display and day boundaries)."""
    return when.astimezone(SITE_TZ)


def end_of_local_day(when: dt.datetime) -> dt.datetime:
    """The last instant (23:59:59.999999, Paris time) of the day `when` falls in, in UTC."""
    local = to_site_local(when)
    next_midnight = dt.datetime.combine(
        local.date() + dt.timedelta(days=1), dt.time(0, 0), tzinfo=SITE_TZ
    )
    return (next_midnight - dt.timedelta(microseconds=1)).astimezone(dt.UTC)
