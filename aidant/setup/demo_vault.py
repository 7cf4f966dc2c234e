"""Demonstration vaults: two fictitious usagers with a few fictitious papers.

Their card codes are derived from their names, so they are the same on every demo site:
`demo_card_code("Dupré", "Éléonore")`; the PIN of every demo vault is `DEMO_PIN`. Both are
logged when the demo site is created and listed in docs/vault.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import struct
import zlib

import crypto
from aidant.domain.actors import Actor
from aidant.pdf.document import BODY, TITLE, build_pdf, paragraph
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.vault.deposit import deposit
from aidant.vault.lifecycle import create_vault
from aidant.vault.metadata import Category

log = logging.getLogger(__name__)

# Not 2468 (a step-by-step run, refused like 1234 since the PIN rules were tightened).
DEMO_PIN = "5829"
DEMO_VAULT_OWNERS = (("Dupré", "Éléonore"), ("Nguyen", "Thi Mai"))


def demo_card_secret(family_name: str, given_names: str) -> crypto.SecretBuffer:
    """Deterministic (hence NOT secret) card secret of a demo usager."""
    seed = f"aidant-demo-card:{family_name}|{given_names}".encode()
    return crypto.SecretBuffer(hashlib.sha256(seed).digest()[:16])


def demo_card_code(family_name: str, given_names: str) -> str:
    with demo_card_secret(family_name, given_names) as secret:
        return crypto.format_card_code(secret)


def _fake_pdf(title: str, lines: list[str]) -> bytes:
    story = [paragraph(title, TITLE), paragraph("SPÉCIMEN — document fictif de démonstration")]
    story += [paragraph(line, BODY) for line in lines]
    return build_pdf(story, title=title)


def _fake_png(width: int = 120, height: int = 80) -> bytes:
    """A small blue-and-white striped PNG (a stand-in for a phone photo of a paper)."""
    rows = b"".join(
        b"\x00"
        + b"".join(
            b"\x1d\x35\x57" if (x // 10 + y // 10) % 2 else b"\xff\xff\xff" for x in range(width)
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def add_demo_vaults(ctx: SiteContext, agent: Actor) -> None:
    """Demo step: vaults for two demo usagers, with an ID card that expires soon."""
    today = ctx.clock.now().date()
    for family, given in DEMO_VAULT_OWNERS:
        found = [u for u in usagers.search(ctx, f"{family} {given}") if u.family_name == family]
        if not found:
            continue
        usager_id = found[0].id
        with (
            crypto.SecretBuffer.from_text(DEMO_PIN) as pin,
            demo_card_secret(family, given) as card,
        ):
            created = create_vault(ctx, agent, usager_id, pin, card_secret=card)
        created.wipe()
        papers = [
            (
                "Carte d'identité",
                Category.IDENTITE,
                today + dt.timedelta(days=40),
                _fake_pdf("Carte nationale d'identité", [f"Nom : {family}", f"Prénom : {given}"]),
            ),
            (
                "Avis d'imposition 2025",
                Category.IMPOTS,
                None,
                _fake_pdf("Avis d'impôt 2025", ["Revenu fiscal de référence : 12 345 €"]),
            ),
            ("Attestation CAF (photo)", Category.CAF, None, _fake_png()),
        ]
        for title, category, expires, content in papers:
            deposit(
                ctx,
                agent,
                usager_id,
                io.BytesIO(content),
                title=title,
                category=category,
                expires_on=expires,
                page_count=1,
            )
        log.warning(
            "demo vault of %s %s: card code %s, PIN %s",
            given,
            family,
            demo_card_code(family, given),
            DEMO_PIN,
        )
