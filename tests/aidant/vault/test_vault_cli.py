"""`aidant vault ...` as an administrator scripts it: secrets on stdin, one-sentence errors."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from aidant import vault
from aidant.domain.actors import Actor
from aidant.domain.errors import ExitCode
from aidant.people import usagers
from aidant.site.context import SiteContext
from tests.conftest import AGENT_PASSWORD, MANAGER_PASSWORD
from tests.support.cli import run

PDF = b"%PDF-1.4\n% scan of a rent receipt\n"


def test_vault_commands(
    site: SiteContext,
    agent: Actor,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *argv, stdin=stdin)

    uid = usagers.register(site, agent, "Nguyen", "Thi Mai").id
    card, sheet = tmp_path / "carte.pdf", tmp_path / "secours.pdf"
    code, out, err = cli(
        "--as",
        "agent",
        "vault",
        "create",
        "--usager",
        uid,
        "--card-pdf",
        str(card),
        "--recovery-pdf",
        str(sheet),
        "--show-secrets",
        stdin=f"{AGENT_PASSWORD}\n5173\n",
    )
    assert code == 0, err
    card_code = re.search(r"Code de la carte : (\S+)", out).group(1)  # type: ignore[union-attr]
    assert card.read_bytes().startswith(b"%PDF") and sheet.read_bytes().startswith(b"%PDF")
    assert "AGE-SECRET-KEY" not in out and "5173" not in out

    scan = tmp_path / "quittance.pdf"
    scan.write_bytes(PDF)
    code, out, err = cli(
        "--as",
        "agent",
        "vault",
        "deposit",
        "--usager",
        uid,
        str(scan),
        "--title",
        "Quittance de loyer",
        "--category",
        "logement",
        "--expires",
        "2026-03-20",
        stdin=f"{AGENT_PASSWORD}\n",
    )
    assert code == 0, err
    doc_id = re.search(r"\(([0-9a-f-]{36})\)", out).group(1)  # type: ignore[union-attr]

    code, out, err = cli(
        "--as",
        "agent",
        "vault",
        "list",
        "--usager",
        uid,
        stdin=f"{AGENT_PASSWORD}\n{card_code}\n5173\n",
    )
    assert code == 0, err
    assert "Quittance de loyer" in out and "Logement" in out and "bientôt expiré" in out

    out_file = tmp_path / "export.pdf"
    code, out, err = cli(
        "--as",
        "agent",
        "vault",
        "export",
        "--usager",
        uid,
        doc_id[:8],
        str(out_file),
        stdin=f"{AGENT_PASSWORD}\n{card_code}\n5173\n",
    )
    assert code == 0, err
    assert out_file.read_bytes() == PDF

    code, _, err = cli(
        "--as",
        "agent",
        "vault",
        "list",
        "--usager",
        uid,
        stdin=f"{AGENT_PASSWORD}\n{card_code}\n0000\n",
    )
    assert (
        code == ExitCode.AUTH
        and err == "aidant : Code incorrect : il reste 4 essais avant une attente.\n"
    )
    code, _, err = cli(
        "--as", "agent", "vault", "list", "--usager", uid, stdin=f"{AGENT_PASSWORD}\nABCD\n5173\n"
    )
    assert code == ExitCode.USAGE and err.count("\n") == 1
    code, _, err = cli(
        "--as",
        "agent",
        "vault",
        "deposit",
        "--usager",
        uid,
        str(tmp_path / "absent.pdf"),
        stdin=f"{AGENT_PASSWORD}\n",
    )
    assert code == ExitCode.IO and "introuvable" in err
    code, _, err = cli(
        "--as",
        "agent",
        "vault",
        "deposit",
        "--usager",
        uid,
        str(scan),
        "--category",
        "x",
        stdin=f"{AGENT_PASSWORD}\n",
    )
    assert code == ExitCode.USAGE and "Catégorie inconnue" in err

    code, _, err = cli(
        "--as",
        "agent",
        "vault",
        "delete",
        "--usager",
        uid,
        doc_id,
        stdin=f"{AGENT_PASSWORD}\n{card_code}\n5173\n",
    )
    assert code == 0, err
    code, out, _ = cli(
        "--as",
        "agent",
        "vault",
        "list",
        "--usager",
        uid,
        stdin=f"{AGENT_PASSWORD}\n{card_code}\n5173\n",
    )
    assert "Le coffre est vide." in out

    code, _, err = cli(
        "--as", "chef", "vault", "shred", "--usager", uid, stdin=f"{MANAGER_PASSWORD}\n"
    )
    assert code == 0, err
    code, _, err = cli(
        "--as",
        "agent",
        "vault",
        "list",
        "--usager",
        uid,
        stdin=f"{AGENT_PASSWORD}\n{card_code}\n5173\n",
    )
    assert code == ExitCode.REFUSED and "détruit" in err


def test_create_prints_no_secret_unless_asked(
    site: SiteContext,
    agent: Actor,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without --show-secrets the card code and the recovery key never reach the terminal; the
    forms are written for this account alone, with a reminder to delete them once printed."""
    uid = usagers.register(site, agent, "Haddad", "Youssef").id
    create = ("--as", "agent", "vault", "create", "--usager", uid)
    code, out, err = run(capsys, monkeypatch, *create, stdin=f"{AGENT_PASSWORD}\n5173\n")
    assert code == ExitCode.USAGE and "--show-secrets" in err
    assert not vault.has_vault(site, uid)  # refused before anything was made

    card, sheet = tmp_path / "carte.pdf", tmp_path / "secours.pdf"
    code, out, err = run(
        capsys,
        monkeypatch,
        *create,
        "--card-pdf",
        str(card),
        "--recovery-pdf",
        str(sheet),
        stdin=f"{AGENT_PASSWORD}\n5173\n",
    )
    assert code == 0, err
    assert "AGE-SECRET-KEY" not in out + err and "Code de la carte" not in out
    assert "effacez ce fichier" in out and vault.has_vault(site, uid)
    for form in (card, sheet):
        assert stat.S_IMODE(form.stat().st_mode) == 0o600


def test_create_without_sheet_shows_the_recovery_key_when_asked(
    site: SiteContext,
    agent: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uid = usagers.register(site, agent, "Haddad", "Youssef").id
    code, out, err = run(
        capsys,
        monkeypatch,
        "--as",
        "agent",
        "vault",
        "create",
        "--usager",
        uid,
        "--show-secrets",
        stdin=f"{AGENT_PASSWORD}\n5173\n",
    )
    assert code == 0, err
    key = re.search(r"(AGE-SECRET-KEY-1\S+)", out).group(1)  # type: ignore[union-attr]
    code, out, err = run(
        capsys,
        monkeypatch,
        "--as",
        "agent",
        "vault",
        "list",
        "--usager",
        uid,
        "--recovery",
        stdin=f"{AGENT_PASSWORD}\n{key}\n",
    )
    assert code == 0 and "Le coffre est vide." in out, err


def test_a_manager_resets_the_failed_attempts(
    site: SiteContext,
    agent: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uid = usagers.register(site, agent, "Haddad", "Youssef").id
    args = ("vault", "reset-attempts", "--usager", uid)
    code, out, err = run(
        capsys,
        monkeypatch,
        "--as",
        "agent",
        "vault",
        "create",
        "--usager",
        uid,
        "--show-secrets",
        stdin=f"{AGENT_PASSWORD}\n5173\n",
    )
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "--as", "agent", *args, stdin=f"{AGENT_PASSWORD}\n")
    assert code == ExitCode.REFUSED
    code, out, err = run(capsys, monkeypatch, "--as", "chef", *args, stdin=f"{MANAGER_PASSWORD}\n")
    assert code == 0 and "remis à zéro" in out, err
