"""The growing delay after wrong vault secrets.

The first `SitePolicy.vault_free_attempts` failures cost nothing but Argon2id's own time.
From then on each failure makes the vault wait: 30 s, then 1 min, 2 min... capped at 1 h.
A success resets the counter. The state lives in the vault row, so quitting the application
does not reset it, and every failure is journalled.
"""

from __future__ import annotations

import datetime as dt
import math

from aidant.storage.models import Vault

FIRST_DELAY_S = 30
MAX_DELAY_S = 3600


def delay_after(failures: int, free_attempts: int) -> int:
    """Seconds to wait after the `failures`-th consecutive failure (0 while still free)."""
    over = failures - free_attempts
    if over < 0:
        return 0
    return int(min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(over, 20)))


def wait_left(vault: Vault, now: dt.datetime) -> int:
    """Whole seconds before the next attempt is accepted (0 if it is accepted now)."""
    if vault.locked_until is None or vault.locked_until <= now:
        return 0
    return math.ceil((vault.locked_until - now).total_seconds())


def _amount(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} seconde{'s' if seconds > 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def wait_sentence(seconds: int) -> str:
    """Why an attempt is refused now, with the wait in plain words, rounded up."""
    return f"Trop d'essais incorrects : attendez {_amount(seconds)} avant de réessayer."


def locked_sentence(seconds: int) -> str:
    """The answer to the failure that starts a wait."""
    return f"Code incorrect, et trop d'essais : attendez {_amount(seconds)} avant de réessayer."


def wrong_sentence(failures: int, free_attempts: int) -> str:
    left = free_attempts - failures
    if left > 1:
        return f"Code incorrect : il reste {left} essais avant une attente."
    if left == 1:
        return "Code incorrect : il reste 1 essai avant une attente."
    return "Code incorrect."
