"""Desk scanners on Linux: SANE's `scanimage`, whose page comes back on standard output as PNG,
so the scan never touches the disk."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess

from aidant.scanning.base import ScannerDevice, ScannerError
from aidant.scanning.texts import ScanText

log = logging.getLogger(__name__)

SCAN_TIMEOUT_S = 120
_DEVICE_LINE = re.compile(r"^device `(?P<name>[^']+)' is a (?P<label>.+)$")


class SaneBackend:
    """`scanimage` from sane-utils."""

    def __init__(self, program: str = "scanimage") -> None:
        self.program = program

    def _run(self, args: list[str], timeout: float) -> bytes:
        path = shutil.which(self.program)
        if path is None:
            raise ScannerError(ScanText.NO_SCANIMAGE)
        try:
            done = subprocess.run([path, *args], capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise ScannerError(ScanText.NOT_RESPONDING) from None
        if done.returncode != 0:
            log.warning("scanimage failed: %s", done.stderr.decode(errors="replace")[-300:])
            raise ScannerError(ScanText.SCAN_FAILED)
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
            raise ScannerError(ScanText.NO_IMAGE)
        return data
