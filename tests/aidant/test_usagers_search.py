from __future__ import annotations

from aidant import usagers
from aidant.actors import Actor
from aidant.context import SiteContext


def test_search_ignores_accents_and_case(site: SiteContext, agent: Actor) -> None:
    usagers.register(site, agent, "Dupré", "Éléonore")
    usagers.register(site, agent, "Lefèvre", "Marcel")
    assert [u.given_names for u in usagers.search(site, "eleonore")] == ["Éléonore"]
    assert [u.given_names for u in usagers.search(site, "LEFEVRE marc")] == ["Marcel"]
    assert usagers.search(site, "100%_") == []
    assert len(usagers.search(site, "")) == 2


def test_fold() -> None:
    assert usagers.fold("  Éléonore  D'Ærø-Çà Œuvre ") == "eleonore d aero ca oeuvre"
