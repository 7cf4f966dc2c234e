"""Opening a test site again as a new process would: through an agent's login slot."""

from __future__ import annotations

from aidant.setup.opening import server_login
from aidant.site.access import Refusal, SiteAccess
from aidant.site.clock import Clock, SystemClock
from aidant.site.context import SiteContext, SiteFile, connect, keystore_for
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS

MANAGER_LOGIN = "chef"
MANAGER_PASSWORD = "manager-password-1"


def reopen(
    paths: DataPaths,
    *,
    clock: Clock | None = None,
    costs: Costs = TEST_COSTS,
    login: str = MANAGER_LOGIN,
    password: str = MANAGER_PASSWORD,
) -> SiteContext:
    """Connect to the site in `paths` with `login`'s slot (no upkeep, nobody logged in)."""
    site = SiteFile.read(paths.site_file)
    store = keystore_for(paths, site)
    clock = clock or SystemClock()
    if site.server_url is not None:  # as the agent's own login, their keys from the server
        engine, payload = server_login(paths, site, login, password, costs)
        return connect(
            paths, clock=clock, keystore=store, costs=costs, payload=payload, engine=engine
        )
    key = SiteAccess(paths, site.site_id, store).unlock(login, password, clock.now(), costs)
    if isinstance(key, Refusal):
        raise AssertionError(f"the slot of {login} did not open")
    return connect(paths, clock=clock, keystore=store, costs=costs, payload=key)
