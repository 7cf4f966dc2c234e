"""The sentence catalogues of the agents, command line, domain, site, set-up, sessions, policy
and interface: every member a French sentence with named fields, and no error left built from
a plain sentence in those packages."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from aidant.administration.texts import PolicyText
from aidant.agents.accounts import lockout_refusal
from aidant.agents.texts import AgentText
from aidant.cli.texts import CliText
from aidant.domain.errors import AuthenticationError, Text, UsageError
from aidant.domain.texts import DomainText
from aidant.sessions.texts import SessionText
from aidant.setup.texts import SetupText
from aidant.site.texts import SiteText
from tests.support.untyped_raises_c import untyped_raises
from ui.texts import UiText

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES: list[type[Text]] = [
    AgentText,
    CliText,
    DomainText,
    SiteText,
    SetupText,
    SessionText,
    PolicyText,
    UiText,
]
SCANNED = [
    "aidant/agents",
    "aidant/cli",
    "aidant/domain",
    "aidant/site",
    "aidant/setup",
    "aidant/sessions",
    "aidant/administration",
    "aidant/__main__.py",
    "ui/workers.py",
    "ui/shell.py",
    "ui/texts.py",
]
MEMBERS = [member for catalogue in CATALOGUES for member in catalogue]


def fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_is_a_french_sentence_with_named_fields(member: Text) -> None:
    value = member.value
    assert isinstance(value, str) and value.strip() == value and value
    assert value[0].isupper() or value.startswith("« "), "a sentence starts with a capital"
    assert value.endswith("."), "a sentence ends with a full stop"
    assert member.name.isupper() and member.name.isidentifier()
    for name in fields(value):
        assert name.isidentifier(), f"{{{name}}} is not a named field"
    filled = member.fill({name: "X" for name in fields(value)})
    assert "{" not in filled and "}" not in filled


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.__name__)
def test_no_sentence_is_an_alias_of_another(catalogue: type[Text]) -> None:
    # Two members with the same value would silently be one code (an enum alias).
    assert len(catalogue.__members__) == len(list(catalogue))


def test_errors_print_the_same_french_sentence_as_before() -> None:
    error = UsageError(CliText.KEY_WRONG_LENGTH, digits=64)
    assert error.code == "CliText.KEY_WRONG_LENGTH" and error.params == {"digits": 64}
    assert str(error) == "La clé saisie doit faire 64 caractères hexadécimaux."
    locked = lockout_refusal(29.2)
    assert isinstance(locked, AuthenticationError) and locked.params == {"seconds": 30}
    assert str(locked) == "Trop d'essais incorrects : attendez 30 secondes avant de réessayer."
    assert lockout_refusal(60).text is AgentText.LOCKED_ONE_MINUTE
    assert str(lockout_refusal(901)) == (
        "Trop d'essais incorrects : attendez 16 minutes avant de réessayer."
    )


def test_no_error_is_built_from_a_plain_sentence_in_these_packages() -> None:
    assert untyped_raises([ROOT / path for path in SCANNED]) == []


def test_the_scan_finds_sentences_and_spares_codes_and_bugs(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        "from aidant.domain.errors import Refused, NotFound\n"
        "from aidant.agents.accounts import TotpRequired\n"
        'GONE = "Parti."\n'
        "def f(x):\n"
        '    raise Refused("Non.")\n'
        "def g(x):\n"
        '    raise NotFound(f"Aucun « {x} ».")\n'
        "def h(x):\n"
        "    return TotpRequired(GONE)\n"
        "def i(x):\n"
        '    raise Refused(x or "Non.")\n'
        "def ok(x):\n"
        "    raise Refused(Codes.NO, name=x)\n"
        "def bug(x):\n"
        '    raise ValueError("not a sentence for a person")\n',
        encoding="utf-8",
    )
    found = untyped_raises([module])
    assert [line.split(": ", 1)[1] for line in found] == [
        "Refused(...)",
        "NotFound(...)",
        "TotpRequired(...)",
        "Refused(...)",
    ]
