"""The revocation attestation (proof on paper that the usager said stop) and a blank model."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

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
from aidant.pdf.forms_common import (
    WIDTH,
    Person,
    boxed,
    cell,
    identity_grid,
    local_date,
    local_datetime,
    signature_boxes,
    ticked_demarches,
)
from aidant.site.templates import load_template

PLAIN_ITEM = ParagraphStyle("revocation_plain", parent=PLAIN, fontSize=12.5, leading=17)


@dataclasses.dataclass(frozen=True)
class RevocationData:
    site_name: str
    mandant: Person
    holder_label: str
    mandate_created_at: dt.datetime
    verification_code: str
    revoked_demarches: list[str]
    whole: bool
    revoked_at: dt.datetime
    reason: str | None
    #: What the QR code holds: the mandate's code and content hash, as on the consent form.
    qr_payload: str = ""
    #: Démarches the mandate still authorises after a partial revocation (empty when whole).
    remaining_demarches: list[str] = dataclasses.field(default_factory=list)
    #: Where the usager can hand in or send a revocation (the site's postal address).
    site_address: str = ""


_BIG_CODE = ParagraphStyle("revocation-code", parent=CODE, fontSize=16, leading=22)


def _header(data: RevocationData) -> Flowable:
    """The site, the mandate's short code in large type and its QR code, as on the consent
    form: whoever holds the paper can check the mandate it ends."""
    left = [
        paragraph(data.site_name, HEADING),
        *_address(data.site_address),
        paragraph("Code de vérification du mandat :", SMALL),
        paragraph(data.verification_code, _BIG_CODE),
    ]
    if not data.qr_payload:
        return Table([[left]], colWidths=[WIDTH])
    table = Table([[left, qr_code(data.qr_payload, 30)]], colWidths=[WIDTH - 34 * mm, 34 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def render_revocation_attestation(data: RevocationData) -> bytes:
    tpl = load_template("revocation")
    story: list[Flowable] = [
        paragraph(tpl.text("title"), TITLE),
        _header(data),
        paragraph(tpl.text("intro"), BODY),
        paragraph("Le mandant", HEADING),
        identity_grid(data.mandant),
        paragraph("Le mandat révoqué", HEADING),
        boxed(
            [
                [cell("Donné le", SMALL), cell(local_date(data.mandate_created_at), bold=True)],
                [cell("Mandataire", SMALL), cell(data.holder_label, bold=True)],
                [cell("Code du mandat", SMALL), cell(data.verification_code, bold=True)],
                [cell("Révoqué le", SMALL), cell(local_datetime(data.revoked_at), bold=True)],
                [cell("Motif", SMALL), cell(data.reason or "—")],
            ],
            [45 * mm, WIDTH - 45 * mm],
        ),
        paragraph("Démarches révoquées", HEADING),
        paragraph(tpl.text("whole") if data.whole else tpl.text("partial"), BODY),
        Spacer(1, 2 * mm),
        ticked_demarches(data.revoked_demarches, ticked=False),
    ]
    if data.remaining_demarches and not data.whole:
        story += [
            paragraph(tpl.text("remaining_heading"), HEADING),
            ticked_demarches(data.remaining_demarches, ticked=False),
        ]
    story += [
        Spacer(1, 3 * mm),
        paragraph(f"Fait à ______________________________ le {local_date(data.revoked_at)}", BODY),
        Spacer(1, 2 * mm),
        signature_boxes([tpl.text("signature_mandant"), tpl.text("signature_agent")], 22),
        paragraph(tpl.text("plain_title"), HEADING),
    ]
    story += [cell(f"• {line}", PLAIN_ITEM) for line in tpl.items("plain")]
    return build_pdf(
        story,
        title=tpl.text("title"),
        subject=f"Révocation du mandat {data.verification_code}",
        footer=f"Révocation du mandat {data.verification_code} — modèle {tpl.version}",
    )


def _address(address: str) -> list[Flowable]:
    """The site's address under its name; a line to fill in when the site has not set it."""
    text = address.strip() or "Adresse : ____________________________________________________"
    return [paragraph(text, BODY)]


def render_blank_revocation(site_name: str, site_address: str = "") -> bytes:
    """A blank model the usager can fill in by hand and hand in (or send) to revoke."""
    tpl = load_template("revocation")
    rows: list[list[Flowable | str]] = [
        [cell(label, SMALL), ""] for label in tpl.items("blank_fields")
    ]
    # Tall rows leave room to write by hand.
    table = boxed(rows, [70 * mm, WIDTH - 70 * mm], row_height=14 * mm)
    story: list[Flowable] = [
        paragraph(tpl.text("blank_title"), TITLE),
        paragraph(site_name, HEADING),
        *_address(site_address),
        paragraph(tpl.text("blank_intro"), BODY),
        paragraph(tpl.text("blank_where"), BODY),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 6 * mm),
        paragraph(tpl.text("place_date"), BODY),
        Spacer(1, 2 * mm),
        signature_boxes([tpl.text("signature_mandant"), tpl.text("signature_agent")]),
        paragraph(tpl.text("plain_title"), HEADING),
    ]
    story += [cell(f"• {line}", PLAIN) for line in tpl.items("plain")[:2]]
    return build_pdf(
        story,
        title=tpl.text("blank_title"),
        subject=site_name,
        footer=f"Modèle de révocation {tpl.version}",
    )
