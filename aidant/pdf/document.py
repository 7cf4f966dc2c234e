"""Building blocks shared by every printed form: styles, QR codes, document assembly.

Forms are rendered in memory (bytes) and are real text: they can be searched, read aloud and
extracted by software. Every document is tagged `/Lang (fr-FR)` (or the template's language).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from aidant import __version__
from aidant.pdf.fonts import MONO, SANS, SANS_BOLD, register_fonts
from aidant.site.clock import to_site_local
from aidant.site.templates import FormTemplate

# Styles name the fonts, and reportlab resolves them when a Paragraph is made: register first.
register_fonts()

# Large, plain type: many readers are elderly or read with difficulty.
BODY = ParagraphStyle("body", fontName=SANS, fontSize=11.5, leading=16, alignment=TA_LEFT)
SMALL = ParagraphStyle(
    "small", parent=BODY, fontSize=9, leading=12, textColor=colors.HexColor("#333333")
)
TITLE = ParagraphStyle(
    "title", parent=BODY, fontName=SANS_BOLD, fontSize=20, leading=26, spaceAfter=8
)
HEADING = ParagraphStyle(
    "heading",
    parent=BODY,
    fontName=SANS_BOLD,
    fontSize=13.5,
    leading=18,
    spaceBefore=10,
    spaceAfter=4,
)
CODE = ParagraphStyle("code", parent=BODY, fontName=MONO, fontSize=11, leading=15)
PLAIN = ParagraphStyle("plain", parent=BODY, fontSize=14, leading=20)


def qr_code(data: str, size_mm: float = 35) -> Drawing:
    """A vector QR code (reportlab's own widget, error correction M)."""
    widget = QrCodeWidget(data, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    side = size_mm * mm
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def escape(text: str) -> str:
    """Escape text for a reportlab Paragraph (which reads a small XML dialect)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraph(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text), style)


def numbered(steps: Sequence[str], style: ParagraphStyle = BODY) -> ListFlowable:
    """Steps as a numbered list (instructions a person follows one by one)."""
    return ListFlowable([ListItem(paragraph(step, style)) for step in steps], bulletType="1")


def printed_on(when: dt.datetime) -> Paragraph:
    return paragraph(f"Imprimée le {to_site_local(when):%d/%m/%Y à %H:%M}", BODY)


def plain_summary(tpl: FormTemplate, style: ParagraphStyle = PLAIN) -> list[Flowable]:
    """The plain-language summary that ends a form, then the template version printed."""
    return [
        paragraph(tpl.text("plain_title"), HEADING),
        *(paragraph(line, style) for line in tpl.items("plain")),
        paragraph(f"Modèle {tpl.version}", SMALL),
    ]


def build_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    subject: str = "",
    lang: str = "fr-FR",
    footer: str = "",
    watermark: str = "",
) -> bytes:
    """Lay out `story` on A4 pages and return the PDF bytes (nothing is written to disk).

    `watermark`, if given, is printed across every page (e.g. a draft's "PROJET" mark), so that
    no single page of a draft can pass for a final document.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        subject=subject,
        author="Aidant",
        creator=f"Aidant {__version__}",
        lang=lang,
    )

    def _footer(canvas: object, document: SimpleDocTemplate) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(SANS, 8)  # type: ignore[attr-defined]
        text = f"{footer} — page {document.page}" if footer else f"page {document.page}"
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, text)  # type: ignore[attr-defined]
        if watermark:
            canvas.setFont(SANS_BOLD, 34)  # type: ignore[attr-defined]
            canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.18))  # type: ignore[attr-defined]
            canvas.translate(A4[0] / 2, A4[1] / 2)  # type: ignore[attr-defined]
            canvas.rotate(50)  # type: ignore[attr-defined]
            canvas.drawCentredString(0, 0, watermark)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc.build(list(story), onFirstPage=_footer, onLaterPages=_footer)
    return buffer.getvalue()


def sample_pdf() -> bytes:
    """A one-page PDF with accents and a narrow no-break space (used by the self-test)."""
    return build_pdf(
        [
            paragraph("Éléonore Ærø — « test » : 12\u202f%", TITLE),
            Spacer(1, 4 * mm),
            qr_code("AIDANT-SELF-TEST", 20),
        ],
        title="Aidant self-test",
    )
