"""The usager, mandate and action commands, as a site administrator scripts them."""

from __future__ import annotations

import re
from pathlib import Path

from aidant.domain.errors import ExitCode
from tests.support.cli import Cli

PASSWORD = "manager-password-1\n"


def _as_chef(cli: Cli, *argv: str, stdin: str = PASSWORD) -> tuple[int, str, str]:
    return cli("--as", "chef", *argv, stdin=stdin)


def test_mandate_lifecycle_on_the_command_line(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli(
        "init", "--site-name", "CCAS du Blanc", "--manager-login", "chef", stdin=PASSWORD
    )
    assert code == 0, err

    code, out, err = _as_chef(
        cli,
        "usager",
        "add",
        "--family",
        "Dupré",
        "--given",
        "Éléonore",
        "--birth-date",
        "14/05/1946",
    )
    assert code == 0, err
    usager_id = out.strip().rsplit(" ", 1)[-1]
    code, _, err = _as_chef(cli, "usager", "add", "--family", "DUPRE", "--given", "eleonore")
    assert code == ExitCode.REFUSED and "semble déjà enregistrée" in err and usager_id in err
    code, out, err = _as_chef(
        cli, "usager", "add", "--family", "Dupré", "--given", "Éléonore", "--confirm-new"
    )
    assert code == 0, err
    code, out, _ = _as_chef(cli, "usager", "find", "eleonore")
    assert code == 0 and out.count("Éléonore DUPRÉ") == 2

    draft_pdf = tmp_path / "projet.pdf"
    code, out, err = _as_chef(
        cli,
        "mandate",
        "create",
        "--usager",
        usager_id,
        "--demarche",
        "logement",
        "--demarche",
        "argent",
        "--duration",
        "182",
        "--pdf",
        str(draft_pdf),
    )
    assert code == 0, err
    assert draft_pdf.read_bytes().startswith(b"%PDF")
    mandate_id = re.search(r"\(([0-9a-f-]{36})\)", out).group(1)  # type: ignore[union-attr]
    code_text = re.search(r"Mandat (\w{5}-\w{5})", out).group(1)  # type: ignore[union-attr]

    code, _, _ = cli("mandate", "verify", code_text)
    assert code == ExitCode.CHECK_FAILED  # a draft is not active

    # Five checklist points, then the final agreement; one point refused is not consent.
    code, _, err = _as_chef(
        cli, "mandate", "consent", mandate_id, stdin=PASSWORD + "oui\nnon\noui\noui\noui\noui\n"
    )
    assert code == ExitCode.REFUSED and "pas été confirmé" in err
    signed = tmp_path / "a-signer.pdf"
    code, out, err = _as_chef(
        cli,
        "mandate",
        "consent",
        mandate_id,
        "--pdf",
        str(signed),
        stdin=PASSWORD + "oui\n" * 6,
    )
    assert code == 0, err
    assert "état : actif" in out and signed.exists()

    code, out, _ = cli("mandate", "verify", code_text.lower())
    assert code == 0 and "actif" in out and "intact" in out

    code, out, err = _as_chef(
        cli,
        "action",
        "record",
        "--usager",
        usager_id,
        "--demarche",
        "logement",
        "--description",
        "Demande d'aide au logement",
        "--organisation",
        "CAF",
    )
    assert code == 0, err
    code, _, err = _as_chef(
        cli, "action", "record", "--usager", usager_id, "--demarche", "justice",
        "--description", "Demande d'aide juridictionnelle",
    )  # fmt: skip
    assert code == ExitCode.REFUSED
    assert err.startswith("aidant : Aucun mandat actif n'autorise le site") and "Justice" in err

    code, out, _ = _as_chef(cli, "action", "list", "--usager", usager_id)
    assert "CAF" in out and "Demande d'aide au logement" in out
    code, out, _ = _as_chef(cli, "mandate", "show", code_text)
    assert code == 0 and mandate_id in out
    code, out, _ = _as_chef(cli, "mandate", "expiring")
    assert code == 0 and code_text not in out

    attestation = tmp_path / "revocation.pdf"
    code, out, err = _as_chef(
        cli,
        "mandate",
        "revoke",
        mandate_id,
        "--reason",
        "À sa demande",
        "--attestation",
        str(attestation),
    )
    assert code == 0, err
    assert "révoqué" in out and attestation.exists()
    code, out, _ = cli("mandate", "verify", code_text)
    assert code == ExitCode.CHECK_FAILED and "révoqué" in out
    code, _, err = cli("mandate", "verify", "ZZZZZ-ZZZZZ")
    assert code == ExitCode.CHECK_FAILED and "Aucun mandat" in err
    code, _, _ = cli("mandate", "verify", "pas-un-code")
    assert code == ExitCode.USAGE

    blank = tmp_path / "modele.pdf"
    # The blank form names the site: it needs the site open, so an agent's password.
    code, _, err = _as_chef(cli, "mandate", "blank-revocation", str(blank))
    assert code == 0, err
    assert blank.read_bytes().startswith(b"%PDF")
