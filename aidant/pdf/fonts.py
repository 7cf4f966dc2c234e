"""DejaVu Sans, embedded: full French accents and the narrow no-break space (U+202F)."""

from __future__ import annotations

import functools
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"


@functools.cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled fonts with reportlab once; return their names."""
    folder = resources.files("aidant") / "fonts"
    for name in (SANS, SANS_BOLD, MONO):
        with resources.as_file(folder / f"{name}.ttf") as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # Paragraph markup (<b>) needs each family's bold/italic variants mapped; DejaVu Sans has
    # no italic here, so italic maps to the upright face.
    for family, bold in ((SANS, SANS_BOLD), (SANS_BOLD, SANS_BOLD), (MONO, MONO)):
        regular = family
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, regular)
        addMapping(family, 1, 1, bold)
    return (SANS, SANS_BOLD, MONO)
