"""What changing the site's policy says when it refuses.

Member name: the stable code; value: the French sentence with `{named}` fields
(see `aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class PolicyText(Text):
    UNKNOWN_SETTING = "Réglage inconnu « {key} »."
