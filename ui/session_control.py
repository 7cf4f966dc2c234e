"""Agent and usager sessions for the window: started at login and at vault opening, watched
by a SessionGuard (idle warning, idle end, screen lock, quit), ended at logout or on their own.

Ending a session (aidant.sessions.session) zeroes secrets, locks the vault, closes dialogs,
clears the clipboard if it is ours, deletes the temporary area and applies the site's wipe plan;
the window then drops every screen built for the person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    # Type-only here, imported when a session starts: the login window shows before the
    # database layer loads (bench/startup.py).
    from aidant.domain.actors import Actor
    from aidant.sessions.session import AgentSession, Session, UsagerSession
    from aidant.site.context import SiteContext
    from ui.session_guard import ScreenLockWatcher, SessionGuard

log = logging.getLogger(__name__)


class SessionControl(QObject):
    # agent_ended: the agent session ended; payload is the EndReason value ("idle", …)
    agent_ended = Signal(str)
    # usager_ended: the open vault's session ended; payload is the EndReason value
    usager_ended = Signal(str)
    # warn: (seconds left, True for the vault's session / False for the agent's)
    warn = Signal(int, bool)

    def __init__(
        self,
        screen_lock: Callable[[], ScreenLockWatcher] | None = None,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._screen_lock = screen_lock
        self._tick_ms = tick_ms
        self.agent: AgentSession | None = None
        self.agent_guard: SessionGuard | None = None
        self.usager: UsagerSession | None = None
        self.usager_guard: SessionGuard | None = None

    def _guard(self, session: Session) -> SessionGuard:
        from ui.session_guard import SessionGuard

        lock = self._screen_lock() if self._screen_lock is not None else None
        return SessionGuard(session, tick_ms=self._tick_ms, screen_lock=lock, parent=self)

    def start_agent(self, ctx: SiteContext, actor: Actor) -> None:
        from aidant.sessions import session as sessions

        self.agent = sessions.start_agent_session(ctx, actor)
        self.agent_guard = self._guard(self.agent)
        self.agent_guard.warn.connect(lambda s: self.warn.emit(s, False))
        self.agent_guard.ended.connect(self._agent_ended)

    def open_usager(self, usager_id: str, vault: object) -> None:
        """A vault session for the vault just opened (it ends with the agent's, or alone)."""
        if self.agent is None:
            raise RuntimeError("no agent session")
        from aidant.domain.ids import UsagerId

        self.usager = self.agent.open_usager_session(UsagerId(usager_id))
        self.usager.hold_closable("vault", vault)  # type: ignore[arg-type]
        self.usager_guard = self._guard(self.usager)
        self.usager_guard.warn.connect(lambda s: self.warn.emit(s, True))
        self.usager_guard.ended.connect(self._usager_ended)

    def end_usager(self) -> None:
        from aidant.sessions.session import EndReason

        if self.usager_guard is not None:
            self.usager_guard.end(EndReason.LOGOUT)

    def logout(self) -> None:
        """End the agent session (and the vault's) now; `agent_ended` follows."""
        from aidant.sessions.session import EndReason

        if self.agent_guard is not None:
            self.agent_guard.end(EndReason.LOGOUT)

    def copy(self, text: str) -> None:
        if self.agent_guard is not None:
            self.agent_guard.copy(text)

    def _usager_ended(self, reason: str) -> None:
        self.usager = None
        guard, self.usager_guard = self.usager_guard, None
        if guard is not None:
            guard.deleteLater()
        self.usager_ended.emit(reason)

    def _agent_ended(self, reason: str) -> None:
        report = self.agent.report if self.agent is not None else None
        if report is not None and report.failures:
            log.error("session end had failures: %s", [what for what, _ in report.failures])
        self.agent = None
        self.usager = None
        guard, self.agent_guard = self.agent_guard, None
        if guard is not None:
            guard.deleteLater()
        self.agent_ended.emit(reason)
