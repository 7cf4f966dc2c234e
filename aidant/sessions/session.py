"""Agent and usager sessions, and an end that wipes what the session leaves.

An agent session runs from login to logout; a usager session from vault unlock to lock, inside
an agent session or on its own. Each ends on logout, idle timeout, screen lock or quit, through
one `end(reason)` that is idempotent and re-entrancy safe (modelled on KeePassXC's lock
sequence): the first call does the work, any later or nested call returns at once. Ending runs
every registered cleanup (each one guarded, so one failure does not stop the others), zeroes
the secrets the session holds, deletes its temporary area, applies the site's wipe plan, and
journals SESSION_ENDED (and WIPE_DONE) with a reason code and counts only. A journal that
cannot be written (a site server gone) is a failure of the report, not of the end: the
session ends, and the window locks, all the same.

Idle time is counted by `aidant.sessions.idle`. Nothing here knows Qt: the UI feeds
`note_activity()` on input and calls `poll()` from a timer.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import logging
import threading
from collections.abc import Callable
from typing import Protocol

from aidant import journal
from aidant.domain import faults
from aidant.domain.actors import SYSTEM, Actor
from aidant.domain.enums import EndReason as EndReason  # re-exported: defined in the domain
from aidant.domain.errors import AidantError
from aidant.domain.ids import UsagerId, new_id
from aidant.files import safe_io, wipe_plan
from aidant.journal import EntryKind
from aidant.journal.checkpoints import write_checkpoint
from aidant.sessions import wipe
from aidant.sessions.idle import IdleState, IdleStatus, IdleTracker
from aidant.sessions.texts import SessionText
from aidant.site import policy as site_policy
from aidant.site.context import SiteContext
from aidant.site.policy import SitePolicy
from crypto import SecretBuffer

log = logging.getLogger(__name__)


class SessionKind(enum.StrEnum):
    AGENT = "agent"
    USAGER = "usager"


class _State(enum.Enum):
    OPEN = "open"
    ENDING = "ending"
    ENDED = "ended"


class Closable(Protocol):
    def close(self) -> object: ...


class Lockable(Protocol):
    def lock(self) -> object: ...


Cleanup = Callable[[], object]


@dataclasses.dataclass(frozen=True)
class EndReport:
    session_id: str
    reason: EndReason
    #: Cleanups that ran without error (closables, secrets, the temp area, child sessions).
    cleaned: int
    #: Cleanups that failed: (what, one sentence). Reported, never hidden.
    failures: tuple[tuple[str, str], ...]
    wipe: wipe_plan.WipeReport | None


def checkpoint_at_end(ctx: SiteContext) -> object:
    """The default end-of-session hook: a signed journal checkpoint covering the session."""
    return write_checkpoint(ctx, SYSTEM)


class Session:
    """What agent and usager sessions share. Create them with `start_agent_session` /
    `start_usager_session`, which journal SESSION_STARTED."""

    kind: SessionKind

    def __init__(
        self,
        ctx: SiteContext,
        actor: Actor,
        policy: SitePolicy,
        idle_minutes: int,
        *,
        usager_id: UsagerId | None = None,
        on_end_checkpoint: Callable[[SiteContext], object] | None = None,
        wipe_on_end: bool = True,
    ) -> None:
        self.id = new_id()
        self.ctx = ctx
        self.actor = actor
        self.usager_id = usager_id
        self.policy = policy
        self.idle = IdleTracker(ctx.clock, idle_minutes * 60, policy.idle_warning_seconds)
        self._on_end_checkpoint = on_end_checkpoint
        self._wipe_on_end = wipe_on_end
        self._cleanups: list[tuple[str, Cleanup]] = []
        self._early: list[tuple[str, Cleanup]] = []
        self._secrets: list[SecretBuffer | bytearray] = []
        self._state = _State.OPEN
        self._lock = threading.Lock()
        self.report: EndReport | None = None
        self._setup()

    @property
    def is_open(self) -> bool:
        return self._state is _State.OPEN

    @property
    def is_ended(self) -> bool:
        """True once the end sequence has finished (False while it runs)."""
        return self._state is _State.ENDED

    # -- what the session holds -----------------------------------------------------------
    def on_end(self, what: str, cleanup: Cleanup, *, early: bool = False) -> None:
        """Run `cleanup` when the session ends (`what` names it in failure reports).

        Cleanups run newest first, like a stack: what was opened last is closed first.
        `early` ones (closing modal dialogs) run before all others, in the order given."""
        if not self.is_open:
            raise RuntimeError("session already ended")
        if early:
            self._early.append((what, cleanup))
        else:
            self._cleanups.append((what, cleanup))

    def hold_closable(self, what: str, thing: Closable | Lockable) -> None:
        """Close (or lock) `thing` at the end: a viewer, a dialog, an unlocked vault."""
        method = getattr(thing, "lock", None) or thing.close  # type: ignore[union-attr]
        self.on_end(what, method)

    def hold_secret(self, secret: SecretBuffer | bytearray) -> None:
        """Zero `secret` at the end (keys, decrypted documents, thumbnails' bytes)."""
        if not self.is_open:
            raise RuntimeError("session already ended")
        self._secrets.append(secret)

    def release_secret(self, secret: SecretBuffer | bytearray) -> None:
        """Zero `secret` now and stop holding it (a document closed during the session)."""
        _zero(secret)
        self._secrets = [held for held in self._secrets if held is not secret]

    # -- idle ------------------------------------------------------------------------------
    def note_activity(self) -> None:
        self.idle.note_activity()

    def poll(self) -> IdleStatus:
        """Check the idle time; end the session (reason IDLE) once it has run out."""
        status = self.idle.tick() if self.is_open else IdleStatus(IdleState.EXPIRED, 0)
        if status.state is IdleState.EXPIRED and self.is_open:
            self.end(EndReason.IDLE)
        return status

    # -- the end ---------------------------------------------------------------------------
    def end(self, reason: EndReason) -> EndReport | None:
        """End the session once. Later and nested calls return None and do nothing."""
        with self._lock:
            if self._state is not _State.OPEN:
                return None
            self._state = _State.ENDING
        try:
            report = self._run_end(reason)
        finally:
            self._state = _State.ENDED
        self.report = report
        return report

    def _run_end(self, reason: EndReason) -> EndReport:
        cleaned = 0
        failures: list[tuple[str, str]] = []

        def guarded(what: str, step: Cleanup) -> None:
            nonlocal cleaned
            try:
                step()
            except Exception as exc:  # one failure must not stop the wipe
                log.warning("session end: %s failed", what, exc_info=True)
                text = str(exc) if isinstance(exc, AidantError) else type(exc).__name__
                failures.append((what, text))
            else:
                cleaned += 1

        steps = self._early + list(reversed(self._cleanups + self._first_steps()))
        for what, cleanup in steps:
            guarded(what, cleanup)
        self._early.clear()
        self._cleanups.clear()
        for secret in self._secrets:
            guarded("secret", functools.partial(_zero, secret))
        self._secrets.clear()
        for what, step in self._after_cleanups():
            guarded(what, step)
        wipe_report: wipe_plan.WipeReport | None = None
        if self._wipe_on_end and self.policy.wipe_roots:
            try:
                wipe_report = wipe_plan.execute(
                    wipe_plan.plan(self.policy.wipe_roots, self.ctx.paths.root)
                )
            except AidantError as exc:
                # A root that became unsafe since it was configured: report, never guess.
                failures.append(("wipe", str(exc)))
            except Exception:  # the session still ends and is journalled, the failure said
                log.exception("wipe plan failed at session end")
                failures.append(("wipe", SessionText.WIPE_PLAN_FAILED.fill({})))
        report = EndReport(self.id, reason, cleaned, tuple(failures), wipe_report)
        try:
            self._journal_end(report)
        except Exception as exc:  # a site server gone: the session still ends, the window locks
            log.warning("session end could not be journalled", exc_info=True)
            said = faults.answer(exc)
            failure = ("journal", str(said) if said is not None else type(exc).__name__)
            report = dataclasses.replace(report, failures=(*report.failures, failure))
        if self._on_end_checkpoint is not None:
            try:
                self._on_end_checkpoint(self.ctx)
            except Exception:  # the session is over whatever happens
                log.warning("journal checkpoint at session end failed", exc_info=True)
        return report

    def _setup(self) -> None:
        """Subclasses prepare what they hold here (end of __init__)."""

    def _first_steps(self) -> list[tuple[str, Cleanup]]:
        """Steps run before the registered cleanups (listed in stack order)."""
        return []

    def _after_cleanups(self) -> list[tuple[str, Cleanup]]:
        return []

    def _journal_end(self, report: EndReport) -> None:
        data: dict[str, int | str] = {
            "session": self.id,
            "kind": self.kind.value,
            "reason": report.reason.value,
            "cleaned": report.cleaned,
            "failed": len(report.failures),
        }
        now = self.ctx.clock.now()
        with self.ctx.transaction() as db:
            if report.wipe is not None:
                journal.append(
                    db,
                    self.actor,
                    EntryKind.WIPE_DONE,
                    now,
                    usager_id=self.usager_id,
                    data=wipe.wipe_data(report.wipe, wipe.WipeCause.SESSION_END),
                )
            journal.append(
                db, self.actor, EntryKind.SESSION_ENDED, now, usager_id=self.usager_id, data=data
            )


def _zero(secret: SecretBuffer | bytearray) -> None:
    if isinstance(secret, SecretBuffer):
        secret.zero()
    else:
        secret[:] = bytes(len(secret))


class UsagerSession(Session):
    """A vault session: holds the unlocked vault, decrypted documents, a private temp area."""

    kind = SessionKind.USAGER

    def _setup(self) -> None:
        self.tmp = self.ctx.paths.tmp / self.id
        safe_io.ensure_private_dir(self.tmp, root=self.ctx.paths.root)

    def _after_cleanups(self) -> list[tuple[str, Cleanup]]:
        return [("temp area", lambda: safe_io.remove_tree(self.tmp, self.ctx.paths.tmp))]


class AgentSession(Session):
    """Login to logout. Usager sessions opened inside it end before it does."""

    kind = SessionKind.AGENT

    def _setup(self) -> None:
        self.children: list[UsagerSession] = []

    def open_usager_session(
        self,
        usager_id: UsagerId,
        on_end_checkpoint: Callable[[SiteContext], object] | None = checkpoint_at_end,
    ) -> UsagerSession:
        """A usager session inside this one; it ends (and wipes) on its own or with this one."""
        child = start_usager_session(
            self.ctx, self.actor, usager_id, on_end_checkpoint=on_end_checkpoint
        )
        self.children.append(child)
        return child

    def note_activity(self) -> None:
        super().note_activity()
        for child in self.children:
            child.note_activity()

    def _first_steps(self) -> list[tuple[str, Cleanup]]:
        # Children end first, before anything the agent session itself holds.
        return [
            (f"usager session {n}", functools.partial(child.end, EndReason.PARENT_ENDED))
            for n, child in enumerate(self.children)
        ]

    def _journal_end(self, report: EndReport) -> None:
        super()._journal_end(report)
        if report.reason is EndReason.LOGOUT and self.actor.id is not None:
            with self.ctx.transaction() as db:
                journal.append(
                    db,
                    self.actor,
                    EntryKind.AGENT_LOGOUT,
                    self.ctx.clock.now(),
                    data={"agent": self.actor.id},
                )


def _journal_start(session: Session) -> None:
    with session.ctx.transaction() as db:
        journal.append(
            db,
            session.actor,
            EntryKind.SESSION_STARTED,
            session.ctx.clock.now(),
            usager_id=session.usager_id,
            data={"session": session.id, "kind": session.kind.value},
        )


def start_agent_session(
    ctx: SiteContext,
    actor: Actor,
    on_end_checkpoint: Callable[[SiteContext], object] | None = checkpoint_at_end,
) -> AgentSession:
    """Begin the session of a logged-in agent (idle timeout from the site's policy)."""
    policy = site_policy.policy(ctx)
    session = AgentSession(
        ctx, actor, policy, policy.agent_idle_minutes, on_end_checkpoint=on_end_checkpoint
    )
    _journal_start(session)
    return session


def start_usager_session(
    ctx: SiteContext,
    actor: Actor,
    usager_id: UsagerId,
    *,
    on_end_checkpoint: Callable[[SiteContext], object] | None = checkpoint_at_end,
    wipe_on_end: bool = True,
) -> UsagerSession:
    """Begin a vault session for `usager_id` (idle timeout from the site's policy)."""
    policy = site_policy.policy(ctx)
    session = UsagerSession(
        ctx,
        actor,
        policy,
        policy.usager_idle_minutes,
        usager_id=usager_id,
        on_end_checkpoint=on_end_checkpoint,
        wipe_on_end=wipe_on_end,
    )
    _journal_start(session)
    return session


def remove_stale_temp_areas(ctx: SiteContext) -> int:
    """At start: delete temp areas a crashed session left behind; return how many went."""
    tmp = ctx.paths.tmp
    if not tmp.is_dir():
        return 0
    count = 0
    for entry in sorted(tmp.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            safe_io.remove_tree(entry, tmp)
        else:
            safe_io.remove_entry(entry, tmp)
        count += 1
    return count


def demo_sessions(ctx: SiteContext, agent: Actor) -> None:
    """Demo data: a morning's agent session with one usager's vault session inside it, ended
    by the usager's idle timeout and then the agent's logout (the journal shows both)."""
    from sqlalchemy import select

    from aidant.storage.models import Usager

    with ctx.transaction() as db:
        usager_id = db.scalar(select(Usager.id).order_by(Usager.search_key))
    session = start_agent_session(ctx, agent)
    if usager_id is not None:
        session.open_usager_session(UsagerId(usager_id)).end(EndReason.IDLE)
    session.end(EndReason.LOGOUT)
