"""Sessions: idle timeout and warning on an injected clock, idempotent and re-entrant end,
cleanup failures reported, secrets zeroed, temp area removed, journal counts only."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from aidant.administration.policy import change_setting
from aidant.domain.actors import Actor
from aidant.domain.errors import FileError
from aidant.domain.ids import UsagerId
from aidant.sessions import session as sessions
from aidant.sessions.idle import IdleState, IdleStatus, IdleTracker
from aidant.sessions.session import EndReason
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry
from crypto import SecretBuffer
from tests.support.costs import TEST_COSTS
from tests.support.texts import SampleText

USAGER = UsagerId("00000000-0000-4000-8000-000000000001")


def entries(site: SiteContext, kind: str) -> list[dict[str, object]]:
    with site.transaction() as db:
        rows = db.scalars(select(JournalEntry).where(JournalEntry.kind == kind)).all()
        return [json.loads(r.data) for r in rows]


def test_idle_tracker_warns_then_expires(clock: FakeClock) -> None:
    tracker = IdleTracker(clock, timeout_seconds=15 * 60, warning_seconds=60)
    assert tracker.tick().state is IdleState.ACTIVE
    clock.advance(14 * 60 - 1)
    assert tracker.tick().state is IdleState.ACTIVE
    clock.advance(1.5)
    status = tracker.tick()
    assert status.state is IdleState.WARN and status.seconds_left == 60  # 59.5 s, rounded up
    tracker.note_activity()
    assert tracker.tick().state is IdleState.ACTIVE
    clock.advance(15 * 60)
    assert tracker.tick() == IdleStatus(IdleState.EXPIRED, 0)
    tracker.note_activity()  # too late: an expired session does not come back
    assert tracker.tick().state is IdleState.EXPIRED


def test_defaults_15_minutes_agent_5_minutes_usager(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    agent_session = sessions.start_agent_session(site, agent)
    usager_session = agent_session.open_usager_session(USAGER)
    clock.advance(4 * 60 + 1)
    assert usager_session.poll().state is IdleState.WARN
    assert agent_session.poll().state is IdleState.ACTIVE
    clock.advance(60)
    assert usager_session.poll().state is IdleState.EXPIRED
    assert not usager_session.is_open and agent_session.is_open
    clock.advance(10 * 60)
    assert agent_session.poll().state is IdleState.EXPIRED
    assert not agent_session.is_open
    ended = entries(site, "session_ended")
    assert [(e["kind"], e["reason"]) for e in ended] == [("usager", "idle"), ("agent", "idle")]


def test_site_setting_changes_the_timeout(
    site: SiteContext, manager: Actor, clock: FakeClock
) -> None:
    with site.transaction() as db:
        change_setting(db, manager, "agent_idle_minutes", 2, clock.now())
    session = sessions.start_agent_session(site, manager)
    clock.advance(61)
    assert session.poll() == IdleStatus(IdleState.WARN, 59)
    session.note_activity()
    clock.advance(119)
    assert session.poll().state is IdleState.WARN
    clock.advance(1)
    assert session.poll().state is IdleState.EXPIRED


def test_ending_twice_does_the_work_once(site: SiteContext, agent: Actor) -> None:
    session = sessions.start_agent_session(site, agent)
    calls: list[str] = []
    session.on_end("viewer", lambda: calls.append("viewer"))
    first = session.end(EndReason.LOGOUT)
    assert first is not None and first.reason is EndReason.LOGOUT
    assert session.end(EndReason.QUIT) is None
    assert session.poll().state is IdleState.EXPIRED
    assert calls == ["viewer"]
    assert len(entries(site, "session_ended")) == 1
    assert len(entries(site, "agent_logout")) == 1


def test_ending_from_inside_a_cleanup_is_a_no_op(site: SiteContext, agent: Actor) -> None:
    """A viewer whose close() triggers the end again (as a Qt close event can) must not
    re-enter the sequence; a print dialog that fails to close does not stop the others."""
    session = sessions.start_usager_session(site, agent, USAGER)
    document = SecretBuffer(b"%PDF-1.7 contenu secret")
    session.hold_secret(document)
    order: list[str] = []

    class Viewer:
        def close(self) -> None:
            order.append("viewer")
            assert session.end(EndReason.IDLE) is None

    class PrintDialog:
        def close(self) -> None:
            order.append("print dialog")
            raise FileError(SampleText.CANNOT_CLOSE)

    class Vault:
        def lock(self) -> None:
            order.append("vault")

    session.hold_closable("vault", Vault())
    session.hold_closable("viewer", Viewer())
    session.hold_closable("print dialog", PrintDialog())
    report = session.end(EndReason.LOGOUT)
    assert report is not None
    assert order == ["print dialog", "viewer", "vault"]
    assert report.failures == (("print dialog", "Impossible de fermer la fenêtre d'impression."),)
    assert document.zeroed
    [ended] = entries(site, "session_ended")
    assert ended["failed"] == 1 and ended["reason"] == "logout"


def test_usager_session_temp_area_is_removed(site: SiteContext, agent: Actor) -> None:
    session = sessions.start_usager_session(site, agent, USAGER)
    assert session.tmp.is_dir() and session.tmp.parent == site.paths.tmp
    from aidant.files import safe_io

    safe_io.atomic_write_bytes(session.tmp / "rendu.bin", b"x")
    key = bytearray(b"k" * 32)
    session.hold_secret(key)
    closed_early = SecretBuffer(b"page rendered then closed")
    session.hold_secret(closed_early)
    session.release_secret(closed_early)
    assert closed_early.zeroed
    session.end(EndReason.SCREEN_LOCK)
    assert not session.tmp.exists()
    assert key == bytearray(32)


def test_agent_end_ends_its_usager_sessions_first(site: SiteContext, agent: Actor) -> None:
    agent_session = sessions.start_agent_session(site, agent)
    child = agent_session.open_usager_session(USAGER)
    agent_session.end(EndReason.QUIT)
    assert not child.is_open and child.report is not None
    assert child.report.reason is EndReason.PARENT_ENDED
    assert [e["kind"] for e in entries(site, "session_ended")] == ["usager", "agent"]
    assert entries(site, "agent_logout") == []  # quitting is not a logout


def test_session_end_applies_the_wipe_plan_and_journals_counts(
    site: SiteContext, manager: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    downloads = tmp_path / "Téléchargements"
    downloads.mkdir()
    for n in range(3):
        (downloads / f"avis-impot-{n}.pdf").write_bytes(b"%PDF")
    with site.transaction() as db:
        change_setting(db, manager, "wipe_roots", [str(downloads)], clock.now())
    checkpoints: list[SiteContext] = []
    session = sessions.start_agent_session(site, manager, on_end_checkpoint=checkpoints.append)
    report = session.end(EndReason.LOGOUT)
    assert report is not None and report.wipe is not None
    assert report.wipe.removed_count == 3 and list(downloads.iterdir()) == []
    assert entries(site, "wipe_done") == [{"cause": "session_end", "failed": 0, "removed": 3}]
    assert checkpoints == [site]


def test_a_failing_checkpoint_does_not_stop_the_end(site: SiteContext, agent: Actor) -> None:
    def broken(_ctx: SiteContext) -> None:
        raise RuntimeError("no signing key")

    session = sessions.start_agent_session(site, agent, on_end_checkpoint=broken)
    assert session.end(EndReason.LOGOUT) is not None
    assert not session.is_open


def test_stale_temp_areas_are_removed_at_start(site: SiteContext, agent: Actor) -> None:
    session = sessions.start_usager_session(site, agent, USAGER)
    # A crash: the session never ends.
    assert sessions.remove_stale_temp_areas(site) == 1
    assert not session.tmp.exists()


def test_demo_site_shows_sessions_in_the_journal(tmp_path: Path) -> None:
    from aidant.setup.demo import ensure_demo_site
    from aidant.site.paths import DataPaths

    ctx = ensure_demo_site(DataPaths(tmp_path / "demo"), costs=TEST_COSTS)
    try:
        ended = entries(ctx, "session_ended")
    finally:
        ctx.close()
    assert [(e["kind"], e["reason"]) for e in ended] == [("usager", "idle"), ("agent", "logout")]
