"""Simple vector pictograms, one per démarche, drawn next to each label on printed forms.

Drawn with reportlab shapes (no image files): they stay sharp when printed and add no bitmap.
Each is a dark figure on a light rounded square, readable in black and white.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Ellipse,
    Line,
    Polygon,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.lib.units import mm

from aidant.pdf.fonts import SANS_BOLD, register_fonts

INK = colors.HexColor("#1f3a5f")
PAPER = colors.HexColor("#e8eef6")
#: Pictograms are drawn on a 100 × 100 grid and scaled to the size asked for.
GRID = 100.0

Painter = Callable[[Drawing], None]


def _papiers(d: Drawing) -> None:  # an identity card
    d.add(Rect(14, 26, 72, 48, rx=5, ry=5, fillColor=colors.white, strokeColor=INK, strokeWidth=5))
    d.add(Circle(34, 52, 8, fillColor=INK, strokeColor=None))
    d.add(Rect(22, 34, 24, 8, fillColor=INK, strokeColor=None))
    for y in (58, 48, 38):
        d.add(Line(54, y, 76, y, strokeColor=INK, strokeWidth=5))


def _famille(d: Drawing) -> None:  # an adult and a child
    d.add(Circle(38, 70, 10, fillColor=INK, strokeColor=None))
    d.add(Rect(26, 22, 24, 38, rx=6, ry=6, fillColor=INK, strokeColor=None))
    d.add(Circle(66, 56, 8, fillColor=INK, strokeColor=None))
    d.add(Rect(57, 22, 18, 26, rx=5, ry=5, fillColor=INK, strokeColor=None))


def _social(d: Drawing) -> None:  # a health cross
    d.add(Rect(40, 18, 20, 64, fillColor=INK, strokeColor=None))
    d.add(Rect(18, 40, 64, 20, fillColor=INK, strokeColor=None))


def _travail(d: Drawing) -> None:  # a briefcase
    d.add(Rect(16, 22, 68, 46, rx=6, ry=6, fillColor=INK, strokeColor=None))
    d.add(Rect(38, 66, 24, 14, rx=4, ry=4, fillColor=None, strokeColor=INK, strokeWidth=5))
    d.add(Line(16, 48, 84, 48, strokeColor=PAPER, strokeWidth=4))


def _logement(d: Drawing) -> None:  # a house
    d.add(Polygon([12, 52, 50, 86, 88, 52], fillColor=INK, strokeColor=None))
    d.add(Rect(22, 16, 56, 38, fillColor=INK, strokeColor=None))
    d.add(Rect(43, 16, 14, 22, fillColor=PAPER, strokeColor=None))


def _transports(d: Drawing) -> None:  # a car
    d.add(Rect(12, 32, 76, 22, rx=6, ry=6, fillColor=INK, strokeColor=None))
    d.add(Polygon([26, 54, 34, 72, 66, 72, 74, 54], fillColor=INK, strokeColor=None))
    for x in (30, 70):
        d.add(Circle(x, 30, 9, fillColor=PAPER, strokeColor=INK, strokeWidth=5))


def _argent(d: Drawing) -> None:  # a euro coin
    d.add(Circle(50, 50, 34, fillColor=INK, strokeColor=None))
    d.add(
        String(50, 35, "€", fontName=SANS_BOLD, fontSize=44, fillColor=PAPER, textAnchor="middle")
    )


def _justice(d: Drawing) -> None:  # scales
    d.add(Line(50, 18, 50, 82, strokeColor=INK, strokeWidth=6))
    d.add(Line(20, 72, 80, 72, strokeColor=INK, strokeWidth=6))
    d.add(Rect(34, 14, 32, 8, fillColor=INK, strokeColor=None))
    for x in (22, 78):
        d.add(Polygon([x - 14, 46, x + 14, 46, x, 68], fillColor=None, strokeColor=INK))
        d.add(Rect(x - 15, 40, 30, 7, fillColor=INK, strokeColor=None))


def _etranger(d: Drawing) -> None:  # a globe
    d.add(Circle(50, 50, 34, fillColor=None, strokeColor=INK, strokeWidth=6))
    d.add(Ellipse(50, 50, 14, 34, fillColor=None, strokeColor=INK, strokeWidth=5))
    d.add(Line(16, 50, 84, 50, strokeColor=INK, strokeWidth=5))


def _loisirs(d: Drawing) -> None:  # a star
    points = [50, 88, 60, 62, 88, 62, 65, 45, 74, 18, 50, 34, 26, 18, 35, 45, 12, 62, 40, 62]
    d.add(Polygon(points, fillColor=INK, strokeColor=None))


PAINTERS: dict[str, Painter] = {
    "papiers": _papiers,
    "famille": _famille,
    "social": _social,
    "travail": _travail,
    "logement": _logement,
    "transports": _transports,
    "argent": _argent,
    "justice": _justice,
    "etranger": _etranger,
    "loisirs": _loisirs,
}


def pictogram(name: str, size_mm: float = 11) -> Drawing:
    """The pictogram `name` as a vector drawing `size_mm` wide (KeyError if unknown)."""
    painter = PAINTERS[name]
    register_fonts()  # the euro sign is text in DejaVu Sans Bold
    side = size_mm * mm
    scale = side / GRID
    drawing = Drawing(side, side, transform=[scale, 0, 0, scale, 0, 0])
    drawing.add(Rect(0, 0, GRID, GRID, rx=14, ry=14, fillColor=PAPER, strokeColor=None))
    painter(drawing)
    return drawing
