"""The SANE scanner backend against a stand-in `scanimage`, and pages assembled into a PDF."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from aidant.scanning import ScannerDevice, ScannerError, pages_to_pdf
from aidant.scanning.sane import SaneBackend
from aidant.setup.demo_vault import _fake_png

FAKE = """#!/bin/sh
if [ "$1" = "-L" ]; then
  echo "device \\`genesys:libusb:001:004' is a Canon LiDE 220 flatbed scanner"
  exit 0
fi
cat "{png}"
"""


@pytest.fixture
def fake_scanimage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    png = tmp_path / "page.png"
    png.write_bytes(_fake_png(160, 220))
    script = tmp_path / "bin" / "scanimage"
    script.parent.mkdir()
    script.write_text(FAKE.format(png=png))
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{script.parent}{os.pathsep}{os.environ['PATH']}")
    return png


def test_lists_devices_and_scans_a_page_in_memory(fake_scanimage: Path) -> None:
    backend = SaneBackend()
    (device,) = backend.devices()
    assert device == ScannerDevice("genesys:libusb:001:004", "Canon LiDE 220 flatbed scanner")
    assert backend.scan_page(device) == fake_scanimage.read_bytes()


def test_missing_scanimage_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(ScannerError, match="scanimage"):
        SaneBackend().devices()


def test_pages_make_one_pdf_with_one_page_each(tmp_path: Path) -> None:
    pdf = pages_to_pdf([_fake_png(160, 220), _fake_png(200, 100)])
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+2$", info.stdout, re.MULTILINE)


def test_a_bad_page_is_refused_in_one_sentence() -> None:
    with pytest.raises(ScannerError, match="image lisible"):
        pages_to_pdf([b"not an image"])
