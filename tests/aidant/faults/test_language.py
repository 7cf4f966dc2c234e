"""The command line speaks French, argparse included, and English with `AIDANT_LANG=en`; the
exit-code table of `--help` and of the README agree with `ExitCode`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aidant.domain.errors import ExitCode
from tests.aidant.faults.conftest import AGENT_PW, Run, World, one_french_sentence

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("argv", "english", "french"),
    [
        (("frob",), "invalid choice", "choix invalide"),
        (("usager", "add"), "the following arguments are required", "obligatoires manquants"),
        (
            ("vault", "deposit", "--pages", "x", "--usager", "u", "f"),
            "invalid int value",
            "valeur invalide",
        ),
        (("--nope",), "unrecognized arguments", "arguments inconnus"),
    ],
)
def test_argparse_speaks_french_and_english_on_request(
    argv: tuple[str, ...], english: str, french: str, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(*argv)
    assert code == 2 and french in err and english not in err
    assert err.startswith("usage : ")
    monkeypatch.setenv("AIDANT_LANG", "en")
    code, _, err = run(*argv)
    assert code == 2 and english in err


def test_help_is_french(run: Run) -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert "usage : " in out and "afficher cette aide et quitter" in out
    assert "show this help" not in out and "positional arguments" not in out


def test_sentences_are_english_with_aidant_lang(
    world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIDANT_LANG", "en")
    code, _, err = run(
        "--as",
        "agent",
        "usager",
        "add",
        "--family",
        "A" * 500,
        "--given",
        "B",
        stdin=AGENT_PW + "\n",
    )
    assert code == 2
    assert err.strip() == "aidant : The “surname” field is longer than 100 characters: shorten it."
    monkeypatch.delenv("AIDANT_LANG")
    code, _, err = run(
        "--as",
        "agent",
        "usager",
        "add",
        "--family",
        "A" * 500,
        "--given",
        "B",
        stdin=AGENT_PW + "\n",
    )
    assert one_french_sentence(code, err) == (
        "Le champ « nom de famille » dépasse 100 caractères : raccourcissez-le."
    )


def _table(text: str, pattern: str) -> dict[int, str]:
    return {int(number): label for number, label in re.findall(pattern, text)}


def test_the_exit_codes_documented_are_the_codes_used(run: Run) -> None:
    _, out, _ = run("--help")
    helped = _table(out, r"\n  (\d+) +([^\n]+)")
    assert set(helped) == {int(c) for c in ExitCode}
    readme = (ROOT / "README.md").read_text("utf-8")
    documented = set(re.findall(r"`(\d+)`\s", readme[readme.index("Exit codes:") :][:900]))
    assert {int(n) for n in documented} == {int(c) for c in ExitCode}
    assert "permissions" in readme[readme.index("`7`") :][:120]
