from __future__ import annotations

from aidant.domain.actors import Actor, ActorKind
from aidant.people import usagers
from aidant.site.context import SiteContext


def test_search_ignores_accents_and_case(site: SiteContext, agent: Actor) -> None:
    usagers.register(site, agent, "Dupré", "Éléonore")
    usagers.register(site, agent, "Lefèvre", "Marcel")
    assert [u.given_names for u in usagers.search(site, "eleonore")] == ["Éléonore"]
    assert [u.given_names for u in usagers.search(site, "LEFEVRE marc")] == ["Marcel"]
    assert usagers.search(site, "100%_") == []
    assert len(usagers.search(site, "")) == 2


def test_fold() -> None:
    assert usagers.fold("  Éléonore  D'Ærø-Çà Œuvre ") == "eleonore d aero ca oeuvre"


def test_likely_duplicates_and_confirmation(site: SiteContext, agent: Actor) -> None:
    import datetime as dt

    import pytest

    born = dt.date(1946, 5, 14)
    first = usagers.register(site, agent, "Dupré", "Éléonore", born)
    # Same folded name and birth date, typed without accents and in capitals.
    (same,) = usagers.likely_duplicates(site, "DUPRE", "eleonore", born)
    assert same.usager.id == first.id
    assert same.reason is usagers.DuplicateReason.SAME_NAME_SAME_BIRTH
    # A typo, or names swapped at the counter.
    assert usagers.likely_duplicates(site, "Dupres", "Eleonor", born)[0].usager.id == first.id
    swapped = usagers.likely_duplicates(site, "Éléonore", "Dupré", None)
    assert [c.reason for c in swapped] == [usagers.DuplicateReason.CLOSE_NAME]
    # Unknown birth date: the same name is still suspicious.
    assert usagers.likely_duplicates(site, "Dupré", "Éléonore")[0].reason is (
        usagers.DuplicateReason.SAME_NAME
    )
    # Homonyms with another known birth date, or other names, are different people.
    assert usagers.likely_duplicates(site, "Dupré", "Éléonore", dt.date(1980, 1, 1)) == []
    assert usagers.likely_duplicates(site, "Durand", "Marc", born) == []

    with pytest.raises(usagers.DuplicateSuspected, match="semble déjà enregistrée"):
        usagers.register(site, agent, "DUPRE", "Eleonore", born)
    second = usagers.register(site, agent, "DUPRE", "Eleonore", born, allow_duplicate=True)
    assert second.id != first.id
    assert len(usagers.search(site, "eleonore dupre")) == 2


def test_duplicates_in_other_scripts(site: SiteContext, agent: Actor) -> None:
    import datetime as dt

    born = dt.date(1975, 6, 18)
    first = usagers.register(site, agent, "حداد", "يوسف", born)
    assert [c.usager.id for c in usagers.likely_duplicates(site, "حداد", "يوسف")] == [first.id]
    assert [c.usager.id for c in usagers.likely_duplicates(site, "يوسف", "حداد")] == [first.id]


def test_last_helped_spans_sessions_most_recent_first(
    site: SiteContext, agent: Actor, manager: Actor
) -> None:
    import pytest

    from aidant.domain.enums import MandateDuration
    from aidant.domain.errors import PermissionDenied
    from aidant.mandates import consent_checklist, create_mandate, record_action, record_consent

    marcel = usagers.register(site, agent, "Lefèvre", "Marcel")
    jeanne = usagers.register(site, agent, "Moreau", "Jeanne")
    assert [u.id for u in usagers.last_helped(site, agent)] == [jeanne.id, marcel.id]
    # An act for Marcel, by another agent, puts him first again.
    mandate = create_mandate(site, manager, marcel.id, ["logement"], MandateDuration.DAY)
    record_consent(site, manager, mandate.id, {p.id: True for p in consent_checklist()}, True)
    record_action(site, manager, marcel.id, "logement", "Demande d'APL", "CAF")
    assert [u.id for u in usagers.last_helped(site, agent, limit=1)] == [marcel.id]
    with pytest.raises(PermissionDenied):
        usagers.last_helped(site, Actor(ActorKind.SYSTEM))


def test_another_person_is_confirmed_against_the_people_shown_only(
    site: SiteContext, agent: Actor
) -> None:
    import datetime as dt

    import pytest

    born = dt.date(1941, 2, 3)
    first = usagers.register(site, agent, "Dupré", "Éléonore", born)
    with pytest.raises(usagers.DuplicateSuspected) as warned:
        usagers.register(site, agent, "DUPRE", "Eleonore", born)
    shown = {c.usager.id for c in warned.value.candidates}
    assert shown == {first.id}
    # Meanwhile, another desk registers her again.
    other = usagers.register(site, agent, "Dupré", "Éléonore", born, allow_duplicate=True)
    # "Another person than the one shown" says nothing of the one registered since.
    with pytest.raises(usagers.DuplicateSuspected) as again:
        usagers.register(site, agent, "DUPRE", "Eleonore", born, allow_duplicate=True, shown=shown)
    assert {c.usager.id for c in again.value.candidates} == {first.id, other.id}
    third = usagers.register(
        site, agent, "DUPRE", "Eleonore", born, allow_duplicate=True, shown={first.id, other.id}
    )
    assert len(usagers.search(site, "eleonore dupre")) == 3 and third.id not in shown


def test_a_correction_that_makes_someone_look_like_another_is_warned(
    site: SiteContext, agent: Actor
) -> None:
    import datetime as dt

    import pytest

    born = dt.date(1950, 4, 5)
    paul = usagers.register(site, agent, "Martin", "Paul", born)
    luc = usagers.register(site, agent, "Durand", "Luc", born, phone="0612345678")
    with pytest.raises(usagers.DuplicateSuspected) as warned:
        usagers.correct(site, agent, luc.id, "Martin", "Paul", born)
    assert [c.usager.id for c in warned.value.candidates] == [paul.id]
    assert usagers.get(site, luc.id).family_name == "Durand"  # nothing changed
    # Another field only: no warning, whoever they look like.
    usagers.correct(site, agent, paul.id, "Martin", "Paul", born, phone="0611111111")
    fixed = usagers.correct(
        site, agent, luc.id, "Martin", "Paul", born, allow_duplicate=True, shown={paul.id}
    )
    assert fixed.family_name == "Martin"


def test_search_finds_any_part_of_a_name_and_keeps_to_its_limit(
    site: SiteContext, agent: Actor
) -> None:
    usagers.register(site, agent, "Lefèvre", "Marcel")
    usagers.register(site, agent, "Dupré", "Éléonore")
    assert [u.given_names for u in usagers.search(site, "arce")] == ["Marcel"]
    assert [u.given_names for u in usagers.search(site, "pre leo")] == ["Éléonore"]
    assert len(usagers.search(site, "e", limit=1)) == 1
    assert len(usagers.search(site, "e")) == 2
