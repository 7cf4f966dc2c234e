"""Printed forms read back as software reads them: text by pdftotext, QR code by zxing-cpp."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from aidant import mandates
from aidant.domain.actors import Actor
from aidant.domain.demarches import DEMARCHES, Demarche
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import Refused
from aidant.mandates import forms
from aidant.mandates.rules import parse_qr_payload
from aidant.people import proches, usagers
from aidant.site.context import SiteContext
from tests.support.pdfs import qr_codes

ALL_YES = {p.id: True for p in mandates.consent_checklist()}


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "form.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(source), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def qr_texts(pdf: bytes, tmp_path: Path) -> list[str]:
    return qr_codes(pdf, tmp_path / "qr", first_page_only=True)


@pytest.fixture
def eleonore(site: SiteContext, agent: Actor) -> str:
    return usagers.register(
        site, agent, "Dupré", "Éléonore", dt.date(1946, 5, 14), "Argenton-sur-Creuse"
    ).id


def test_consent_form_text_and_qr(
    site: SiteContext, agent: Actor, eleonore: str, tmp_path: Path
) -> None:
    draft = mandates.create_mandate(
        site, agent, eleonore, ["logement", "argent"], MandateDuration.MONTH
    )
    text = pdf_text(forms.consent_form(site, agent, draft.id), tmp_path)
    assert "PROJET — sans valeur juridique" in text

    final = mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    pdf = forms.consent_form(site, agent, final.id)
    text = pdf_text(pdf, tmp_path)
    assert "PROJET" not in text
    for expected in (
        "DUPRÉ",
        "Éléonore",
        "14/05/1946",
        "Argenton-sur-Creuse",
        "Site de test",
        DEMARCHES[Demarche.LOGEMENT].label,
        DEMARCHES[Demarche.ARGENT].label,
        "Du 02/03/2026 à 10:00 au 02/04/2026 à 10:00",
        "articles 1984 et suivants du Code civil",
        "ni tutelle, ni curatelle, ni sauvegarde de justice",
        "RGPD",
        "Signature du mandant",
        "Vous pouvez dire stop quand vous voulez",
        final.verification_code,
        final.content_hash,
        f"version {final.template_version}",
    ):
        assert expected in text, expected
    assert DEMARCHES[Demarche.JUSTICE].label not in text
    assert re.search(rb"/Lang \(fr-FR\)", pdf)
    assert b"DejaVuSans" in pdf and b"FontFile2" in pdf  # embedded TrueType

    (payload,) = qr_texts(pdf, tmp_path)
    assert payload == f"AIDANT-MANDAT:{final.verification_code}:{final.content_hash[:16]}"
    assert mandates.verify(site, payload).printed_hash_matches is True
    assert parse_qr_payload(payload) == (final.verification_code, final.content_hash[:16])


def test_proche_form_names_holder_and_witness(
    site: SiteContext, agent: Actor, eleonore: str, tmp_path: Path
) -> None:
    proche = proches.register_proche(site, agent, "Dupré", "Luc", "fils")
    draft = mandates.create_mandate(
        site, agent, eleonore, ["social"], MandateDuration.DAY, proche.id
    )
    mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    text = pdf_text(forms.consent_form(site, agent, draft.id), tmp_path)
    for expected in (
        "Luc",
        "fils",
        "Agent témoin : Agent de test",
        "Signature du proche mandataire",
        "Signature de l'agent témoin",
        "jusqu'au 02/03/2026 à 23:59",
        DEMARCHES[Demarche.SOCIAL].label,
    ):
        assert expected in text, expected


def test_revocation_attestation_and_blank_model(
    site: SiteContext, agent: Actor, eleonore: str, tmp_path: Path
) -> None:
    draft = mandates.create_mandate(
        site, agent, eleonore, ["logement", "transports"], MandateDuration.YEAR
    )
    mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    with pytest.raises(Refused):
        forms.revocation_attestation(site, agent, draft.id)
    mandates.revoke(site, agent, draft.id, "À sa demande", ["transports"])
    attestation = forms.revocation_attestation(site, agent, draft.id)
    text = pdf_text(attestation, tmp_path)
    # The QR code and the short code, as on the consent form: the paper names its mandate.
    (payload,) = qr_texts(attestation, tmp_path)
    assert parse_qr_payload(payload) == (draft.verification_code, draft.content_hash[:16])
    assert "Code de vérification du mandat" in text
    for expected in (
        "Attestation de révocation",
        "DUPRÉ",
        "Éléonore",
        draft.verification_code,
        DEMARCHES[Demarche.TRANSPORTS].label,
        "Révoqué le 02/03/2026 à 10:00",
        "À sa demande",
        "les autres restent autorisées",
    ):
        assert expected in text, expected
    # A partial revocation says what the holder may still do (it used to list nothing).
    still = text.split("Démarches toujours autorisées")[1]
    assert DEMARCHES[Demarche.LOGEMENT].label in still
    assert DEMARCHES[Demarche.TRANSPORTS].label not in still

    blank = pdf_text(forms.blank_revocation(site), tmp_path)
    assert "modèle à remplir" in blank and "Nom et prénoms du mandant" in blank
    assert "DUPRÉ" not in blank
    assert "Adresse : ____" in blank  # no address set: a line to write it by hand


def test_blank_revocation_model_prints_the_site_address(
    site: SiteContext, manager: Actor, tmp_path: Path
) -> None:
    from aidant.administration.policy import change_policy

    change_policy(site, manager, {"site_address": "3 place de la Mairie,  36200 Argenton"})
    blank = pdf_text(forms.blank_revocation(site), tmp_path)
    assert "3 place de la Mairie, 36200 Argenton" in blank
    assert "à l'adresse ci-dessus" in blank


def _pages(pdf: bytes, tmp_path: Path) -> int:
    source = tmp_path / "pages.pdf"
    source.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(source)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def test_consent_form_is_one_page_with_plain_durations_and_no_command(
    site: SiteContext, agent: Actor, eleonore: str, tmp_path: Path
) -> None:
    """One page even at its longest (a proche, every démarche); the period is not wrapped in
    nested parentheses; the public is never told to type a command."""
    proche = proches.register_proche(site, agent, "Dupré", "Luc", "fils")
    every = [d.value for d in Demarche]
    texts = []
    for demarches, duration, holder in (
        (["logement"], MandateDuration.SEMESTER, None),
        (every, MandateDuration.YEAR, proche.id),
    ):
        draft = mandates.create_mandate(site, agent, eleonore, demarches, duration, holder)
        final = mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
        pdf = forms.consent_form(site, agent, final.id)
        assert _pages(pdf, tmp_path) == 1
        texts.append(pdf_text(pdf, tmp_path))
    for text in texts:
        assert "))" not in text
        assert "aidant mandate" not in text and "saisissez" not in text
        assert "démarches cochées" in text
    assert "pour 182 jours, environ 6 mois" in texts[0]


def test_check_boxes_are_drawn_and_ticked() -> None:
    from reportlab.graphics.shapes import PolyLine, Rect

    from aidant.pdf.forms_common import check_box, ticked_demarches

    ticked, empty = check_box(True), check_box(False)
    assert [type(s) for s in ticked.contents] == [Rect, PolyLine]
    assert [type(s) for s in empty.contents] == [Rect]
    table = ticked_demarches(["logement", "argent", "social"])
    boxes = [c for row in table._cellvalues for c in row if getattr(c, "contents", None)]
    assert sum(isinstance(b.contents[-1], PolyLine) for b in boxes) == 3


def test_refused_mandate_has_no_form(site: SiteContext, agent: Actor, eleonore: str) -> None:
    draft = mandates.create_mandate(site, agent, eleonore, ["famille"], MandateDuration.DAY)
    mandates.record_consent(site, agent, draft.id, {}, agrees=False)
    with pytest.raises(Refused, match="refusé"):
        forms.consent_form(site, agent, draft.id)


def test_reprint_uses_the_stored_template_text(
    site: SiteContext, agent: Actor, eleonore: str, tmp_path: Path
) -> None:
    from aidant.storage.models import Mandate

    draft = mandates.create_mandate(site, agent, eleonore, ["loisirs"], MandateDuration.DAY)
    with site.transaction() as db:
        row = db.get(Mandate, draft.id)
        assert row is not None
        row.legal_text.text = row.template_text.replace(
            'title = "Mandat pour être aidé dans mes démarches"',
            'title = "Ancien titre du mandat"',
        )
    text = pdf_text(forms.consent_form(site, agent, draft.id), tmp_path)
    assert "Ancien titre du mandat" in text
