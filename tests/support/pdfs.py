"""Reading printed forms as a person with a phone would: render the PDF, decode its QR codes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image


def qr_codes(pdf: bytes, folder: Path, *, first_page_only: bool = False) -> list[str]:
    """Render `pdf` at 150 dpi with pdftoppm (as a printer would) and return the text of every
    QR code zxing-cpp finds, page by page."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "form.pdf"
    source.write_bytes(pdf)
    pages = ["-f", "1", "-l", "1"] if first_page_only else []
    subprocess.run(
        ["pdftoppm", "-r", "150", *pages, "-png", str(source), str(folder / "page")], check=True
    )
    found: list[str] = []
    for png in sorted(folder.glob("page*.png")):
        with Image.open(png) as image:
            # QR codes only: text and tick boxes can pass for a one-dimensional barcode.
            codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            found += [code.text for code in codes]
    return found
