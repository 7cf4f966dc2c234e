"""What runs when a site is opened by the application or a command: the daily upkeep.

Each task is independent and reported, never fatal: a missing signing key must not stop an
agent from working, but it is said on the error stream (and `self-test` fails on it).
"""

from __future__ import annotations

import logging

from aidant import sessions
from aidant.context import SiteContext
from aidant.errors import AidantError
from aidant.journal.checkpoints import ensure_daily_checkpoint
from aidant.mandates.expiry import record_expiries

log = logging.getLogger(__name__)


def start_up(ctx: SiteContext) -> list[str]:
    """Record mandate expiries, remove stale session areas, and sign the daily checkpoint (last,
    so that it covers the rest). Return the problems met.

    Dormant accounts are not here: every login attempt deactivates them first
    (agents.login_with_password), which covers every path that acts as an agent."""
    problems: list[str] = []
    for name, task in (
        ("expiries", record_expiries),
        ("stale temp areas", sessions.remove_stale_temp_areas),
        ("daily checkpoint", ensure_daily_checkpoint),
    ):
        try:
            task(ctx)
        except AidantError as exc:
            log.warning("%s: %s", name, exc)
            problems.append(str(exc))
    return problems
