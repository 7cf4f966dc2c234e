"""The consent form of a mandate on one page: a plain summary, identity, holder, the démarches
with ticked boxes, dates, legal text, signatures, and a QR code with the verification code.

Rendered from the template text stored with the mandate, so a reprint says exactly what was
agreed, even after the template has a newer version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from aidant.domain.enums import HolderKind, MandateDuration
from aidant.pdf.document import (
    BODY,
    CODE,
    HEADING,
    PLAIN,
    SMALL,
    TITLE,
    build_pdf,
    escape,
    paragraph,
    qr_code,
)
from aidant.pdf.fonts import SANS_BOLD
from aidant.pdf.forms_common import (
    WIDTH,
    Person,
    cell,
    demarche_rows,
    identity_grid,
    local_date,
    local_datetime,
    signature_boxes,
    template_from_source,
    ticked_demarches,
)

DRAFT_BANNER = ParagraphStyle(
    "draft", parent=BODY, fontName=SANS_BOLD, fontSize=15, leading=20, textColor=colors.white
)
BIG_CODE = ParagraphStyle("bigcode", parent=CODE, fontSize=14, leading=19)
# The whole form fits one page (the people it is for asked for one page): the legal text is
# smaller than the rest, which keeps the large type where the person reads what they agree to.
LEGAL = ParagraphStyle("legal", parent=BODY, fontSize=8, leading=9.8, spaceAfter=1)
SECTION = ParagraphStyle(
    "section", parent=HEADING, fontSize=12, leading=15, spaceBefore=3, spaceAfter=1
)
FINE = ParagraphStyle("fine", parent=SMALL, fontSize=6.5, leading=8)
FORM_TITLE = ParagraphStyle("form_title", parent=TITLE, fontSize=17, leading=21, spaceAfter=4)
BRIEF = ParagraphStyle("brief", parent=PLAIN, fontSize=11.5, leading=15, spaceBefore=3)
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
    # The label is not wrapped in parentheses: some labels hold their own.
    return f"Du {local_datetime(data.starts_at)} au {local_datetime(data.expires_at)}, {label}."


def _header(data: ConsentFormData, brief: str) -> Table:
    left: list[Flowable] = [
        paragraph(data.site_name, HEADING),
        paragraph(f"Code de vérification : {data.verification_code}", CODE),
    ]
    if brief:
        left.append(paragraph(brief, BRIEF))
    table = Table([[left, qr_code(data.qr_payload, 25)]], colWidths=[WIDTH - 28 * mm, 28 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _draft_banner(text: str) -> Table:
    banner = Table([[paragraph(text, DRAFT_BANNER)]], colWidths=[WIDTH])
    banner.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#a11d1d")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return banner


def render_consent_form(data: ConsentFormData) -> bytes:
    tpl = template_from_source("consent", data.template_source)
    brief = tpl.text("brief") if "brief" in tpl.fields else ""
    story: list[Flowable] = [paragraph(tpl.text("title"), FORM_TITLE if brief else TITLE)]
    if data.draft:
        story += [_draft_banner(tpl.text("draft_mark")), paragraph(tpl.text("draft_note"), SMALL)]
    story += [_header(data, brief), paragraph(tpl.text("mandant_heading"), SECTION)]
    story.append(identity_grid(data.mandant))
    story.append(paragraph(tpl.text("holder_heading"), SECTION))
    if data.holder_kind is HolderKind.SITE or data.proche is None:
        story += [
            paragraph(
                f"{tpl.text('holder_site')} {data.site_name} (mandat ouvert par {data.agent_name})",
                BODY,
            ),
        ]
    else:
        story += [
            paragraph(
                f"{tpl.text('holder_proche')} Agent témoin : {data.agent_name}.",
                BODY,
            ),
            identity_grid(data.proche, with_birth=False),
        ]
    story += [
        paragraph(tpl.text("demarches_heading"), SECTION),
        paragraph(tpl.text("demarches_intro"), BODY),
        Spacer(1, 1 * mm),
        ticked_demarches(data.demarches),
        paragraph(tpl.text("duration_heading"), SECTION),
        paragraph(_period(data, tpl.fields["durations"]), BODY),
        Spacer(1, 2 * mm),
    ]
    for number, section in enumerate(tpl.fields["legal"], start=5):
        text = escape(" ".join(str(section["text"]).split()))
        story.append(Paragraph(f"<b>{number}. {escape(str(section['title']))}.</b> {text}", LEGAL))
    if data.holder_kind is HolderKind.PROCHE:
        labels = ["signature_mandant", "signature_proche", "signature_witness"]
    else:
        labels = ["signature_mandant", "signature_site"]
    story.append(
        KeepTogether(
            [
                Spacer(1, 1 * mm),
                paragraph(tpl.text("place_date").format(date=local_date(data.starts_at)), BODY),
                signature_boxes([tpl.text(k) for k in labels], height_mm=16),
            ]
        )
    )
    story += [
        Spacer(1, 1 * mm),
        paragraph(f"{tpl.text('verification_heading')} : {tpl.text('verification_text')}", SMALL),
        paragraph(
            f"Code {data.verification_code} — version {tpl.version} — SHA-256 {data.content_hash}",
            FINE,
        ),
    ]
    if "plain" in tpl.fields:
        # Mandates made with the first template (2026-11-v1) reprint with its plain page.
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
