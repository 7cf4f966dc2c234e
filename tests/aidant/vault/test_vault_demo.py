"""The demonstration vaults open with the documented card codes and PIN."""

from __future__ import annotations

from pathlib import Path

import crypto
from aidant import vault
from aidant.domain.actors import Actor, ActorKind
from aidant.people import usagers
from aidant.setup.demo import ensure_demo_site
from aidant.setup.demo_vault import DEMO_PIN, DEMO_VAULT_OWNERS, demo_card_code
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS

DOC = Path(__file__).resolve().parents[3] / "docs" / "vault.md"


def test_demo_vaults_open_with_the_documented_codes(tmp_path: Path) -> None:
    ctx = ensure_demo_site(DataPaths(tmp_path / "demo"), costs=TEST_COSTS)
    try:
        documented = DOC.read_text("utf-8")
        assert f"PIN is `{DEMO_PIN}`" in documented
        for family, given in DEMO_VAULT_OWNERS:
            code = demo_card_code(family, given)
            assert f"`{code}`" in documented
            person = usagers.search(ctx, f"{family} {given}")[0]
            actor = Actor(ActorKind.USAGER, id=person.id)
            with (
                crypto.SecretBuffer.from_text(DEMO_PIN) as pin,
                vault.unlock_with_card(ctx, actor, person.id, code, pin) as ov,
            ):
                docs = ov.documents()
                assert len(docs) == 3
                assert [d.title for d in ov.expiring_papers()] == ["Carte d'identité"]
                media = {d.metadata.media_type for d in docs}
                assert media == {"application/pdf", "image/png"}
    finally:
        ctx.close()
