"""Pieces shared by the mandate forms: dates, identity tables, signature boxes, démarche rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib

from reportlab.graphics.shapes import Drawing, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from aidant.domain.demarches import DEMARCHES, Demarche
from aidant.pdf.document import BODY, SMALL, escape
from aidant.pdf.pictograms import pictogram
from aidant.site.clock import to_site_local
from aidant.site.templates import FormTemplate

WIDTH = 174 * mm  # A4 minus the 18 mm margins of build_pdf
GRID_COLOUR = colors.HexColor("#7a869a")
TICKED = ParagraphStyle("ticked", parent=BODY, fontSize=10, leading=12)


@dataclasses.dataclass(frozen=True)
class Person:
    """Identity as printed on a form."""

    family_name: str
    given_names: str
    birth_date: dt.date | None = None
    birth_place: str | None = None
    phone: str | None = None
    email: str | None = None
    relationship: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name.upper()}"


def template_from_source(form: str, source: str) -> FormTemplate:
    """The template a mandate was made with, from the text stored with it."""
    fields = tomllib.loads(source)
    return FormTemplate(
        form, str(fields.get("language", "fr")), str(fields["version"]), source, fields
    )


def local_date(when: dt.datetime) -> str:
    return f"{to_site_local(when):%d/%m/%Y}"


def local_datetime(when: dt.datetime) -> str:
    return f"{to_site_local(when):%d/%m/%Y à %H:%M}"


def cell(text: str, style: ParagraphStyle = BODY, bold: bool = False) -> Paragraph:
    body = f"<b>{escape(text)}</b>" if bold else escape(text)
    return Paragraph(body, style)


def identity_table(person: Person, with_birth: bool = True) -> Table:
    rows = [("Nom", person.family_name.upper()), ("Prénoms", person.given_names)]
    if with_birth:
        rows += [
            ("Né(e) le", f"{person.birth_date:%d/%m/%Y}" if person.birth_date else "—"),
            ("À", person.birth_place or "—"),
        ]
    if person.relationship:
        rows.append(("Lien avec le mandant", person.relationship))
    if person.phone:
        rows.append(("Téléphone", person.phone))
    if person.email:
        rows.append(("Courriel", person.email))
    return boxed([[cell(k, SMALL), cell(v, bold=True)] for k, v in rows], [45 * mm, 129 * mm])


def identity_grid(person: Person, with_birth: bool = True) -> Table:
    """A person's identity in two pairs of columns (a one-page form has no room for more)."""
    pairs = [("Nom", person.family_name.upper()), ("Prénoms", person.given_names)]
    if with_birth:
        born = f"{person.birth_date:%d/%m/%Y}" if person.birth_date else "—"
        pairs += [("Né(e) le", born), ("À", person.birth_place or "—")]
    if person.relationship:
        pairs.append(("Lien", person.relationship))
    if person.phone:
        pairs.append(("Téléphone", person.phone))
    if person.email:
        pairs.append(("Courriel", person.email))
    if len(pairs) % 2:
        pairs.append(("", ""))
    rows: list[list[Flowable | str]] = [
        [cell(a, SMALL), cell(b, bold=True), cell(c, SMALL), cell(d, bold=True)]
        for (a, b), (c, d) in zip(pairs[::2], pairs[1::2], strict=True)
    ]
    table = boxed(rows, [22 * mm, WIDTH / 2 - 22 * mm, 22 * mm, WIDTH / 2 - 22 * mm])
    table.setStyle(
        TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    )
    return table


def boxed(
    rows: list[list[Flowable | str]], widths: list[float], row_height: float | None = None
) -> Table:
    heights = None if row_height is None else [row_height] * len(rows)
    table = Table(rows, colWidths=widths, rowHeights=heights)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, GRID_COLOUR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def demarche_rows(demarches: list[str], with_plain: bool = True) -> Table:
    """One row per démarche: its pictogram, its label in bold, and its plain description."""
    rows: list[list[Flowable | str]] = []
    for value in demarches:
        info = DEMARCHES[Demarche(value)]
        text = f"<b>{escape(info.label)}</b>"
        if with_plain:
            text += f"<br/><font size='9.5'>{escape(info.plain)}</font>"
        rows.append([pictogram(info.pictogram, 11), Paragraph(text, BODY)])
    return boxed(rows, [16 * mm, WIDTH - 16 * mm])


def check_box(ticked: bool, size_mm: float = 5) -> Drawing:
    """A printed check box (a square frame), with a tick drawn in it when `ticked`."""
    side = size_mm * mm
    box = Drawing(side, side)
    box.add(Rect(0.5, 0.5, side - 1, side - 1, fillColor=colors.white, strokeColor=colors.black))
    if ticked:
        tick = [0.2, 0.5, 0.42, 0.22, 0.82, 0.8]
        box.add(PolyLine([v * side for v in tick], strokeColor=colors.black, strokeWidth=1.6))
    return box


def ticked_demarches(demarches: list[str], columns: int = 2, *, ticked: bool = True) -> Table:
    """The chosen démarches, each with a ticked box (what « les démarches cochées » of the legal
    text refers to; no box when not `ticked`), its pictogram and its label, in columns."""
    width = WIDTH / columns
    lines = (len(demarches) + columns - 1) // columns
    cells: list[list[Flowable | str]] = [[] for _ in range(lines)]
    for i, value in enumerate(demarches):
        info = DEMARCHES[Demarche(value)]
        cells[i // columns] += [
            check_box(True, 4) if ticked else "",
            pictogram(info.pictogram, 6),
            Paragraph(f"<b>{escape(info.label)}</b>", TICKED),
        ]
    for row in cells:
        row += [""] * (3 * columns - len(row))
    box = 6 * mm if ticked else 0.1 * mm
    widths = [box, 8 * mm, width - 8 * mm - box] * columns
    table = Table(cells, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def signature_boxes(labels: list[str], height_mm: float = 30) -> Table:
    """Empty framed boxes, side by side, each captioned, for handwritten signatures."""
    width = WIDTH / len(labels)
    table = Table(
        [[cell(label, SMALL) for label in labels], ["" for _ in labels]],
        colWidths=[width] * len(labels),
        rowHeights=[None, height_mm * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
