"""The kinds and states the domain speaks of: roles, mandate holders and durations, consent
answers, vault key slots. The store saves them as their string values."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    AGENT = "agent"
    MANAGER = "manager"


class HolderKind(enum.StrEnum):
    """Who a mandate is given to: the whole site, or one named proche."""

    SITE = "site"
    PROCHE = "proche"


class MandateDuration(enum.StrEnum):
    DAY = "day"  # until the end of the day
    MONTH = "month"  # 31 days
    SEMESTER = "semester"  # 182 days
    YEAR = "year"  # 365 days


class ConsentAnswer(enum.StrEnum):
    PENDING = "pending"
    GIVEN = "given"
    REFUSED = "refused"


class SlotKind(enum.StrEnum):
    CARD_PIN = "card_pin"
    PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a password


class EndReason(enum.StrEnum):
    """Why a session ended (journalled as a code)."""

    LOGOUT = "logout"
    IDLE = "idle"
    SCREEN_LOCK = "screen_lock"
    QUIT = "quit"
    #: A usager session ends with the agent session it was opened in.
    PARENT_ENDED = "parent_ended"
