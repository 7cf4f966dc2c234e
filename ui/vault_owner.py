"""The one owner of the usager's open vault and of the usager session that guards it.

Opening a vault starts its usager session (inside the agent's, with its own idle timer and the
screen-lock watch); locking the vault ends that session, and the session ending (idle, screen
lock, logout, the agent's end) locks the vault and drops it: key material zeroed, reference
gone. Screens ask `current`; the main window observes `opened` and `closed`. At most one vault
is open at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from aidant.domain.enums import EndReason

if TYPE_CHECKING:
    # Type-only: the window shows before the vault and session services load.
    from aidant.domain.ids import UsagerId
    from aidant.sessions.session import Session, UsagerSession
    from aidant.vault import OpenVault
    from ui.session_guard import SessionGuard

log = logging.getLogger(__name__)

#: Starts the usager session a vault opens in; None when no agent is logged in.
SessionStarter = Callable[["UsagerId"], "UsagerSession | None"]
#: Watches a session for the interface (a ui.session_guard.SessionGuard).
GuardFactory = Callable[["Session"], "SessionGuard"]


class OpenVaultOwner(QObject):
    # opened: a vault is now open (ask `current` for it)
    opened = Signal()
    # closed: the open vault was locked and dropped; payload: why its session ended
    closed = Signal(EndReason)
    # warn: whole seconds left before the vault closes for idleness
    warn = Signal(int)

    def __init__(
        self, start_session: SessionStarter, guard: GuardFactory, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._start_session = start_session
        self._make_guard = guard
        self._vault: OpenVault | None = None
        self._session: UsagerSession | None = None
        self._guard: SessionGuard | None = None

    @property
    def current(self) -> OpenVault | None:
        """The open vault, or None."""
        return self._vault

    def current_for(self, usager_id: UsagerId) -> OpenVault | None:
        """The open vault if it is `usager_id`'s."""
        vault = self._vault
        return vault if vault is not None and vault.usager_id == usager_id else None

    def take(self, vault: OpenVault) -> None:
        """Own `vault`, just unlocked: any other one is locked first, and its usager session
        starts. Without an agent session (it ended while the vault was unlocking) the vault is
        locked at once and not kept."""
        self.lock()
        session = self._start_session(vault.usager_id)
        if session is None:
            vault.lock()
            log.info("vault unlocked after the agent session ended: locked again")
            return
        session.hold_closable("vault", vault)
        guard = self._make_guard(session)
        guard.warn.connect(self.warn)
        guard.ended.connect(self._ended)
        self._vault, self._session, self._guard = vault, session, guard
        self.opened.emit()

    def lock(self, reason: EndReason = EndReason.LOGOUT) -> None:
        """Lock the open vault now, if any: its session ends (`closed` follows)."""
        if self._guard is not None:
            self._guard.end(reason)  # ends with _ended, even if the session had already ended

    def _ended(self, reason: EndReason) -> None:
        vault, self._vault = self._vault, None
        guard, self._guard = self._guard, None
        self._session = None
        if vault is not None:
            vault.lock()  # the session's end did it; again is harmless, and certain
        if guard is not None:
            guard.deleteLater()
        self.closed.emit(reason)
