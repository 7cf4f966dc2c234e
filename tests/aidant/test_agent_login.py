"""Agent login: growing delay after failures (same answers for unknown logins), TOTP with a
±1 step window and no replay, dormant accounts deactivated, roles enforced in services."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from aidant.administration.policy import change_setting
from aidant.agents import accounts as agents
from aidant.agents import totp
from aidant.agents.texts import AgentText
from aidant.agents.totp_enrolment import enrol_totp
from aidant.domain.actors import Actor
from aidant.domain.enums import Role
from aidant.domain.errors import AuthenticationError, PermissionDenied
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.site.policy import SitePolicy
from aidant.storage.models import Agent, JournalEntry, LoginThrottle
from tests.conftest import AGENT_PASSWORD, MANAGER_PASSWORD
from tests.support.opening import reopen
from tests.support.pdfs import qr_codes


def journal(site: SiteContext, kind: str) -> list[dict[str, object]]:
    with site.transaction() as db:
        rows = db.scalars(select(JournalEntry).where(JournalEntry.kind == kind)).all()
        return [json.loads(r.data) for r in rows]


def refusal(site: SiteContext, login: str, password: str, code: str | None = None) -> str:
    with pytest.raises(AuthenticationError) as caught:
        agents.login_with_password(site, login, password, code)
    return str(caught.value)


def wait(seconds: float) -> str:
    """The French refusal while locked out for `seconds`."""
    return str(agents.lockout_refusal(seconds))


def test_lockout_schedule() -> None:
    assert [agents.lockout_seconds(n) for n in range(1, 9)] == [0, 0, 30, 60, 120, 240, 480, 900]
    assert agents.lockout_seconds(40) == 900
    assert wait(30) == ("Trop d'essais incorrects : attendez 30 secondes avant de réessayer.")
    assert wait(60) == "Trop d'essais incorrects : attendez 1 minute avant de réessayer."
    assert "attendez 2 minutes" in wait(61)
    assert agents.lockout_refusal(61).text is AgentText.LOCKED_MINUTES
    assert agents.lockout_refusal(61).params == {"minutes": 2}


def test_growing_delay_is_journalled_and_the_same_for_unknown_logins(
    site: SiteContext, clock: FakeClock
) -> None:
    known: list[str] = []
    unknown: list[str] = []
    for _ in range(4):
        known.append(refusal(site, "agent", "wrong password"))
        unknown.append(refusal(site, "personne", "wrong password"))
    assert known == unknown
    assert known[:2] == [AgentText.BAD_LOGIN.value] * 2
    assert known[2] == wait(30)
    # Still locked: even the right password is refused, with the time left.
    clock.advance(10)
    assert refusal(site, "agent", AGENT_PASSWORD) == wait(20)
    assert refusal(site, "personne", AGENT_PASSWORD) == wait(20)
    clock.advance(21)
    assert refusal(site, "agent", "wrong again") == wait(60)
    clock.advance(61)
    agents.login_with_password(site, "agent", AGENT_PASSWORD)
    locks = journal(site, "agent_locked_out")
    assert [lock["seconds"] for lock in locks if "agent" in lock] == [30, 60]
    assert [lock["seconds"] for lock in locks if "agent" not in lock] == [30]
    with site.transaction() as db:
        row = db.scalar(select(Agent).where(Agent.login == "agent"))
        assert row is not None and row.failed_logins == 0 and row.locked_until is None


def test_totp_enrolment_login_window_and_replay(
    site: SiteContext, manager: Actor, agent: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        enrol_totp(site, agent, "chef")  # an agent enrols only themself
    enrolment = enrol_totp(site, manager, "agent")
    assert enrolment.uri.startswith("otpauth://totp/")
    assert "issuer=Aidant" in enrolment.uri
    with site.transaction() as db:
        row = db.scalar(select(Agent).where(Agent.login == "agent"))
        assert row is not None and row.totp_secret is not None
        secret = row.totp_secret
    assert f"secret={totp.secret_text(secret).replace(' ', '')}" in enrolment.uri

    with pytest.raises(agents.TotpRequired):
        agents.login_with_password(site, "agent", AGENT_PASSWORD)
    code = totp.code_at(secret, clock.now())
    spaced = f"{code[:3]} {code[3:]}"
    assert agents.login_with_password(site, "agent", AGENT_PASSWORD, spaced).id == agent.id
    # The same code again (someone looking over the shoulder) is refused.
    assert refusal(site, "agent", AGENT_PASSWORD, code) == AgentText.BAD_LOGIN.value
    # A phone 30 s late is fine; two steps off is not.
    clock.advance(30)
    late = totp.code_at(secret, clock.now() - dt.timedelta(seconds=30))
    early = totp.code_at(secret, clock.now() + dt.timedelta(seconds=30))
    # The step was already used:
    assert refusal(site, "agent", AGENT_PASSWORD, late) == AgentText.BAD_LOGIN.value
    agents.login_with_password(site, "agent", AGENT_PASSWORD, early)
    clock.advance(120)
    stale = totp.code_at(secret, clock.now() - dt.timedelta(seconds=90))
    assert refusal(site, "agent", AGENT_PASSWORD, stale) == AgentText.BAD_LOGIN.value
    assert [e.get("reason") for e in journal(site, "agent_login_failed")] == ["totp"] * 3
    assert len(journal(site, "agent_totp_enrolled")) == 1


def test_totp_required_by_the_site(site: SiteContext, manager: Actor, clock: FakeClock) -> None:
    with site.transaction() as db:
        change_setting(db, manager, "totp_required", True, clock.now())
    assert refusal(site, "agent", AGENT_PASSWORD) == AgentText.TOTP_NOT_ENROLLED.value
    enrol_totp(site, manager, "agent")
    with pytest.raises(agents.TotpRequired):
        agents.login_with_password(site, "agent", AGENT_PASSWORD)


def test_dormant_agents_are_deactivated_but_never_the_last_manager(
    site: SiteContext, manager: Actor, clock: FakeClock
) -> None:
    with site.transaction() as db:  # the shared fixture switches dormancy off; the default is 5
        change_setting(db, manager, "dormant_months", SitePolicy().dormant_months, clock.now())
    agents.add_agent(site, manager, "chef2", "Deuxième chef", Role.MANAGER, "password-chef-2")
    clock.advance(dt.timedelta(days=140))
    agents.login_with_password(site, "chef", MANAGER_PASSWORD)  # chef stays active
    assert agents.deactivate_dormant(site) == 0
    clock.advance(dt.timedelta(days=20))  # 160 days: more than 5 months for the others
    assert agents.deactivate_dormant(site) == 2
    assert refusal(site, "agent", AGENT_PASSWORD) == AgentText.BAD_LOGIN.value
    assert sorted(v.login for v in agents.list_agents(site, manager) if v.active) == ["chef"]
    clock.advance(dt.timedelta(days=400))
    assert agents.deactivate_dormant(site) == 0  # the last manager keeps the site usable
    agents.login_with_password(site, "chef", MANAGER_PASSWORD)
    assert {e["reason"] for e in journal(site, "agent_deactivated")} == {"dormant"}


def test_months_before_clamps_to_the_month_end() -> None:
    when = dt.datetime(2026, 7, 31, 12, tzinfo=dt.UTC)
    assert agents.months_before(when, 5) == dt.datetime(2026, 2, 28, 12, tzinfo=dt.UTC)
    assert agents.months_before(when, 19) == dt.datetime(2024, 12, 31, 12, tzinfo=dt.UTC)


def test_an_agent_cannot_manage_policy_or_agents(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    with pytest.raises(PermissionDenied), site.transaction() as db:
        change_setting(db, agent, "agent_idle_minutes", 60, clock.now())
    with pytest.raises(PermissionDenied):
        agents.add_agent(site, agent, "intrus", "Intrus", Role.MANAGER, "password-intrus")
    with pytest.raises(PermissionDenied):
        agents.list_agents(site, agent)


def test_activation_card_pdf_holds_a_readable_qr(
    site: SiteContext, manager: Actor, tmp_path: Path
) -> None:
    enrolment = enrol_totp(site, manager, "agent")
    assert qr_codes(enrolment.card_pdf, tmp_path / "qr") == [enrolment.uri]
    pdf = tmp_path / "carte.pdf"
    pdf.write_bytes(enrolment.card_pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Code à usage unique" in text and "« agent »" in text


def test_unknown_login_lock_outlives_the_process(
    site: SiteContext, paths: DataPaths, clock: FakeClock
) -> None:
    """Each command-line run is a new process: the lock must hold there too."""
    for _ in range(3):
        refusal(site, "personne", "wrong password")
    other = reopen(paths, clock=clock)
    try:
        assert refusal(other, "personne", "x") == wait(30)
        with other.transaction() as db:
            [row] = db.scalars(select(LoginThrottle)).all()
            assert "personne" not in row.key_hash and row.failures == 3
    finally:
        other.close()
