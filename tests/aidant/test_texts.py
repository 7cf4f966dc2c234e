"""Every sentence catalogue of the core and the interface: French templates with plain named
fields, no two members alike, and no error anywhere built from a plain sentence (which the
interface could not translate)."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from aidant.domain.errors import Text
from tests.support.untyped_raises import REPO, untyped_raises
from tools import core_texts

# The same discovery as the generator of ui/core_texts.py, the command line's included.
CATALOGUES = core_texts.catalogues(command_line=True)
MEMBERS = [member for catalogue in CATALOGUES for member in catalogue]


def test_the_catalogues_are_found() -> None:
    names = {c.__name__ for c in CATALOGUES}
    assert {"VaultText", "MandateText", "AgentText", "CliText", "UiText", "CategoryText"} <= names


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.__name__)
def test_no_member_is_an_alias(catalogue: type[Text]) -> None:
    # Two members with the same sentence would silently become one code (enum aliases).
    assert len(catalogue.__members__) == len(list(catalogue))


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_is_a_french_template_with_named_fields(member: Text) -> None:
    value = member.value
    assert isinstance(value, str) and value.strip() == value and value
    assert member.name.isupper() and member.name.isidentifier()
    fields = set()
    for _, field, spec, conversion in string.Formatter().parse(value):
        if field is None:
            continue
        assert field.isidentifier(), f"{member.name}: field {field!r} is not a name"
        assert not spec and conversion is None, f"{member.name}: format the value before"
        fields.add(field)
    filled = member.fill(dict.fromkeys(fields, "x"))
    assert "{" not in filled and "}" not in filled


def test_no_error_is_built_from_a_plain_sentence() -> None:
    assert untyped_raises([REPO / "aidant", REPO / "ui"]) == []


def test_the_scan_finds_sentences_given_to_errors(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from aidant.domain.errors import Refused, UsageError\n"
        "from aidant.vault.errors import NoVault\n"
        "SENTENCE = 'Une phrase.'\n"
        "class Mine(NoVault):\n"
        "    pass\n"
        "def f(x: int) -> None:\n"
        "    if x:\n"
        "        raise Refused('Refusé.')\n"  # line 8
        "    error = Mine(f'Non {x}.')\n"  # line 9
        "    raise NoVault(SENTENCE) from error\n"  # line 10
        "def g(x: int) -> None:\n"
        "    raise ValueError('internal')\n"
        "def h(text: object) -> None:\n"
        "    raise Refused(text, where='ici')\n"
        "def i(exc: Exception) -> None:\n"
        "    raise UsageError(str(exc)) from None\n"  # line 16
        "def j() -> None:\n"
        "    raise UsageError('Phrase ' + 'longue.')\n",  # line 18
        encoding="utf-8",
    )
    found = untyped_raises([sample])
    assert [item.rsplit(":", 1)[1] for item in found] == ["8", "9", "10", "16", "18"]


def test_a_label_given_as_parameter_is_filled_in_the_sentences_language() -> None:
    from aidant.domain.demarches import Demarche, demarche_text
    from aidant.domain.errors import Refused
    from aidant.mandates.texts import MandateText

    error = Refused(MandateText.DEMARCHE_NOT_OFFERED, demarche=demarche_text(Demarche.TRAVAIL))
    assert "Travail - Formation" in str(error)
    assert "DemarcheText" not in str(error)


def test_a_phrase_given_as_parameter_is_filled_with_its_own_fields() -> None:
    from aidant.domain.demarches import Demarche, demarche_text
    from aidant.domain.errors import Phrase, Refused
    from aidant.mandates.texts import MandateText

    phrase = Phrase(MandateText.DEMARCHE_NOT_OFFERED, {"demarche": demarche_text(Demarche.JUSTICE)})
    assert "Justice" in str(phrase)
    assert str(Refused(MandateText.DEMARCHE_NOT_OFFERED, demarche=phrase)).count("Justice") == 1


def test_an_error_keeps_its_code_and_parameters_when_copied_or_pickled() -> None:
    import copy
    import pickle

    from aidant.domain.errors import NotFound
    from aidant.vault.texts import VaultText

    member = next(iter(VaultText))
    fields = {f for _, f, _, _ in string.Formatter().parse(member.value) if f}
    error = NotFound(member, **dict.fromkeys(fields, "x"))
    for twin in (copy.copy(error), pickle.loads(pickle.dumps(error))):  # noqa: S301 - our own
        assert type(twin) is NotFound
        assert twin.code == error.code and twin.params == error.params
        assert str(twin) == str(error)
