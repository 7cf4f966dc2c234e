"""The audit extract of the journal as a PDF table."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Spacer, TableStyle

from aidant.pdf.document import BODY, SMALL, TITLE, build_pdf, paragraph

CELL = ParagraphStyle("cell", parent=SMALL, fontSize=7.5, leading=9.5)
WIDTHS = [12 * mm, 27 * mm, 35 * mm, 30 * mm, 30 * mm, 20 * mm, 20 * mm]


def render_audit_pdf(headers: Sequence[str], rows: Sequence[Sequence[object]], scope: str) -> bytes:
    data = [[paragraph(h, CELL) for h in headers]]
    data += [[paragraph(str(v), CELL) for v in row] for row in rows]
    table = LongTable(data, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#aaaaaa")),
            ]
        )
    )
    story = [
        paragraph("Extrait du journal du site", TITLE),
        paragraph(f"Filtre : {scope} — {len(rows)} entrées.", BODY),
        Spacer(1, 3 * mm),
        table,
    ]
    return build_pdf(story, title="Extrait du journal", footer="Extrait du journal — confidentiel")
