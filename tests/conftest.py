"""Shared fixtures: every test gets its own data folder, an in-memory keyring, a fake clock,
and sites made with cheap Argon2id costs (`tests.support.costs`; the real parameters are
checked in their own tests)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aidant.setup.create import init_site
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths
from tests.support.cli import Cli
from tests.support.cli import run as run_cli
from tests.support.costs import TEST_COSTS
from tests.support.keyrings import MemoryKeyring
from tests.support.server import (
    EMBEDDED,
    STORES,
    Cluster,
    fresh_database,
    on_both_stores,
    pg_cluster,
)
from tests.support.server_site import ServerSite, server_site

__all__ = ["pg_cluster"]

MANAGER_PASSWORD = "manager-password-1"
AGENT_PASSWORD = "agent-password-1"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("AIDANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("AIDANT_AGENT", raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def costs() -> Costs:
    """The Argon2id costs of the sites that tests make: cheap, for speed."""
    return TEST_COSTS


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The service tests (tests/aidant) run once per store: embedded file, then site server."""
    if "site" in metafunc.fixturenames and on_both_stores(metafunc.definition):
        metafunc.parametrize("store", STORES, indirect=True)


@pytest.fixture
def store(request: pytest.FixtureRequest) -> str:
    """Which store the `site` fixture puts its data in (`embedded` unless parametrised)."""
    return str(getattr(request, "param", EMBEDDED))


@pytest.fixture
def server_url(store: str, request: pytest.FixtureRequest) -> Iterator[str | None]:
    """A fresh, migrated database on the session's throwaway server (None when embedded)."""
    if store == EMBEDDED:
        yield None
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    with fresh_database(cluster) as url:
        yield url


@pytest.fixture
def site(
    paths: DataPaths, clock: FakeClock, costs: Costs, server_url: str | None
) -> Iterator[SiteContext]:
    """An initialised site with one manager (`chef`) and one agent (`agent`), on the store the
    test is parametrised with."""
    from aidant.administration.policy import change_setting
    from aidant.agents import accounts as agents
    from aidant.domain.enums import Role

    ctx = init_site(
        paths,
        "Site de test",
        "chef",
        "Chef de site",
        MANAGER_PASSWORD,
        clock=clock,
        costs=costs,
        server_url=server_url,
    )
    manager = agents.login_with_password(ctx, "chef", MANAGER_PASSWORD)
    agents.add_agent(ctx, manager, "agent", "Agent de test", Role.AGENT, AGENT_PASSWORD)
    # The fake clock starts on a fixed date while command-line runs use the real clock: months
    # apart, so dormant-account deactivation is off here; its own tests switch it on.
    with ctx.transaction() as db:
        change_setting(db, manager, "dormant_months", 0, clock.now())
    yield ctx
    ctx.close()


@pytest.fixture
def manager(site: SiteContext):  # type: ignore[no-untyped-def]
    from aidant.agents import accounts as agents

    return agents.login_with_password(site, "chef", MANAGER_PASSWORD)


@pytest.fixture
def agent(site: SiteContext):  # type: ignore[no-untyped-def]
    from aidant.agents import accounts as agents

    return agents.login_with_password(site, "agent", AGENT_PASSWORD)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The `aidant` command in-process: `cli(*argv, stdin=...)` → (code, stdout, stderr)."""

    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        return run_cli(capsys, monkeypatch, *argv, stdin=stdin)

    return _run


@pytest.fixture
def served(pg_cluster: Cluster, cli: Cli, tmp_path: Path) -> Iterator[ServerSite]:
    """A site made by `aidant server init` on the session's server over TLS (its manager
    `chef`; the data folder `tmp_path / "data"`). Test files that need more define their own."""
    with server_site(pg_cluster, cli, tmp_path / "data") as site:
        yield site
