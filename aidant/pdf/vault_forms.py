"""The usager's vault card and vault recovery sheet (texts in templates/vault_*/fr.toml)."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Circle, Drawing, Rect, String, Wedge
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Spacer, Table, TableStyle

import crypto
from aidant.pdf.document import (
    BODY,
    CODE,
    HEADING,
    PLAIN,
    SMALL,
    TITLE,
    build_pdf,
    paragraph,
    qr_code,
)
from aidant.pdf.fonts import MONO, SANS_BOLD
from aidant.site.clock import to_site_local
from aidant.site.templates import FormTemplate, load_template

CARD_W, CARD_H = 85.6 * mm, 54 * mm
INK = colors.HexColor("#1d3557")
CARD_CODE = ParagraphStyle("card_code", parent=CODE, fontName=MONO, fontSize=11, leading=15)
CARD_TEXT = ParagraphStyle("card_text", parent=BODY, fontSize=10, leading=13)
CARD_SMALL = ParagraphStyle("card_small", parent=BODY, fontSize=7.5, leading=9)
CARD_HEAD = ParagraphStyle("card_head", parent=BODY, fontName=SANS_BOLD, fontSize=12, leading=15)
KEY = ParagraphStyle("key", parent=CODE, fontSize=9.6, leading=13)
COMMAND = ParagraphStyle("command", parent=CODE, fontSize=12, leading=16, backColor="#eeeeee")


# --- pictograms (simple vector shapes: no image files, crisp when printed) -------------------


def _picto_card(size: float = 16 * mm) -> Drawing:
    d = Drawing(size, size)
    d.add(Rect(1, size * 0.2, size - 2, size * 0.6, rx=3, ry=3, fillColor=INK, strokeColor=INK))
    d.add(Rect(size * 0.12, size * 0.32, size * 0.3, size * 0.14, fillColor=colors.white))
    d.add(Rect(size * 0.55, size * 0.3, size * 0.3, size * 0.3, fillColor=colors.white))
    return d


def _picto_keypad(size: float = 16 * mm) -> Drawing:
    d = Drawing(size, size)
    step = size / 3.4
    for row in range(3):
        for col in range(3):
            x, y = size * 0.08 + col * step, size * 0.08 + row * step
            d.add(Rect(x, y, step * 0.8, step * 0.8, rx=2, ry=2, fillColor=INK, strokeColor=INK))
    return d


def _picto_padlock(size: float = 16 * mm) -> Drawing:
    d = Drawing(size, size)
    shackle = Wedge(size / 2, size * 0.5, size * 0.26, 0, 180, strokeColor=INK, strokeWidth=4)
    shackle.fillColor = None
    d.add(shackle)
    d.add(Rect(size * 0.14, size * 0.05, size * 0.72, size * 0.48, rx=3, ry=3, fillColor=INK))
    d.add(Circle(size / 2, size * 0.3, size * 0.07, fillColor=colors.white, strokeColor=None))
    return d


def _picto_warning(size: float = 16 * mm) -> Drawing:
    d = Drawing(size, size)
    d.add(Circle(size / 2, size / 2, size * 0.44, fillColor=colors.HexColor("#e9c46a")))
    d.add(
        String(
            size / 2,
            size * 0.27,
            "!",
            fontName=SANS_BOLD,
            fontSize=size * 0.6,
            textAnchor="middle",
            fillColor=INK,
        )
    )
    return d


def _steps_table(texts: list[str], pictos: list[Drawing]) -> Table:
    rows = [[picto, paragraph(text, PLAIN)] for picto, text in zip(pictos, texts, strict=True)]
    table = Table(rows, colWidths=[22 * mm, 150 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#bbbbbb")),
            ]
        )
    )
    return table


# --- the vault card ---------------------------------------------------------------------------


def _card(owner: str, card_code: str, fingerprint: str, tpl_text: dict[str, str]) -> Table:
    groups = card_code.split("-")
    code_lines = ["-".join(groups[:4]), "-".join(groups[4:])]
    left: list[Flowable] = [
        paragraph(tpl_text["card_heading"], CARD_HEAD),
        paragraph(f"{tpl_text['card_owner']} {owner}", CARD_TEXT),
        Spacer(1, 2 * mm),
        paragraph(tpl_text["card_code_label"], CARD_TEXT),
        *(paragraph(line, CARD_CODE) for line in code_lines),
        Spacer(1, 1 * mm),
        paragraph(f"{tpl_text['card_fingerprint']} {fingerprint}", CARD_SMALL),
    ]
    table = Table(
        [[left, qr_code(card_code, 27)]],
        colWidths=[CARD_W - 31 * mm, 31 * mm],
        rowHeights=[CARD_H],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.black, None, (4, 3)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 4 * mm),
            ]
        )
    )
    return table


def render_vault_card(
    owner: str, card_code: str, created_at: dt.datetime, fingerprint: str
) -> bytes:
    """The vault card page: the card to cut out (code typed + QR, and the short fingerprint of
    the vault's key) and plain instructions."""
    tpl = load_template("vault_card")
    names = ("card_heading", "card_owner", "card_code_label", "card_fingerprint")
    texts = {k: tpl.text(k) for k in names}
    story: list[Flowable] = [
        paragraph(tpl.text("title"), TITLE),
        paragraph(tpl.text("subtitle"), PLAIN),
        Spacer(1, 6 * mm),
        _card(owner, card_code, fingerprint, texts),
        paragraph(tpl.text("cut_here"), SMALL),
        Spacer(1, 8 * mm),
        _steps_table(
            tpl.items("steps"), [_picto_card(), _picto_keypad(), _picto_padlock(), _picto_warning()]
        ),
        Spacer(1, 6 * mm),
        paragraph(tpl.text("typed_code_note"), BODY),
        Spacer(1, 4 * mm),
        paragraph(
            f"Carte faite le {to_site_local(created_at):%d/%m/%Y} — modèle {tpl.version}", SMALL
        ),
    ]
    return build_pdf(story, title=tpl.text("title"), subject=owner, footer=tpl.text("title"))


# --- the recovery sheet -----------------------------------------------------------------------


def _age_steps(tpl: FormTemplate, on_server: bool) -> list[str]:
    steps = list(tpl.items("age_steps"))
    if on_server:
        steps = [tpl.text("age_files_server") if "{vault_id}" in s else s for s in steps]
    return steps


def render_vault_recovery_sheet(
    owner: str,
    vault_id: str,
    identity: crypto.SecretBuffer,
    created_at: dt.datetime,
    *,
    on_server: bool = False,
) -> bytes:
    """The recovery sheet: the vault identity as text and QR, and how to decrypt with `age`
    (the files come from the data folder, or, `on_server`, from the server's administrator).

    reportlab needs the identity as a `str`: those copies cannot be wiped (see SecretBuffer).
    """
    tpl = load_template("vault_recovery")
    key = identity.decode()
    key_table = Table([[paragraph(key, KEY)], [qr_code(key, 45)]], colWidths=[174 * mm])
    key_table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ("ALIGN", (0, 1), (0, 1), "CENTER"),
            ]
        )
    )
    story: list[Flowable] = [
        paragraph(tpl.text("title"), TITLE),
        paragraph(tpl.text("warning"), HEADING),
        paragraph(
            f"Coffre de {owner} — créé le {to_site_local(created_at):%d/%m/%Y} — n° {vault_id}",
            BODY,
        ),
        paragraph(tpl.text("key_label"), HEADING),
        paragraph(tpl.text("key_note"), SMALL),
        key_table,
        paragraph(tpl.text("plain_title"), HEADING),
        *(paragraph(line, PLAIN) for line in tpl.items("plain")),
        paragraph(tpl.text("aidant_title"), HEADING),
        ListFlowable(
            [ListItem(paragraph(s, BODY)) for s in tpl.items("aidant_steps")], bulletType="1"
        ),
        paragraph(tpl.text("age_title"), HEADING),
        ListFlowable(
            [
                ListItem(paragraph(s.replace("{vault_id}", vault_id), BODY))
                for s in _age_steps(tpl, on_server)
            ],
            bulletType="1",
        ),
        Spacer(1, 2 * mm),
        paragraph(tpl.text("age_command"), COMMAND),
    ]
    return build_pdf(
        story,
        title=tpl.text("title"),
        subject=owner,
        footer=f"{owner} — confidentiel — modèle {tpl.version}",
    )
