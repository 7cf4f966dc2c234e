"""What the domain's own rules say when they refuse (roles).

Member name: the stable code; value: the French sentence with `{named}` fields
(see `aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class DomainText(Text):
    MANAGER_ONLY = "Seul un responsable du site peut faire cela."
    AGENT_ONLY = "Seul un agent connecté peut faire cela."
