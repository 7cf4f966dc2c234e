"""Agent and usager sessions for the window: the agent's started at login, the usager's when a
vault opens (its owner, ui.vault_owner, starts it here), each watched by a SessionGuard (idle
warning, idle end, screen lock, quit), ended at logout or on their own.

Ending a session (aidant.sessions.session) zeroes secrets, locks the vault, closes dialogs,
clears the clipboard if it is ours, deletes the temporary area and applies the site's wipe plan;
the window then drops every screen built for the person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from aidant.domain.enums import EndReason
from ui.vault_owner import OpenVaultOwner

if TYPE_CHECKING:
    # Type-only here, imported when a session starts: the login window shows before the
    # database layer loads (bench/startup.py).
    from aidant.domain.actors import Actor
    from aidant.domain.ids import UsagerId
    from aidant.sessions.session import AgentSession, Session, UsagerSession
    from aidant.site.context import SiteContext
    from ui.session_guard import ScreenLockWatcher, SessionGuard

log = logging.getLogger(__name__)


class SessionControl(QObject):
    # agent_ended: the agent session ended (the open vault, if any, was closed first); why
    agent_ended = Signal(EndReason)
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
        #: Whether the last agent session's end could not be written to the journal.
        self.end_not_journalled = False
        #: The open vault and its usager session (opened inside the agent's).
        self.vault = OpenVaultOwner(self._start_usager, self._guard, parent=self)
        self.vault.warn.connect(lambda seconds: self.warn.emit(seconds, True))

    def _guard(self, session: Session) -> SessionGuard:
        from ui.session_guard import SessionGuard

        lock = self._screen_lock() if self._screen_lock is not None else None
        return SessionGuard(session, tick_ms=self._tick_ms, screen_lock=lock, parent=self)

    def _start_usager(self, usager_id: UsagerId) -> UsagerSession | None:
        return None if self.agent is None else self.agent.open_usager_session(usager_id)

    def start_agent(self, ctx: SiteContext, actor: Actor) -> None:
        from aidant.sessions import session as sessions

        self.agent = sessions.start_agent_session(ctx, actor)
        self.agent_guard = self._guard(self.agent)
        self.agent_guard.warn.connect(lambda seconds: self.warn.emit(seconds, False))
        self.agent_guard.ended.connect(self._agent_ended)

    def logout(self) -> None:
        """End the agent session (and the vault's) now; `agent_ended` follows."""
        if self.agent_guard is not None:
            self.agent_guard.end(EndReason.LOGOUT)

    def copy(self, text: str) -> None:
        if self.agent_guard is not None:
            self.agent_guard.copy(text)

    def _agent_ended(self, reason: EndReason) -> None:
        # The vault's session ended with the agent's (PARENT_ENDED): drop the vault first.
        self.vault.lock()
        report = self.agent.report if self.agent is not None else None
        if report is not None and report.failures:
            log.error("session end had failures: %s", [what for what, _ in report.failures])
        # The end happened (wipe included) but could not be journalled (a site server gone).
        self.end_not_journalled = report is not None and any(
            what == "journal" for what, _ in report.failures
        )
        self.agent = None
        guard, self.agent_guard = self.agent_guard, None
        if guard is not None:
            guard.deleteLater()
        self.agent_ended.emit(reason)
