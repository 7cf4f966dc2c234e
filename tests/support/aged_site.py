"""A site made on the session's server eight years ago (a fake clock for the application; the
server's own clock is the real one, as in production), with its maintenance login: its first
journal entries are past the six years of the default policy, its latest ones are not."""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aidant.agents import accounts
from aidant.domain.actors import Actor
from aidant.journal.checkpoints import write_checkpoint
from aidant.journal.statement import CheckpointStatement
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.storage import server_logins
from crypto.serverlogin import scram_verifier
from tests.support.costs import TEST_COSTS
from tests.support.server import fresh_database
from tools.pg_cluster import Cluster

MANAGER = "chef"
PASSWORD = "manager-password-1"
YEAR = dt.timedelta(days=365)


@dataclasses.dataclass
class Aged:
    ctx: SiteContext
    manager: Actor
    paths: DataPaths
    cluster: Cluster
    database: str
    maintenance: str
    secret: str
    #: The last entry written eight years ago, and the checkpoint signed then.
    last_old: int
    old_checkpoint: CheckpointStatement
    #: The journal's last entry when the fixture hands the site over.
    head: int


@contextmanager
def aged_site(pg_cluster: Cluster, tmp_path: Path) -> Iterator[Aged]:
    now = dt.datetime.now(dt.UTC)
    clock = FakeClock(now - 8 * YEAR)
    with fresh_database(pg_cluster) as url:
        paths = DataPaths(tmp_path / "site")
        ctx = init_site(
            paths, "Site ancien", MANAGER, "Responsable", PASSWORD,
            clock=clock, costs=TEST_COSTS, server_url=url,
        )  # fmt: skip
        try:
            role = server_logins.maintenance_role(ctx.site.site_id)
            secret = secrets.token_urlsafe(24)
            with ctx.engine.begin() as conn:
                server_logins.create_maintenance_login(conn, role, scram_verifier(secret))
            manager = accounts.login_with_password(ctx, MANAGER, PASSWORD)
            usagers.register(ctx, manager, "DURAND", "Léa", dt.date(1940, 1, 2))
            old_checkpoint = write_checkpoint(ctx, manager)
            last_old = old_checkpoint.size
            clock.advance(now - clock.now())
            usagers.register(ctx, manager, "MARTIN", "Paul", dt.date(1945, 3, 4))
            head = write_checkpoint(ctx, manager).size
            database = ctx.engine.url.database or ""
            yield Aged(
                ctx,
                manager,
                paths,
                pg_cluster,
                database,
                role,
                secret,
                last_old,
                old_checkpoint,
                head,
            )
        finally:
            ctx.close()
