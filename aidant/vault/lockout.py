"""The growing delay after wrong vault secrets.

The first `SitePolicy.vault_free_attempts` failures cost nothing but Argon2id's own time.
From then on each failure makes the vault wait: 30 s, then 1 min, 2 min... capped at 1 h.
A success resets the counter. The state lives in the vault row, so quitting the application
does not reset it, and every failure is journalled.

Waiting is not enough to go on guessing for ever: after `SitePolicy.vault_max_failures`
failures in a row the card and the passphrase are refused outright; only the recovery sheet
opens the vault, or a manager resets the count in front of the person (`unlock.reset_attempts`).
"""

from __future__ import annotations

import datetime as dt
import math

from aidant.storage.models import Vault
from aidant.vault.errors import VaultLockedOut, WrongVaultSecret
from aidant.vault.texts import VaultText

FIRST_DELAY_S = 30
MAX_DELAY_S = 3600


def delay_after(failures: int, free_attempts: int) -> int:
    """Seconds to wait after the `failures`-th consecutive failure (0 while still free)."""
    over = failures - free_attempts
    if over < 0:
        return 0
    return int(min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(over, 20)))


def blocked(vault: Vault, max_failures: int) -> bool:
    """True once the vault has failed `max_failures` times in a row (0: never)."""
    return max_failures > 0 and (vault.failed_unlocks or 0) >= max_failures


def blocked_refusal() -> VaultLockedOut:
    return VaultLockedOut(VaultText.VAULT_BLOCKED)


def wait_left(vault: Vault, now: dt.datetime) -> int:
    """Whole seconds before the next attempt is accepted (0 if it is accepted now)."""
    if vault.locked_until is None or vault.locked_until <= now:
        return 0
    return math.ceil((vault.locked_until - now).total_seconds())


#: The sentences of a wait, for 1 second, some seconds, 1 minute, some minutes.
_WAITING = (
    VaultText.WAIT_ONE_SECOND,
    VaultText.WAIT_SECONDS,
    VaultText.WAIT_ONE_MINUTE,
    VaultText.WAIT_MINUTES,
)
_LOCKED = (
    VaultText.LOCKED_ONE_SECOND,
    VaultText.LOCKED_SECONDS,
    VaultText.LOCKED_ONE_MINUTE,
    VaultText.LOCKED_MINUTES,
)


def _wait(seconds: int, texts: tuple[VaultText, VaultText, VaultText, VaultText]) -> VaultLockedOut:
    one_second, some_seconds, one_minute, some_minutes = texts
    if seconds < 60:
        if seconds == 1:
            return VaultLockedOut(one_second)
        return VaultLockedOut(some_seconds, seconds=seconds)
    minutes = math.ceil(seconds / 60)
    if minutes == 1:
        return VaultLockedOut(one_minute)
    return VaultLockedOut(some_minutes, minutes=minutes)


def waiting(seconds: int) -> VaultLockedOut:
    """Why an attempt is refused now, with the wait in plain words, rounded up."""
    return _wait(seconds, _WAITING)


def locked(seconds: int) -> VaultLockedOut:
    """The answer to the failure that starts a wait."""
    return _wait(seconds, _LOCKED)


def wrong(failures: int, free_attempts: int) -> WrongVaultSecret:
    """The answer to a wrong secret that does not start a wait yet."""
    left = free_attempts - failures
    if left > 1:
        return WrongVaultSecret(VaultText.WRONG_CODE_TRIES_LEFT, tries=left)
    if left == 1:
        return WrongVaultSecret(VaultText.WRONG_CODE_ONE_TRY_LEFT)
    return WrongVaultSecret(VaultText.WRONG_CODE)
