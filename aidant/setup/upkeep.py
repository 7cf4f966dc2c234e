"""What runs when a site is opened by the application or a command: the daily upkeep.

Each task is independent and reported, never fatal: a missing signing key must not stop an
agent from working, but it is said on the error stream (and `self-test` fails on it).
"""

from __future__ import annotations

import logging

from aidant.agents.accounts import deactivate_dormant
from aidant.domain import faults
from aidant.domain.errors import AidantError
from aidant.files import folder_acl, safe_io
from aidant.journal.checkpoints import ensure_daily_checkpoint
from aidant.mandates import status_list
from aidant.mandates.expiry import record_expiries
from aidant.sessions import session as sessions
from aidant.site.context import SiteContext
from aidant.vault.store import remove_orphans

log = logging.getLogger(__name__)


def _remove_partial_files(ctx: SiteContext) -> None:
    safe_io.remove_partial_files(ctx.paths.root)


def _check_folder_rights(ctx: SiteContext) -> None:
    folder_acl.check_private(ctx.paths.root)


def start_up(ctx: SiteContext) -> list[str]:
    """Check the data folder is this account's alone, remove partial writes and orphan vault
    files, record mandate expiries, remove stale session areas, deactivate dormant accounts,
    and sign the daily checkpoint (last, so that it covers the rest). Return the problems met.

    Dormant accounts are checked again before every login (agents.login_with_password): the
    application may stay open for days."""
    problems: list[str] = []
    for name, task in (
        ("folder rights", _check_folder_rights),
        ("partial files", _remove_partial_files),
        ("orphan vault files", remove_orphans),
        ("expiries", record_expiries),
        ("stale temp areas", sessions.remove_stale_temp_areas),
        ("dormant accounts", deactivate_dormant),
        ("mandate status list", status_list.publish),
        ("daily checkpoint", ensure_daily_checkpoint),
    ):
        try:
            task(ctx)
        except AidantError as exc:
            log.warning("%s: %s", name, exc)
            problems.append(str(exc))
        except Exception as exc:
            # A damaged database or a disk that refuses: the command cannot work either, so
            # say it in one sentence now (never a traceback from a clean-up).
            found = faults.answer(exc, ctx.paths.root)
            if found is None:
                raise
            log.info("%s: %s", name, exc)
            raise found from exc
    return problems
