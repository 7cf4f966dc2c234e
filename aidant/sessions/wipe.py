"""The site's wipe plan as a service: its roots come from the site policy, and every wipe is
journalled with counts only (never a file name). The walking and removing is
`aidant.files.wipe_plan`, which knows nothing of sites."""

from __future__ import annotations

import enum

from aidant import journal
from aidant.domain.actors import Actor, require_agent, require_manager
from aidant.files.wipe_plan import WipePlan, WipeReport, execute, plan
from aidant.journal import EntryKind
from aidant.site.context import SiteContext
from aidant.site.policy import policy


class WipeCause(enum.StrEnum):
    """Why a wipe ran (journalled as a code)."""

    SESSION_END = "session_end"
    MANAGER = "manager"


def policy_roots(ctx: SiteContext) -> tuple[str, ...]:
    return policy(ctx).wipe_roots


def journal_wipe(ctx: SiteContext, actor: Actor, report: WipeReport, cause: WipeCause) -> None:
    """One WIPE_DONE entry with counts only (never a file name)."""
    now = ctx.clock.now()
    with ctx.transaction() as db:
        journal.append(db, actor, EntryKind.WIPE_DONE, now, data=wipe_data(report, cause))


def wipe_data(report: WipeReport, cause: WipeCause) -> dict[str, int | str]:
    return {"removed": report.removed_count, "failed": len(report.failed), "cause": cause.value}


def dry_run(ctx: SiteContext, actor: Actor) -> WipePlan:
    """What the site's wipe plan would remove now (any agent may look)."""
    require_agent(actor)
    return plan(policy_roots(ctx), ctx.paths.root)


def wipe_now(ctx: SiteContext, actor: Actor) -> WipeReport:
    """Apply the site's wipe plan now (managers only; sessions wipe on their own at the end)."""
    require_manager(actor)
    report = execute(plan(policy_roots(ctx), ctx.paths.root))
    journal_wipe(ctx, actor, report, WipeCause.MANAGER)
    return report
