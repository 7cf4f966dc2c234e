"""The vault card's QR code, read from a picture of the printed card, fills the card code;
the recovery sheet's QR (the vault identity itself) is never taken for a card code."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

import crypto
from aidant.pdf.vault_forms import render_vault_card
from aidant.setup.demo_vault import demo_card_code
from aidant.site.context import SiteContext
from ui.memory_docs import MemoryPdf, on_white, to_qbytearray
from ui.qr import read_card_code


def _first_page(pdf: bytes) -> QImage:
    with crypto.SecretBuffer(pdf) as content:
        document = MemoryPdf(to_qbytearray(content))
    try:
        points = document.document.pagePointSize(0)
        size = QSize(int(points.width() * 200 / 72), int(points.height() * 200 / 72))
        return on_white(document.document.render(0, size))
    finally:
        document.close()


def test_printed_card_qr_gives_the_card_code(site: SiteContext) -> None:
    code = demo_card_code("Dupré", "Éléonore")
    image = _first_page(
        render_vault_card("Éléonore DUPRÉ", code, site.clock.now(), "ABCD-EFGH-IJKL-MNOP")
    )
    assert read_card_code(image) == code


def test_a_qr_that_is_not_a_card_code_is_ignored(site: SiteContext) -> None:
    from aidant.pdf.document import build_pdf, qr_code

    pdf = build_pdf([qr_code("AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQ", 60)], title="x")
    assert read_card_code(_first_page(pdf)) is None
