"""Scanned pages or photos assembled into one PDF, in memory."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from aidant.scanning.base import ScannerError
from aidant.scanning.texts import ScanText


def pages_to_pdf(pages: list[bytes], title: str = "Document numérisé") -> bytes:
    """One PDF with one image page per scanned page or photo, built in memory.

    Each page keeps the picture's proportions, at 200 dpi by default (A4 for a full scan).
    """
    if not pages:
        raise ScannerError(ScanText.NO_PAGES)
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setTitle(title)
    for data in pages:
        try:
            image = ImageReader(io.BytesIO(data))
            width, height = image.getSize()
        except Exception as exc:  # reportlab and PIL raise many types for a bad image
            raise ScannerError(ScanText.UNREADABLE_PAGE) from exc
        points_w, points_h = width * 72 / 200, height * 72 / 200
        pdf.setPageSize((points_w, points_h))
        pdf.drawImage(image, 0, 0, points_w, points_h)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
