"""The activity report (or anonymous statistics) as a PDF with bar charts."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from aidant.pdf.document import BODY, HEADING, SMALL, TITLE, build_pdf, paragraph, plain_summary
from aidant.pdf.fonts import SANS
from aidant.site.templates import load_template

Value = int | None
BAR = colors.HexColor("#000091")  # the French State's blue


def _shown(value: Value, note: str = "") -> str:
    text = "masqué" if value is None else f"{value:,}".replace(",", "\u202f")
    return f"{text} ({note})" if note else text


def bar_chart(values: Mapping[str, Value], width: float = 170 * mm) -> Drawing:
    """Horizontal bars, one per label, longest first; masked values are drawn as zero."""
    items = list(values.items())[:15]
    height = 10 * mm + 7 * mm * max(len(items), 1)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 4 * mm
    chart.width, chart.height = width - 72 * mm, height - 8 * mm
    chart.data = [[v or 0 for _, v in reversed(items)] or [0]]
    chart.categoryAxis.categoryNames = [label[:38] for label, _ in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    # Counts are whole numbers: whole-number ticks, about five of them.
    top = max([v or 0 for _, v in items] + [1])
    chart.valueAxis.valueStep = max(1, math.ceil(top / 5))
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * math.ceil(
        top / chart.valueAxis.valueStep
    )
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def render_activity_pdf(
    *,
    site_name: str,
    period_label: str,
    counts: Sequence[tuple[str, Value, str]],
    sections: Sequence[tuple[str, Mapping[str, Value]]],
    anonymous: bool,
) -> bytes:
    """`counts`: (label, value, note); `sections`: (title, label → value) drawn as charts."""
    tpl = load_template("activity_report")
    title = tpl.text("title_anonymous" if anonymous else "title")
    story: list[Flowable] = [
        paragraph(title, TITLE),
        paragraph(f"{site_name} — période {period_label}", HEADING),
    ]
    if anonymous:
        story.append(paragraph(tpl.text("anonymous_note"), SMALL))
    table = Table(
        [[paragraph(label, BODY), paragraph(_shown(v, note), BODY)] for label, v, note in counts],
        colWidths=[95 * mm, 75 * mm],
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999"))]))
    story += [paragraph(tpl.text("counts_title"), HEADING), table]
    for section_title, values in sections:
        if not values:
            continue
        story.append(
            KeepTogether(
                [
                    paragraph(section_title, HEADING),
                    bar_chart(values),
                    paragraph(" · ".join(f"{k} : {_shown(v)}" for k, v in values.items()), SMALL),
                ]
            )
        )
    story += [Spacer(1, 3 * mm), paragraph(tpl.text("definitions_title"), HEADING)]
    story += [paragraph(line, SMALL) for line in tpl.items("definitions")]
    story += plain_summary(tpl, BODY)
    return build_pdf(story, title=title, subject=site_name, footer=f"{title} — {period_label}")
