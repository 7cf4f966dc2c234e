"""Sessions on a site server behave as on one PC, with an agent's own login opened through the
real door (`prepare(...).enter`): the idle lock ends the agent's and the usager's sessions, the
end wipes the site's folders and journals counts only, the vault held by a usager session is
locked, and the signed checkpoint at the end is written (a refusal there would only be logged,
so the test counts the checkpoints)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from aidant.administration.policy import change_setting
from aidant.agents import accounts as agents
from aidant.domain.actors import Actor
from aidant.domain.ids import UsagerId
from aidant.journal.verify import verify_database
from aidant.sessions import session as sessions
from aidant.sessions.idle import IdleState
from aidant.sessions.session import EndReason
from aidant.setup.opening import prepare
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.storage.models import Checkpoint, JournalEntry
from tests.aidant.vault.conftest import MadeVault, make_vault
from tests.support.cli import Cli
from tests.support.costs import TEST_COSTS
from tests.support.server import site_to_kill
from tests.support.server_site import ServerSite, add_agent, server_site
from tools.pg_cluster import Cluster

AGENT = "guichet"
AGENT_PASSWORD = "agent-password-1"
USAGER = UsagerId("00000000-0000-4000-8000-000000000001")


@pytest.fixture
def served(pg_cluster: Cluster, cli: Cli, tmp_path: Path) -> Iterator[ServerSite]:
    """A site made by `aidant server init`; its manager adds an agent and a folder to wipe."""
    with server_site(pg_cluster, cli, tmp_path / "data") as made:
        add_agent(made, AGENT, AGENT_PASSWORD, [_downloads(tmp_path)])
        yield made


def _downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "Téléchargements"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture
def clock() -> FakeClock:
    # The site was made on the real clock: the desk's fake one starts from now.
    return FakeClock(dt.datetime.now(dt.UTC))


@pytest.fixture
def desk(served: ServerSite, clock: FakeClock) -> Iterator[tuple[SiteContext, Actor]]:
    """The agent's own login, through the door a window or a command uses."""
    ctx, actor = prepare(DataPaths(served.data), clock=clock, costs=TEST_COSTS).enter(
        AGENT, AGENT_PASSWORD
    )
    assert (ctx.engine.url.username or "").startswith("aidant_u_")
    try:
        yield ctx, actor
    finally:
        ctx.close()


def _entries(ctx: SiteContext, kind: str) -> list[dict[str, object]]:
    with ctx.transaction() as db:
        rows = db.scalars(
            select(JournalEntry).where(JournalEntry.kind == kind).order_by(JournalEntry.seq)
        ).all()
        return [json.loads(r.data) for r in rows]


def _checkpoints(ctx: SiteContext) -> int:
    with ctx.transaction() as db:
        return int(db.scalar(select(func.count()).select_from(Checkpoint)) or 0)


def test_idle_ends_the_usager_then_the_agent_session_and_each_end_is_checkpointed(
    desk: tuple[SiteContext, Actor], clock: FakeClock
) -> None:
    ctx, actor = desk
    made: MadeVault = make_vault(ctx, actor)
    before = _checkpoints(ctx)
    agent_session = sessions.start_agent_session(ctx, actor)
    usager_session = agent_session.open_usager_session(UsagerId(made.usager_id))
    opened = made.unlock(ctx)
    usager_session.hold_closable("vault", opened)
    identity = opened.identity()
    assert usager_session.tmp.is_dir()

    clock.advance(5 * 60 + 1)  # the usager's 5 minutes are over, not the agent's 15
    agent_session.note_activity()  # the agent works; the vault session follows the agent
    assert usager_session.poll().state is IdleState.ACTIVE
    clock.advance(5 * 60 + 1)
    assert agent_session.poll().state is not IdleState.EXPIRED
    assert usager_session.poll().state is IdleState.EXPIRED
    assert not usager_session.is_open and opened.locked and identity.zeroed
    assert not usager_session.tmp.exists()

    clock.advance(15 * 60 + 1)
    assert agent_session.poll().state is IdleState.EXPIRED and agent_session.is_ended
    ended = _entries(ctx, "session_ended")
    assert [(e["kind"], e["reason"]) for e in ended] == [("usager", "idle"), ("agent", "idle")]
    assert _checkpoints(ctx) == before + 2
    assert _entries(ctx, "agent_logout") == []  # an idle end is not a logout
    assert verify_database(ctx.engine).ok


def test_logout_wipes_the_sites_folders_and_journals_counts_only(
    desk: tuple[SiteContext, Actor], tmp_path: Path
) -> None:
    ctx, actor = desk
    downloads = _downloads(tmp_path)
    for n in range(3):
        (downloads / f"avis-impot-{n}.pdf").write_bytes(b"%PDF")
    before = _checkpoints(ctx)
    session = sessions.start_agent_session(ctx, actor)
    report = session.end(EndReason.LOGOUT)
    assert report is not None and report.failures == ()
    assert report.wipe is not None and report.wipe.removed_count == 3
    assert list(downloads.iterdir()) == []
    assert _entries(ctx, "wipe_done") == [{"cause": "session_end", "failed": 0, "removed": 3}]
    assert _entries(ctx, "agent_logout") == [{"agent": actor.id}]
    assert _checkpoints(ctx) == before + 1
    assert session.end(EndReason.QUIT) is None  # ended once
    assert verify_database(ctx.engine).ok


def test_a_crashed_usager_sessions_area_goes_at_the_next_opening(
    served: ServerSite, desk: tuple[SiteContext, Actor], clock: FakeClock
) -> None:
    ctx, actor = desk
    left = sessions.start_usager_session(ctx, actor, UsagerId(make_vault(ctx, actor).usager_id))
    assert left.tmp.is_dir()
    ctx.close()  # the desk crashed: the session never ended
    again, _ = prepare(DataPaths(served.data), clock=clock, costs=TEST_COSTS).enter(
        AGENT, AGENT_PASSWORD
    )
    again.close()
    assert not left.tmp.exists()


def test_a_session_ends_and_wipes_when_the_server_is_gone(tmp_path: Path) -> None:
    """The end's journal entries cannot be written: the end is not stopped by it (the vault's
    session, its secrets, its area and the wipe all go), and the report says so."""
    with site_to_kill(tmp_path / "data") as (cluster, ctx):
        manager = agents.login_with_password(ctx, "chef", "manager-password-1")
        downloads = _downloads(tmp_path)
        with ctx.transaction() as db:
            change_setting(db, manager, "wipe_roots", [str(downloads)], ctx.clock.now())
        (downloads / "avis-impot.pdf").write_bytes(b"%PDF")
        agent_session = sessions.start_agent_session(ctx, manager)
        usager_session = agent_session.open_usager_session(USAGER)
        key = bytearray(b"k" * 32)
        usager_session.hold_secret(key)
        cluster.kill()
        try:
            report = agent_session.end(EndReason.LOGOUT)
        finally:
            cluster.restart()
        assert report is not None and agent_session.is_ended
        assert not usager_session.is_open and key == bytearray(32)
        assert not usager_session.tmp.exists() and list(downloads.iterdir()) == []
        [sentence] = [said for what, said in report.failures if what == "journal"]
        assert sentence.startswith("La liaison avec le serveur du site est coupée")
        assert usager_session.report is not None
        wiped = usager_session.report.wipe  # the vault's session ends (and wipes) first
        assert wiped is not None and wiped.removed_count == 1
        assert ("journal", sentence) in usager_session.report.failures
