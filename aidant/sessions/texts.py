"""What a session's end reports when a step of it fails.

Member name: the stable code; value: the French sentence with `{named}` fields
(see `aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class SessionText(Text):
    WIPE_PLAN_FAILED = "Le plan d'effacement n'a pas pu s'exécuter."
