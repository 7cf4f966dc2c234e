"""Idle time of a session, counted on the injected clock's monotonic time (never the wall
clock), so that tests move time instead of sleeping: active, then a warning, then expired."""

from __future__ import annotations

import dataclasses
import enum

from aidant.site.clock import Clock


class IdleState(enum.Enum):
    ACTIVE = "active"
    WARN = "warn"
    EXPIRED = "expired"


@dataclasses.dataclass(frozen=True)
class IdleStatus:
    state: IdleState
    #: Whole seconds before the session ends (0 once expired).
    seconds_left: int


class IdleTracker:
    """Counts idle time on the injected clock's monotonic time (never the wall clock)."""

    def __init__(self, clock: Clock, timeout_seconds: float, warning_seconds: float) -> None:
        if timeout_seconds <= 0:
            raise ValueError("timeout must be positive")
        self._clock = clock
        self.timeout = float(timeout_seconds)
        self.warning = min(float(warning_seconds), self.timeout)
        self._last = clock.monotonic()
        self._expired = False

    def note_activity(self) -> None:
        """The person did something: the idle count starts again (unless already expired)."""
        if not self._expired:
            self._last = self._clock.monotonic()

    def tick(self) -> IdleStatus:
        left = self.timeout - (self._clock.monotonic() - self._last)
        if self._expired or left <= 0:
            self._expired = True
            return IdleStatus(IdleState.EXPIRED, 0)
        seconds = int(-(-left // 1))  # round up: "1 second left" until it is really over
        if left <= self.warning:
            return IdleStatus(IdleState.WARN, seconds)
        return IdleStatus(IdleState.ACTIVE, seconds)
