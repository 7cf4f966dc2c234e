"""The vault card and the recovery sheet: real text, readable QR codes, never the PIN."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

import crypto
from aidant import vault
from aidant.domain.actors import Actor
from aidant.site.context import SiteContext
from aidant.vault.forms import card_pdf, recovery_pdf
from tests.aidant.vault.conftest import PIN
from tests.support.pdfs import qr_codes


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_card_and_recovery_sheet(site: SiteContext, agent: Actor, tmp_path: Path) -> None:
    from aidant.people import usagers

    person = usagers.register(site, agent, "Dupré", "Éléonore")
    with crypto.SecretBuffer.from_text(PIN) as pin:
        created = vault.create_vault(site, agent, person.id, pin)
    card = card_pdf(site, person.id, created.card_code)
    sheet = recovery_pdf(site, created)
    identity = created.recovery_identity.decode()
    created.wipe()

    card_text = text_of(card)
    assert "Éléonore DUPRÉ" in card_text
    for group in created.card_code.split("-"):
        assert group in card_text
    assert PIN not in card_text and identity not in card_text
    sheet_text = text_of(sheet)
    assert identity in sheet_text.replace("\n", "")
    assert "age -d -i identity.txt fichier.age > fichier" in sheet_text
    assert created.vault_id in sheet_text.replace("\n", "")

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is needed to render the forms")
    assert qr_codes(card, tmp_path / "card") == [created.card_code]
    assert qr_codes(sheet, tmp_path / "sheet") == [identity]
