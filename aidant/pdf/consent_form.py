"""The consent form of a mandate: identity, holder, démarches, dates, legal text, signatures,
a plain-language summary page, and a QR code with the verification code.

Rendered from the template text stored with the mandate, so a reprint says exactly what was
agreed, even after the template has a newer version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from aidant.domain.enums import HolderKind, MandateDuration
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
from aidant.pdf.fonts import SANS_BOLD
from aidant.pdf.forms_common import (
    WIDTH,
    Person,
    cell,
    demarche_rows,
    identity_table,
    local_date,
    local_datetime,
    signature_boxes,
    template_from_source,
)

DRAFT_BANNER = ParagraphStyle(
    "draft", parent=BODY, fontName=SANS_BOLD, fontSize=15, leading=20, textColor=colors.white
)
BIG_CODE = ParagraphStyle("bigcode", parent=CODE, fontSize=16, leading=22)
# The legal sections are long: a little smaller, so that they and the signatures share a page
# (the plain-language page carries the message in large type).
LEGAL = ParagraphStyle("legal", parent=BODY, fontSize=10, leading=13.5)
LEGAL_HEADING = ParagraphStyle(
    "legal_heading", parent=HEADING, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=2
)
PLAIN_ITEM = ParagraphStyle("plain_item", parent=PLAIN, spaceAfter=6)


@dataclasses.dataclass(frozen=True)
class ConsentFormData:
    """Everything the form prints; gathered by aidant.mandates.forms from the database."""

    site_name: str
    mandant: Person
    holder_kind: HolderKind
    proche: Person | None
    agent_name: str
    demarches: list[str]
    duration: MandateDuration
    starts_at: dt.datetime
    expires_at: dt.datetime
    draft: bool
    verification_code: str
    content_hash: str
    qr_payload: str
    template_source: str


def _period(data: ConsentFormData, durations: dict[str, str]) -> str:
    label = durations[data.duration.value]
    if data.duration is MandateDuration.DAY:
        end = local_datetime(data.expires_at)
        return f"Le {local_date(data.starts_at)}, {label} : jusqu'au {end}."
    return f"Du {local_datetime(data.starts_at)} au {local_datetime(data.expires_at)} ({label})."


def _header(data: ConsentFormData) -> Table:
    left = [
        paragraph(data.site_name, HEADING),
        paragraph("Code de vérification :", SMALL),
        paragraph(data.verification_code, BIG_CODE),
    ]
    table = Table([[left, qr_code(data.qr_payload, 30)]], colWidths=[WIDTH - 34 * mm, 34 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _draft_banner(text: str) -> Table:
    banner = Table([[paragraph(text, DRAFT_BANNER)]], colWidths=[WIDTH])
    banner.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#a11d1d")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return banner


def render_consent_form(data: ConsentFormData) -> bytes:
    tpl = template_from_source("consent", data.template_source)
    story: list[Flowable] = [paragraph(tpl.text("title"), TITLE)]
    if data.draft:
        story += [_draft_banner(tpl.text("draft_mark")), paragraph(tpl.text("draft_note"), SMALL)]
    story += [_header(data), paragraph(tpl.text("mandant_heading"), HEADING)]
    story.append(identity_table(data.mandant))
    story.append(paragraph(tpl.text("holder_heading"), HEADING))
    if data.holder_kind is HolderKind.SITE or data.proche is None:
        story += [
            paragraph(tpl.text("holder_site"), BODY),
            paragraph(data.site_name, HEADING),
            paragraph(f"Mandat ouvert par : {data.agent_name}", SMALL),
        ]
    else:
        story += [
            paragraph(tpl.text("holder_proche"), BODY),
            identity_table(data.proche, with_birth=False),
            paragraph(f"Agent témoin : {data.agent_name}, {data.site_name}", SMALL),
        ]
    story += [
        paragraph(tpl.text("demarches_heading"), HEADING),
        paragraph(tpl.text("demarches_intro"), BODY),
        Spacer(1, 2 * mm),
        demarche_rows(data.demarches),
        paragraph(tpl.text("duration_heading"), HEADING),
        paragraph(_period(data, tpl.fields["durations"]), BODY),
    ]
    for number, section in enumerate(tpl.fields["legal"], start=5):
        story.append(
            KeepTogether(
                [
                    paragraph(f"{number}. {section['title']}", LEGAL_HEADING),
                    paragraph(" ".join(str(section["text"]).split()), LEGAL),
                ]
            )
        )
    if data.holder_kind is HolderKind.PROCHE:
        labels = ["signature_mandant", "signature_proche", "signature_witness"]
    else:
        labels = ["signature_mandant", "signature_site"]
    story.append(
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                paragraph(tpl.text("place_date").format(date=local_date(data.starts_at)), BODY),
                Spacer(1, 2 * mm),
                signature_boxes([tpl.text(k) for k in labels]),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                paragraph(tpl.text("verification_heading"), LEGAL_HEADING),
                paragraph(tpl.text("verification_text"), SMALL),
                paragraph(
                    f"Code : {data.verification_code} — texte du mandat : version {tpl.version}",
                    SMALL,
                ),
                paragraph(f"Empreinte (SHA-256) : {data.content_hash}", SMALL),
            ]
        )
    )
    story += _plain_page(data, tpl.text("plain_title"), tpl.items("plain"))
    footer = f"Mandat {data.verification_code} — modèle {tpl.version}"
    return build_pdf(
        story,
        title=tpl.text("title"),
        subject=f"Mandat {data.verification_code}",
        lang=str(tpl.fields.get("language", "fr-FR")),
        footer=footer,
        watermark=tpl.text("draft_mark") if data.draft else "",
    )


def _plain_page(data: ConsentFormData, title: str, lines: list[str]) -> list[Flowable]:
    who = data.site_name if data.proche is None else data.proche.display_name
    story: list[Flowable] = [
        PageBreak(),
        paragraph(title, TITLE),
        paragraph(f"Vous : {data.mandant.display_name}", PLAIN),
        paragraph(f"Qui peut vous aider : {who}", PLAIN),
        paragraph(f"Jusqu'au : {local_datetime(data.expires_at)}", PLAIN),
        Spacer(1, 3 * mm),
        paragraph("Pour :", PLAIN),
        demarche_rows(data.demarches, with_plain=False),
        Spacer(1, 4 * mm),
    ]
    story += [cell(f"• {line}", PLAIN_ITEM) for line in lines]
    story += [
        Spacer(1, 6 * mm),
        paragraph("Pour vérifier ce mandat, donnez ce code :", PLAIN),
        paragraph(data.verification_code, BIG_CODE),
    ]
    return story
