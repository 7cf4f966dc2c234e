"""The sentence catalogues of mandates, people, reports and the journal, and their labels.

Every member is a non-empty French template whose fields are plain names; the labels the
command line prints are derived from the catalogues; and no error in these packages is built
from a sentence any more (the interface could not translate it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aidant.domain.errors import AidantError, Refused, Text
from aidant.domain.ids import UsagerId
from aidant.journal.kinds import EntryKind
from aidant.journal.texts import JournalText
from aidant.mandates import STATUS_LABELS, MandateStatus
from aidant.mandates.ending import _ALREADY_ENDED, _CANNOT_RENEW
from aidant.mandates.rules import demarche_of, status_text
from aidant.mandates.texts import MandateText, StatusText
from aidant.people.texts import PeopleText
from aidant.people.usagers import (
    DuplicateCandidate,
    DuplicateReason,
    DuplicateSuspected,
    UsagerView,
)
from aidant.reports.activity import LABELS
from aidant.reports.labels import KIND_LABELS, kind_label, kind_text
from aidant.reports.texts import FigureText, KindText, ReportText

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = [ROOT / "aidant" / p for p in ("mandates", "people", "reports", "journal", "pdf")]
CATALOGUES: list[type[Text]] = [
    MandateText,
    StatusText,
    PeopleText,
    ReportText,
    KindText,
    FigureText,
    JournalText,
]
MEMBERS = [m for catalogue in CATALOGUES for m in catalogue]


def test_status_labels_come_from_the_catalogue() -> None:
    assert [m.name for m in StatusText] == [s.name for s in MandateStatus]
    for status in MandateStatus:
        assert status_text(status) is StatusText[status.name]
        assert STATUS_LABELS[status] == status_text(status).value
    assert STATUS_LABELS[MandateStatus.DRAFT] == "projet (consentement non recueilli)"


def test_the_sentences_per_status_name_the_status_as_the_label_does() -> None:
    for status, member in _ALREADY_ENDED.items():
        assert member.value == f"Ce mandat est déjà {STATUS_LABELS[status]} : rien à révoquer."
    for status, member in _CANNOT_RENEW.items():
        assert member.value == f"Un mandat {STATUS_LABELS[status]} ne peut pas être renouvelé."
    assert set(_CANNOT_RENEW) == set(MandateStatus) - {MandateStatus.ACTIVE, MandateStatus.EXPIRED}


def test_kind_and_figure_labels_come_from_the_catalogues() -> None:
    assert set(KIND_LABELS) == set(EntryKind)
    assert kind_text(EntryKind.MANDATE_REVOKED) is KindText.MANDATE_REVOKED
    assert kind_label("mandate_revoked") == "Mandat révoqué"
    assert kind_text("no_such_kind") is None and kind_label("no_such_kind") == "no_such_kind"
    assert {m.name.lower(): m.value for m in FigureText} == LABELS


def test_errors_print_the_sentence_they_printed_before() -> None:
    with pytest.raises(AidantError) as caught:
        demarche_of("peche")
    assert caught.value.code == "MandateText.UNKNOWN_DEMARCHE"
    assert str(caught.value) == (
        "Démarche inconnue « peche » (possibles : papiers, famille, social, travail, logement, "
        "transports, argent, justice, etranger, loisirs)."
    )
    exc = Refused(MandateText.NOT_AUTHORISED_PROCHE, demarche="Logement")
    assert str(exc) == (
        "Aucun mandat actif n'autorise ce proche à agir pour cette personne en « Logement » : "
        "l'acte n'est pas enregistré ; ouvrez ou renouvelez un mandat avec son accord."
    )


def test_a_suspected_duplicate_names_the_person_and_their_birth_date() -> None:
    born = dt.date(1950, 3, 4)
    usager = UsagerView(UsagerId("u1"), "MARTIN", "Léa", born, None, None, None)
    exc = DuplicateSuspected([DuplicateCandidate(usager, DuplicateReason.SAME_NAME_SAME_BIRTH)])
    assert exc.code == "PeopleText.DUPLICATE_SUSPECTED"
    assert str(exc) == (
        f"Cette personne semble déjà enregistrée ({usager.display_name}, né(e) le 04/03/1950) "
        ": vérifiez, ou confirmez qu'il s'agit bien d'une autre personne."
    )
