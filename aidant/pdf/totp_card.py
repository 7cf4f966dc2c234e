"""The TOTP activation card: a QR code of the otpauth:// URI and the key typed by hand."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

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


def render_totp_card(
    site_name: str,
    agent_name: str,
    login: str,
    uri: str,
    key_text: str,
    printed_at: dt.datetime,
) -> bytes:
    tpl = load_template("totp_card")
    story = [
        paragraph(tpl.text("title"), TITLE),
        paragraph(f"{agent_name} — identifiant « {login} » — {site_name}", BODY),
        printed_on(printed_at),
        Spacer(1, 2 * mm),
        paragraph(tpl.text("warning"), HEADING),
        paragraph(tpl.text("intro"), BODY),
        paragraph(tpl.text("steps_title"), HEADING),
        numbered(tpl.items("steps")),
        Spacer(1, 4 * mm),
        qr_code(uri, 55),
        paragraph(tpl.text("key_label"), HEADING),
        paragraph(key_text, CODE),
        *plain_summary(tpl),
    ]
    return build_pdf(
        story, title=tpl.text("title"), subject=site_name, footer=f"{login} — personnel"
    )
