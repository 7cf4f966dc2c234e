"""The site recovery sheet: the database and signing keys, as text and QR codes."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from aidant.pdf.document import (
    BODY,
    CODE,
    HEADING,
    TITLE,
    build_pdf,
    numbered,
    paragraph,
    plain_summary,
    printed_on,
    qr_code,
)
from aidant.site.templates import load_template


def group_hex(secret: bytes | bytearray, group: int = 4) -> str:
    """Hex in groups of four, eight groups a line: easy to read out and to type back."""
    text = bytes(secret).hex()
    groups = [text[i : i + group] for i in range(0, len(text), group)]
    return "\n".join(" ".join(groups[i : i + 8]) for i in range(0, len(groups), 8))


def render_site_recovery_sheet(
    site_name: str,
    site_id: str,
    database_key: bytes | bytearray,
    signing_key: bytes | bytearray,
    printed_at: dt.datetime,
    root_fingerprint: str | None = None,
) -> bytes:
    tpl = load_template("site_recovery")
    story = [
        paragraph(tpl.text("title"), TITLE),
        paragraph(f"{site_name} — identifiant du site {site_id}", BODY),
        printed_on(printed_at),
        Spacer(1, 3 * mm),
        paragraph(tpl.text("warning"), HEADING),
        paragraph(tpl.text("intro"), BODY),
    ]
    for label_key, secret, prefix in (
        ("database_key_label", database_key, "AIDANT-DBKEY:"),
        ("signing_key_label", signing_key, "AIDANT-SIGNKEY:"),
    ):
        code_lines = [paragraph(line, CODE) for line in group_hex(secret).splitlines()]
        table = Table(
            [[code_lines, qr_code(prefix + bytes(secret).hex(), 32)]],
            colWidths=[120 * mm, 40 * mm],
        )
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story += [paragraph(tpl.text(label_key), HEADING), table]
    if root_fingerprint is not None:
        story += [paragraph(tpl.text("root_label"), HEADING), paragraph(root_fingerprint, CODE)]
    story += [
        paragraph(tpl.text("restore_title"), HEADING),
        numbered(tpl.items("restore_steps")),
        *plain_summary(tpl),
    ]
    return build_pdf(
        story, title=tpl.text("title"), subject=site_name, footer=f"{site_name} — confidentiel"
    )
