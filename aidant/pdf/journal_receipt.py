"""The paper receipt of a journal checkpoint: size, head hash, signature, and a QR of it all."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from aidant.journal.statement import CheckpointStatement
from aidant.pdf.document import (
    BODY,
    CODE,
    HEADING,
    PLAIN,
    SMALL,
    TITLE,
    build_pdf,
    numbered,
    paragraph,
    plain_summary,
    qr_code,
)
from aidant.site.clock import to_site_local
from aidant.site.templates import load_template


def _grouped(hex_text: str, per_line: int = 4) -> str:
    groups = [hex_text[i : i + 8] for i in range(0, len(hex_text), 8)]
    return "\n".join(" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


def render_checkpoint_receipt(
    site_name: str, statement: CheckpointStatement, root_fingerprint: str | None = None
) -> bytes:
    tpl = load_template("journal_receipt")
    moment = dt.datetime.strptime(statement.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    story = [
        paragraph(tpl.text("title"), TITLE),
        paragraph(site_name, HEADING),
        paragraph(tpl.text("intro"), BODY),
        Spacer(1, 3 * mm),
    ]
    facts = [
        (tpl.text("size_label"), str(statement.size)),
        (tpl.text("time_label"), f"{to_site_local(moment):%d/%m/%Y à %H:%M:%S} ({statement.at})"),
        (tpl.text("site_label"), statement.site_id),
        (tpl.text("head_label"), _grouped(statement.head_hash)),
        (tpl.text("key_label"), _grouped(statement.public_key)),
        (tpl.text("signature_label"), _grouped(statement.signature)),
    ]
    if root_fingerprint is not None:
        facts.append((tpl.text("root_label"), root_fingerprint))
    rows = [
        [paragraph(label, SMALL), [paragraph(line, CODE) for line in value.splitlines()]]
        for label, value in facts
    ]
    table = Table(rows, colWidths=[45 * mm, 129 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, "#999999"),
            ]
        )
    )
    story += [table, Spacer(1, 4 * mm)]
    steps = numbered(tpl.items("verify_steps"))
    # The steps sit beside the QR code: the receipt must stay on one page to be filed.
    qr = Table(
        [[qr_code(statement.to_json(), 40), [paragraph(tpl.text("verify_title"), HEADING), steps]]],
        colWidths=[46 * mm, 128 * mm],
    )
    qr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [
        qr,
        paragraph(tpl.text("sign_title"), HEADING),
    ]
    story += [paragraph(field, PLAIN) for field in tpl.items("sign_fields")]
    story += plain_summary(tpl, BODY)
    return build_pdf(
        story,
        title=tpl.text("title"),
        subject=site_name,
        footer=f"{site_name} — journal, {statement.size} entrées",
    )
