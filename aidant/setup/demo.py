"""The demonstration site opened by `make run`: fictitious people, throwaway keys.

Its keys sit in a file next to the data instead of the OS keyring, and the application says so
on every screen. Each feature adds its fictitious data as one step in `DEMO_STEPS`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable

from aidant.administration.policy import change_policy
from aidant.agents import accounts as agents
from aidant.domain.actors import Actor
from aidant.domain.enums import Role
from aidant.domain.errors import StorageError
from aidant.journal import checkpoints
from aidant.people import usagers
from aidant.sessions import session as sessions
from aidant.setup.create import init_site
from aidant.setup.demo_mandates import demo_mandates
from aidant.setup.demo_vault import add_demo_vaults
from aidant.site.access import Refusal, SiteAccess
from aidant.site.clock import SystemClock
from aidant.site.context import SiteContext, SiteFile, connect, keystore_for
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths
from aidant.site.texts import SiteText
from aidant.storage.keystore import KeyStoreKind

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class DemoLogin:
    login: str
    password: str
    role: Role


MANAGER = DemoLogin("responsable", "demo-responsable", Role.MANAGER)
AGENT = DemoLogin("agent", "demo-agent-1", Role.AGENT)
DEMO_LOGINS = (AGENT, MANAGER)
DEMO_ADDRESS = "3 place de la République, 36200 Argenton-sur-Creuse"

DEMO_USAGERS = [
    ("Dupré", "Éléonore", dt.date(1946, 5, 14), "Argenton-sur-Creuse", "06 12 34 56 78"),
    ("Lefèvre", "Marcel", dt.date(1939, 11, 2), "Le Blanc", None),
    ("Nguyen", "Thi Mai", dt.date(1981, 2, 27), "Hanoï", "07 98 76 54 32"),
    ("Bernard", "Kévin", dt.date(2004, 8, 9), "Châteauroux", "06 55 44 33 22"),
    ("Moreau", "Jeanne", dt.date(1952, 1, 30), "Saint-Gaultier", None),
    ("Haddad", "Youssef", dt.date(1975, 6, 18), "Oran", "06 01 02 03 04"),
    ("Petit", "Françoise", dt.date(1944, 12, 24), "Ciron", None),
    ("Girard", "Noël", dt.date(1961, 3, 3), "Éguzon-Chantôme", "02 54 00 00 00"),
]

DemoStep = Callable[[SiteContext, Actor], None]


def _usagers(ctx: SiteContext, actor: Actor) -> None:
    for family, given, birth, place, phone in DEMO_USAGERS:
        usagers.register(ctx, actor, family, given, birth, place, phone)


#: Steps that fill a new demonstration site, in order (each feature appends its own).
DEMO_STEPS: list[DemoStep] = [
    _usagers,
    demo_mandates,
    add_demo_vaults,
    sessions.demo_sessions,
    # Last: the demo journal ends with a signed checkpoint.
    checkpoints.demo_checkpoint,
]


def ensure_demo_site(paths: DataPaths, *, costs: Costs = PRODUCTION_COSTS) -> SiteContext:
    """Open the demonstration site in `paths`, creating and filling it the first time (an
    existing one opens with its demonstration manager's slot: those passwords are public)."""
    if paths.site_file.exists():
        if not paths.access_file.exists():
            return connect(paths, costs=costs)
        site = SiteFile.read(paths.site_file)
        store = keystore_for(paths, site)
        key = SiteAccess(paths, site.site_id, store).unlock(
            MANAGER.login, MANAGER.password, SystemClock().now(), costs
        )
        if isinstance(key, Refusal):
            raise StorageError(SiteText.LOGIN_NEEDED)
        return connect(paths, keystore=store, costs=costs, payload=key)
    ctx = init_site(
        paths,
        "Espace France Services de démonstration",
        MANAGER.login,
        "Claire Martin (responsable)",
        MANAGER.password,
        keystore_kind=KeyStoreKind.DEMO_FILE,
        demo=True,
        costs=costs,
    )
    fill_demo_site(ctx)
    log.info("demo site created in %s", paths.root)
    return ctx


def fill_demo_site(ctx: SiteContext) -> None:
    """Fill a new demonstration site, made with the demonstration manager: the demonstration
    agent, the site's address, then every step of `DEMO_STEPS`."""
    manager = agents.login_with_password(ctx, MANAGER.login, MANAGER.password)
    agents.add_agent(ctx, manager, AGENT.login, "Samir Benali", AGENT.role, AGENT.password)
    change_policy(ctx, manager, {"site_address": DEMO_ADDRESS})
    agent = agents.login_with_password(ctx, AGENT.login, AGENT.password)
    for step in DEMO_STEPS:
        step(ctx, agent)
