"""Pictograms (ui/icons/*.svg): one per démarche, and a few for the main actions."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtGui import QIcon

from aidant.domain.demarches import DEMARCHES, Demarche


@functools.cache
def icon(name: str) -> QIcon:
    """The pictogram `name` (file ui/icons/<name>.svg, also found in a frozen app)."""
    path = resources.files("ui") / "icons" / f"{name}.svg"
    with resources.as_file(path) as real:
        if not real.exists():
            raise KeyError(f"no pictogram named {name!r}")
        return QIcon(str(real))


def demarche_icon(demarche: Demarche) -> QIcon:
    return icon(DEMARCHES[demarche].pictogram)
