"""Desk scanners behind one interface, and pages assembled into one PDF, all in memory.

`ScanBackend` is the interface. `SaneBackend` drives `scanimage` (SANE, Linux): the page comes
back on standard output as PNG, so the scan never touches the disk. On Windows,
`aidant.scanning_wia.WiaBackend` drives WIA through COM, in memory too.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import shutil
import subprocess
import sys
from typing import Protocol

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from aidant.errors import FileError

log = logging.getLogger(__name__)

SCAN_TIMEOUT_S = 120
_DEVICE_LINE = re.compile(r"^device `(?P<name>[^']+)' is a (?P<label>.+)$")


class ScannerError(FileError):
    """No scanner, or the scan failed; str() is one French sentence."""


@dataclasses.dataclass(frozen=True)
class ScannerDevice:
    name: str
    label: str


class ScanBackend(Protocol):
    def devices(self) -> list[ScannerDevice]:
        """The scanners connected now (may take a few seconds)."""
        ...

    def scan_page(self, device: ScannerDevice, resolution: int = 200) -> bytes:
        """One page, as PNG bytes in memory."""
        ...


class SaneBackend:
    """`scanimage` from sane-utils."""

    def __init__(self, program: str = "scanimage") -> None:
        self.program = program

    def _run(self, args: list[str], timeout: float) -> bytes:
        path = shutil.which(self.program)
        if path is None:
            raise ScannerError(
                "Aucun scanner n'est utilisable : le programme « scanimage » (paquet sane-utils) "
                "n'est pas installé."
            )
        try:
            done = subprocess.run([path, *args], capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise ScannerError("Le scanner ne répond pas : vérifiez qu'il est allumé.") from None
        if done.returncode != 0:
            log.warning("scanimage failed: %s", done.stderr.decode(errors="replace")[-300:])
            raise ScannerError(
                "La numérisation a échoué : vérifiez le scanner (allumé, capot fermé, feuille "
                "posée) puis recommencez."
            )
        return done.stdout

    def devices(self) -> list[ScannerDevice]:
        out = self._run(["-L"], 30).decode("utf-8", errors="replace")
        found = []
        for line in out.splitlines():
            match = _DEVICE_LINE.match(line.strip())
            if match:
                found.append(ScannerDevice(match["name"], match["label"]))
        return found

    def scan_page(self, device: ScannerDevice, resolution: int = 200) -> bytes:
        data = self._run(
            ["-d", device.name, "--format=png", "--mode", "Color", "--resolution", str(resolution)],
            SCAN_TIMEOUT_S,
        )
        if not data.startswith(b"\x89PNG"):
            raise ScannerError("Le scanner n'a pas renvoyé d'image : recommencez.")
        return data


def default_backend() -> ScanBackend | None:
    """SANE on Linux, WIA on Windows; None elsewhere (macOS scanners are not supported)."""
    if sys.platform.startswith("linux"):
        return SaneBackend()
    if sys.platform == "win32":
        from aidant.scanning_wia import WiaBackend

        return WiaBackend()
    return None


def pages_to_pdf(pages: list[bytes], title: str = "Document numérisé") -> bytes:
    """One PDF with one image page per scanned page or photo, built in memory.

    Each page keeps the picture's proportions, at 200 dpi by default (A4 for a full scan).
    """
    if not pages:
        raise ScannerError("Aucune page à enregistrer.")
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setTitle(title)
    for data in pages:
        try:
            image = ImageReader(io.BytesIO(data))
            width, height = image.getSize()
        except Exception as exc:  # reportlab and PIL raise many types for a bad image
            raise ScannerError("Une page n'est pas une image lisible : refaites-la.") from exc
        points_w, points_h = width * 72 / 200, height * 72 / 200
        pdf.setPageSize((points_w, points_h))
        pdf.drawImage(image, 0, 0, points_w, points_h)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
