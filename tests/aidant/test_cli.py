"""The command line as an administrator uses it: secrets on stdin, one-sentence errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from aidant.domain.errors import ExitCode
from aidant.site.paths import resolve_data_dir
from tests.support.cli import Cli
from tests.support.keyrings import MemoryKeyring
from tests.support.opening import reopen

ROOT = Path(__file__).resolve().parents[2]


def test_version_and_help_document_exit_codes(cli: Cli) -> None:
    code, out, _ = cli("--version")
    assert code == 0 and out.startswith("aidant ")
    code, out, _ = cli("--help")
    assert code == 0
    for number in ("0", "1", "2", "3", "4", "5", "6", "7", "70"):
        assert f"\n  {number} " in out


def test_init_agents_and_errors(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "secours.pdf"
    code, out, err = cli(
        "init",
        "--site-name",
        "France Services Le Blanc",
        "--manager-login",
        "chef",
        "--recovery-sheet",
        str(sheet),
        stdin="manager-password-1\n",
    )
    assert code == 0, err
    assert "installé" in out and sheet.read_bytes().startswith(b"%PDF")

    code, _, err = cli("init", "--site-name", "Again", stdin="manager-password-1\n")
    assert code == ExitCode.REFUSED and "déjà installé" in err

    code, out, err = cli(
        "--as",
        "chef",
        "agent",
        "add",
        "--login",
        "samir",
        "--name",
        "Samir B.",
        stdin="manager-password-1\nagent-password-1\n",
    )
    assert code == 0, err
    code, out, err = cli("--as", "chef", "agent", "list", stdin="manager-password-1\n")
    assert code == 0 and "samir" in out and "manager" in out

    code, _, err = cli("--as", "chef", "agent", "list", stdin="wrong-password\n")
    assert (
        code == ExitCode.AUTH and err.strip() == "aidant : Identifiant ou mot de passe incorrect."
    )

    code, _, err = cli(
        "--as",
        "samir",
        "agent",
        "add",
        "--login",
        "x2",
        "--name",
        "X",
        stdin="agent-password-1\nagent-password-2\n",
    )
    assert code == ExitCode.REFUSED and "responsable" in err

    code, _, err = cli("agent", "list", stdin="")
    assert code == ExitCode.USAGE and "--as" in err

    code, _, err = cli("--as", "chef", "agent", "list", stdin="")
    assert code == ExitCode.USAGE and "entrée standard" in err


def test_not_initialised_is_one_sentence(cli: Cli) -> None:
    code, _, err = cli("--as", "chef", "agent", "list", stdin="x\n")
    assert code == ExitCode.STORAGE
    assert err.count("\n") == 1 and "aidant init" in err and "Traceback" not in err


def test_usage_error_exit_code(cli: Cli) -> None:
    code, _, err = cli("agent", "frobnicate")
    assert code == ExitCode.USAGE and "Traceback" not in err


def test_backup_and_key_restore(cli: Cli, tmp_path: Path, isolated: MemoryKeyring) -> None:
    assert (
        cli("init", "--site-name", "S", "--manager-login", "chef", stdin="manager-password-1\n")[0]
        == 0
    )
    code, _, err = cli("--as", "chef", "backup", str(tmp_path / "bk"), stdin="manager-password-1\n")
    assert code == 0, err
    backups = list((tmp_path / "bk").iterdir())
    assert len(backups) == 1 and (backups[0] / "aidant.db").exists()

    # Lose the keyring, restore access from the (printed) sheet's keys.
    with reopen(resolve_data_dir(None)) as ctx:
        db_key = bytes(ctx.database_key()).hex()
    saved = dict(isolated.store)
    isolated.store.clear()
    code, _, err = cli("--as", "chef", "agent", "list", stdin="manager-password-1\n")
    assert code == ExitCode.STORAGE and "aidant key restore" in err
    keys = {user.split(":")[1]: value for (_, user), value in saved.items()}
    grouped = " ".join(db_key[i : i + 4] for i in range(0, 64, 4))
    code, _, err = cli(
        "key",
        "restore",
        stdin=f"{grouped}\nAIDANT-SIGNKEY:{keys['journal-signing-key']}\nchef\n"
        "new-password-22\nnew-password-22\n",
    )
    assert code == 0, err
    assert cli("--as", "chef", "agent", "list", stdin="new-password-22\n")[0] == 0
    assert cli("--as", "chef", "agent", "list", stdin="manager-password-1\n")[0] == ExitCode.AUTH

    isolated.store.clear()
    code, _, err = cli("key", "restore", stdin=f"{'ab' * 32}\n{'cd' * 32}\nchef\nx\nx\n")
    assert code == ExitCode.STORAGE and "clé" in err


def test_python_dash_m_runs_without_qt(tmp_path: Path) -> None:
    env = {**os.environ, "AIDANT_DATA_DIR": str(tmp_path / "nowhere"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "aidant", "self-test", "--no-qt"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == ExitCode.CHECK_FAILED
    assert "[ok   ] polices" in done.stdout and "[ÉCHEC] base de données" in done.stdout
    assert "PySide6" not in done.stderr  # the command line never loads Qt
    assert "Traceback" not in done.stderr


def test_self_test_on_a_demo_site(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    data = str(tmp_path / "demo")
    prep = subprocess.run(
        [sys.executable, "-m", "aidant", "--data-dir", data, "demo", "--no-gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert prep.returncode == 0, prep.stderr
    done = subprocess.run(
        [sys.executable, "-m", "aidant", "--data-dir", data, "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("[ok   ]") == 8  # vault files: a check of their own
