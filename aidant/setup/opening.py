"""The one way to open a site for work, shared by the desktop application and the command line.

Opening = connecting (keys, database, schema brought up to date: `aidant.site.context.connect`)
then the start-up upkeep (`aidant.setup.upkeep`): partial writes and orphan vault files removed,
mandate expiries journalled, stale session areas removed, dormant accounts deactivated, and the
daily checkpoint signed last so that it covers the rest.
"""

from __future__ import annotations

from aidant.setup import upkeep
from aidant.site.clock import Clock
from aidant.site.context import SiteContext, connect
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
from aidant.storage.keystore import KeyStore


def open_for_work(
    paths: DataPaths,
    *,
    demo: bool = False,
    clock: Clock | None = None,
    keystore: KeyStore | None = None,
    costs: Costs = PRODUCTION_COSTS,
) -> SiteContext:
    """Open the site in `paths` (a demonstration site is created the first time) and run the
    start-up upkeep. Upkeep problems are logged and never stop an agent from working.
    `costs` is the Argon2id cost of the secrets made while it is open."""
    if demo:
        if clock is not None or keystore is not None:
            raise ValueError("a demonstration site has its own key file and the system clock")
        from aidant.setup.demo import ensure_demo_site

        ctx = ensure_demo_site(paths, costs=costs)
    else:
        ctx = connect(paths, clock=clock, keystore=keystore, costs=costs)
    try:
        upkeep.start_up(ctx)
    except BaseException:
        ctx.close()  # a bug in the upkeep (its known problems are only logged)
        raise
    return ctx
