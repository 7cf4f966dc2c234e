"""Desk scanners behind one interface, and pages assembled into one PDF, all in memory.

`ScanBackend` (base.py) is the interface. `SaneBackend` (sane.py) drives `scanimage` on Linux;
`WiaBackend` (wia.py) drives WIA through COM on Windows. Both return pages in memory.
"""

from __future__ import annotations

import sys

from aidant.scanning.base import ScanBackend, ScannerDevice, ScannerError
from aidant.scanning.pages import pages_to_pdf
from aidant.scanning.texts import ScanText

__all__ = [
    "ScanBackend",
    "ScanText",
    "ScannerDevice",
    "ScannerError",
    "default_backend",
    "pages_to_pdf",
]


def default_backend() -> ScanBackend | None:
    """SANE on Linux, WIA on Windows; None elsewhere (macOS scanners are not supported)."""
    if sys.platform.startswith("linux"):
        from aidant.scanning.sane import SaneBackend

        return SaneBackend()
    if sys.platform == "win32":
        from aidant.scanning.wia import WiaBackend

        return WiaBackend()
    return None
