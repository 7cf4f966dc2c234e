"""The scanner interface every desk scanner is driven through, and its error."""

from __future__ import annotations

import dataclasses
from typing import Protocol

from aidant.domain.errors import FileError


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
