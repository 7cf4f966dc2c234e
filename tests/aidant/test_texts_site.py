"""The sentence catalogues of the agents, command line, domain, site, set-up, sessions, policy
and interface: every member a French sentence with named fields, and no error left built from
a plain sentence in those packages."""

from __future__ import annotations

import string
from pathlib import Path

from aidant.administration.texts import PolicyText
from aidant.agents.accounts import lockout_refusal
from aidant.agents.texts import AgentText
from aidant.cli.texts import CliText
from aidant.domain.errors import AuthenticationError, Text, UsageError
from aidant.domain.texts import DomainText
from aidant.sessions.texts import SessionText
from aidant.setup.texts import SetupText
from aidant.site.texts import SiteText
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
