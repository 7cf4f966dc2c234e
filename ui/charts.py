"""A horizontal bar chart drawn with QPainter: labels on the left, counts at the bar's end.

Colours come from the palette, so it follows the high-contrast mode; the figures are also
given as text (accessible description), since a chart alone says nothing to a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 30


class BarChart(QWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self._rows = rows
        self.setMinimumHeight(max(1, len(rows)) * ROW + 8)
        self.setAccessibleDescription(
            "; ".join(self.tr("{label} : {n}").format(label=label, n=n) for label, n in rows)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        top = max((n for _, n in self._rows), default=0) or 1
        label_width = self.width() * 0.38
        room = self.width() - label_width - 60
        for i, (label, count) in enumerate(self._rows):
            y = 4 + i * ROW
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width - 8, ROW - 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            width = room * count / top
            painter.fillRect(QRectF(label_width, y + 3, width, ROW - 12), bar)
            painter.drawText(
                QRectF(label_width + width + 6, y, 54, ROW - 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
        painter.end()
