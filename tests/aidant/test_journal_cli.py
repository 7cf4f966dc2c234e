"""The journal, audit, statistics and purge commands as a manager scripts them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from aidant.domain.errors import ExitCode
from aidant.site.paths import resolve_data_dir
from tests.support.cli import run
from tests.support.opening import reopen

PW = "manager-password-1\n"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def _run(*argv: str, stdin: str = PW) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *argv, stdin=stdin)

    assert _run("init", "--site-name", "France Services", "--manager-login", "chef")[0] == 0
    return _run


def test_verify_checkpoint_and_tampering(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    receipt, statement = tmp_path / "recu.pdf", tmp_path / "recu.json"
    code, out, err = cli(
        "--as", "chef", "journal", "checkpoint", "--out", str(statement), "--pdf", str(receipt)
    )
    assert code == 0, err
    assert (
        receipt.read_bytes().startswith(b"%PDF") and json.loads(statement.read_text())["size"] > 0
    )
    code, out, err = cli("--as", "chef", "journal", "verify", "--checkpoint", str(statement))
    assert code == 0 and out.startswith("Journal intact"), err

    ctx = reopen(resolve_data_dir(None))
    with ctx.engine.begin() as conn:
        conn.execute(text('UPDATE journal_entries SET data = \'{"agent":"x"}\' WHERE seq = 2'))
    ctx.close()
    code, out, err = cli("--as", "chef", "journal", "verify")
    assert code == ExitCode.CHECK_FAILED
    assert err.count("\n") == 1 and "entrée n° 2" in err and "Traceback" not in err

    bad = tmp_path / "bad.json"
    bad.write_text("pas du json")
    code, _, err = cli("--as", "chef", "journal", "verify", "--checkpoint", str(bad))
    assert code == ExitCode.USAGE and "illisible" in err


def test_stats_audit_purge(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    period = ("--from", "2026-01-01", "--to", "31/03/2026")
    code, out, err = cli("--as", "chef", "stats", *period)
    assert code == 0, err
    assert json.loads(out)["period"] == {"from": "2026-01-01", "to": "2026-03-31"}
    code, out, err = cli("--as", "chef", "stats", *period, "--format", "csv")
    assert code == 0 and out.startswith("rubrique;clé;"), err
    code, _, err = cli("--as", "chef", "stats", *period, "--format", "pdf")
    assert code == ExitCode.USAGE and "--out" in err

    a, b = tmp_path / "a.json", tmp_path / "b.json"
    code, _, err = cli("--as", "chef", "stats", *period, "--anonymous", "--out", str(a))
    assert code == 0, err
    other = json.loads(a.read_text())
    other["sites"] = ["0000000000000000"]
    b.write_text(json.dumps(other))
    code, out, err = cli("stats", "merge", str(a), str(b), "--format", "csv", stdin="")
    assert code == 0 and "mandates_created" in out, err
    other["period"]["from"] = "2026-02-01"
    b.write_text(json.dumps(other))
    code, _, err = cli("stats", "merge", str(a), str(b), stdin="")
    assert code == ExitCode.USAGE and "période" in err and err.count("\n") == 1

    audit = tmp_path / "audit.csv"
    code, _, err = cli(
        "--as", "chef", "audit", "--kind", "agent_login", "--format", "csv", "--out", str(audit)
    )
    assert code == 0, err
    assert audit.read_bytes().startswith("\ufeffN°;Date;".encode())
    code, out, err = cli("--as", "chef", "audit", "--agent", "personne")
    assert code == ExitCode.NOT_FOUND

    code, out, err = cli("--as", "chef", "purge", "--dry-run")
    assert code == 0 and "0 usager(s) seraient effacé(s)" in out, err
