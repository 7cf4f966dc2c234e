"""`aidant wipe --dry-run` lists, `aidant wipe` empties and journals counts (manager only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from aidant.administration.policy import change_setting
from aidant.agents import totp
from aidant.agents.texts import AgentText
from aidant.domain.actors import Actor
from aidant.domain.errors import ExitCode
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import Agent
from tests.conftest import AGENT_PASSWORD, MANAGER_PASSWORD
from tests.support.cli import run


def test_wipe_dry_run_then_wipe(
    site: SiteContext,
    manager: Actor,
    clock: FakeClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    downloads = tmp_path / "Téléchargements"
    downloads.mkdir()
    (downloads / "avis\nimpôt.pdf").write_bytes(b"%PDF")
    (downloads / "dossier").mkdir()
    (downloads / "dossier" / "scan.jpg").write_bytes(b"jpg")

    code, out, _ = run(
        capsys, monkeypatch, "--as", "agent", "wipe", "--dry-run", stdin=AGENT_PASSWORD + "\n"
    )
    assert code == ExitCode.OK and "Aucun dossier" in out

    with site.transaction() as db:
        change_setting(db, manager, "wipe_roots", [str(downloads)], clock.now())
    code, out, _ = run(
        capsys, monkeypatch, "--as", "agent", "wipe", "--dry-run", stdin=AGENT_PASSWORD + "\n"
    )
    assert code == ExitCode.OK
    assert "avis\\u000aimpôt.pdf" in out and "3 élément(s) seraient supprimés" in out
    assert (downloads / "dossier" / "scan.jpg").exists()

    code, _, err = run(capsys, monkeypatch, "--as", "agent", "wipe", stdin=AGENT_PASSWORD + "\n")
    assert code == ExitCode.REFUSED and "responsable" in err

    code, out, _ = run(capsys, monkeypatch, "--as", "chef", "wipe", stdin=MANAGER_PASSWORD + "\n")
    assert code == ExitCode.OK and "3 élément(s) supprimés" in out
    assert list(downloads.iterdir()) == []


def test_totp_enrol_then_log_in_with_a_code(
    site: SiteContext,
    manager: Actor,
    clock: FakeClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = tmp_path / "carte.pdf"
    code, out, err = run(
        capsys,
        monkeypatch,
        "--as",
        "chef",
        "agent",
        "totp-enrol",
        "--login",
        "agent",
        "--pdf",
        str(card),
        stdin=MANAGER_PASSWORD + "\n",
    )
    assert code == ExitCode.OK, err
    assert card.read_bytes().startswith(b"%PDF") and "carte" in out
    with site.transaction() as db:
        secret = db.scalar(select(Agent.totp_secret).where(Agent.login == "agent"))
    assert secret is not None
    now_code = totp.code_at(secret, dt.datetime.now(dt.UTC))
    args = ("--as", "agent", "wipe", "--dry-run")
    code, _, err = run(capsys, monkeypatch, *args, stdin=f"{AGENT_PASSWORD}\n000000\n")
    assert code == ExitCode.AUTH and err.strip() == f"aidant : {AgentText.BAD_LOGIN.value}"
    code, out, err = run(capsys, monkeypatch, *args, stdin=f"{AGENT_PASSWORD}\n{now_code}\n")
    assert code == ExitCode.OK, err
