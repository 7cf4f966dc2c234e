"""A usager's identity can be corrected (journalled without the values); phone and e-mail are
checked with a sentence that says what is wrong."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from aidant.domain.actors import Actor
from aidant.domain.errors import UsageError
from aidant.journal.kinds import EntryKind
from aidant.people import usagers
from aidant.people.contact import clean_email, clean_phone
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry


def test_identity_is_corrected_and_journalled(site: SiteContext, agent: Actor) -> None:
    person = usagers.register(site, agent, "Dupre", "Eleonore", dt.date(1946, 5, 14))
    fixed = usagers.correct(
        site, agent, person.id, "Dupré", "Éléonore", dt.date(1946, 5, 15), None, "0612345678"
    )
    assert (fixed.family_name, fixed.given_names) == ("Dupré", "Éléonore")
    assert fixed.birth_date == dt.date(1946, 5, 15) and fixed.phone == "06 12 34 56 78"
    assert [p.id for p in usagers.search(site, "éléonore dupré")] == [person.id]
    with site.transaction() as db:
        entry = db.scalars(
            select(JournalEntry).where(JournalEntry.kind == EntryKind.USAGER_UPDATED)
        ).one()
    data = json.loads(entry.data)
    assert data["fields"] == ["family_name", "given_names", "birth_date", "phone"]
    # The journal outlives an erasure: it names the fields, never the old or new values.
    assert "Dupre" not in entry.data and "1946" not in entry.data
    with pytest.raises(UsageError, match="Rien n'a changé"):
        usagers.correct(
            site,
            agent,
            person.id,
            "Dupré",
            "Éléonore",
            dt.date(1946, 5, 15),
            None,
            "06 12 34 56 78",
        )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06.12.34.56.78", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("0033612345678", "06 12 34 56 78"),
        ("+44 20 7946 0958", "+442079460958"),
        ("", None),
    ],
)
def test_phone_numbers_are_tidied(typed: str, stored: str | None) -> None:
    assert clean_phone(typed) == stored


def test_bad_phone_and_email_say_what_is_wrong(site: SiteContext, agent: Actor) -> None:
    with pytest.raises(UsageError, match="a 9 chiffres : un numéro français en a 10"):
        clean_phone("06 12 34 56 7")
    with pytest.raises(UsageError, match="n'est pas un numéro"):
        clean_phone("06 12 AB 56 78")
    with pytest.raises(UsageError, match="pas d'arobase"):
        clean_email("eleonore.dupre.fr")
    with pytest.raises(UsageError, match="pas une adresse e-mail complète"):
        clean_email("eleonore@dupre")
    assert clean_email(" e.dupre@exemple.fr ") == "e.dupre@exemple.fr"
    with pytest.raises(UsageError, match="pas d'arobase"):
        usagers.register(site, agent, "Dupré", "Éléonore", email="eleonore.fr")
