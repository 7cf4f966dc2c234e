"""A sentence catalogue for tests that need an error of their own (never shown to anyone)."""

from __future__ import annotations

from aidant.domain.errors import Text


class SampleText(Text):
    REFUSED = "Non."
    CANNOT_CLOSE = "Impossible de fermer la fenêtre d'impression."
