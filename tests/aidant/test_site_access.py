"""The site's keys behind the agents' passwords: login slots, throttling that survives a
restart, password changes and resets, deactivation, and the upgrade of an older site."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from aidant.agents import accounts as agents
from aidant.agents import passwords
from aidant.agents.texts import AgentText
from aidant.domain.actors import Actor
from aidant.domain.enums import Role
from aidant.domain.errors import (
    AuthenticationError,
    ExitCode,
    PermissionDenied,
    Refused,
    StorageError,
)
from aidant.journal import EntryKind
from aidant.journal.checkpoints import verify_journal
from aidant.people import usagers
from aidant.setup.opening import SiteDoor, prepare
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext, connect
from aidant.site.paths import DataPaths
from aidant.site.texts import SiteText
from aidant.storage import engine as storage_engine
from aidant.storage.keystore import KeyName
from aidant.storage.models import Agent, JournalEntry
from tests.conftest import AGENT_PASSWORD, MANAGER_PASSWORD
from tests.support.cli import Cli
from tests.support.costs import TEST_COSTS
from tests.support.keyrings import MemoryKeyring
from tests.support.legacy import CANARY_FAMILY, make_legacy_site

CANARY = "Zéphyrincanari"


def door(paths: DataPaths, clock: FakeClock) -> SiteDoor:
    """What a fresh start of the application gets (a new process: nothing kept in memory)."""
    return prepare(paths, clock=clock, costs=TEST_COSTS)


def enter(paths: DataPaths, clock: FakeClock, login: str, password: str) -> Actor:
    ctx, actor = door(paths, clock).enter(login, password)
    ctx.close()
    return actor


def kinds(ctx: SiteContext) -> list[str]:
    with ctx.transaction() as db:
        return list(db.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)))


def _grep(root: Path, needle: str) -> list[str]:
    forms = {
        needle.encode("utf-8"),
        needle.encode("utf-16-le"),
        needle.encode("utf-16-be"),
        needle.lower().encode("utf-8"),
        needle.upper().encode("utf-8"),
    }
    return [
        str(path)
        for path in root.rglob("*")
        if path.is_file() and any(form in path.read_bytes() for form in forms)
    ]


def test_data_folder_and_whole_keyring_without_a_password_open_nothing(
    site: SiteContext, agent: Actor, isolated: MemoryKeyring
) -> None:
    usagers.register(site, agent, CANARY, "Eulalie", dt.date(1950, 3, 4), "Brive")
    paths = site.paths
    site.close()
    with pytest.raises(StorageError) as caught:
        connect(paths)
    assert str(caught.value) == str(SiteText.LOGIN_NEEDED.value)
    # No value of the keyring, as it is, opens the database.
    for value in isolated.store.values():
        raw = bytes.fromhex(value)
        if len(raw) == storage_engine.KEY_BYTES:
            with pytest.raises(StorageError):
                storage_engine.make_engine(paths.database, raw)
    # No personal string (nor an agent's name or login) in any file of the data folder.
    for needle in (CANARY, "Eulalie", "Brive", "Agent de test", "Chef de site"):
        assert _grep(paths.root, needle) == []
    access = paths.access_file.read_bytes()
    assert b"chef" not in access and b'"agent"' not in access


def test_a_wrong_password_opens_nothing_and_the_lock_outlives_a_restart(
    site: SiteContext, clock: FakeClock
) -> None:
    paths = site.paths
    site.close()
    for attempt in range(3):
        with pytest.raises(AuthenticationError) as caught:
            door(paths, clock).enter("agent", "wrong password")
        expected = AgentText.BAD_LOGIN if attempt < 2 else AgentText.LOCKED_SECONDS
        assert caught.value.text is expected
    # A new process: the right password still waits for the lock to end.
    with pytest.raises(AuthenticationError) as caught:
        door(paths, clock).enter("agent", AGENT_PASSWORD)
    assert caught.value.text is AgentText.LOCKED_SECONDS
    # Unknown logins are throttled the same way, and say the same.
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            door(paths, clock).enter("personne", "wrong password")
    clock.advance(dt.timedelta(seconds=31))
    ctx, actor = door(paths, clock).enter("agent", AGENT_PASSWORD)
    try:
        # The failures recorded while the database was closed are in the journal now.
        with ctx.transaction() as db:
            failed = [
                json.loads(e.data)
                for e in db.scalars(
                    select(JournalEntry).where(
                        JournalEntry.kind == EntryKind.AGENT_LOGIN_FAILED.value
                    )
                )
            ]
        assert sum(1 for f in failed if f.get("agent") == actor.id) == 4
        assert sum(1 for f in failed if "agent" not in f) == 3
        assert kinds(ctx)[-1] == EntryKind.AGENT_LOGIN.value
    finally:
        ctx.close()


def test_an_access_file_edited_without_the_device_secret_is_refused(site: SiteContext) -> None:
    paths = site.paths
    site.close()
    data = json.loads(paths.access_file.read_text())
    data["body"]["throttle"] = {"x": {"failures": 0, "until": None, "updated": "2026"}}
    paths.access_file.write_text(json.dumps(data))
    with pytest.raises(StorageError) as caught:
        prepare(paths, costs=TEST_COSTS)
    assert str(caught.value) == str(SiteText.ACCESS_FILE_DAMAGED.value)


def test_an_agent_changes_their_password(site: SiteContext, agent: Actor, clock: FakeClock) -> None:
    with pytest.raises(AuthenticationError):
        passwords.change_password(site, agent, "not the password", "new-password-2")
    with pytest.raises(Refused):
        passwords.change_password(site, agent, AGENT_PASSWORD, "short")
    passwords.change_password(site, agent, AGENT_PASSWORD, "new-password-2")
    assert kinds(site)[-1] == EntryKind.AGENT_PASSWORD_CHANGED.value
    paths = site.paths
    site.close()
    with pytest.raises(AuthenticationError):
        enter(paths, clock, "agent", AGENT_PASSWORD)
    assert enter(paths, clock, "agent", "new-password-2").id == agent.id


def test_a_manager_resets_deactivates_and_reactivates(
    site: SiteContext, manager: Actor, agent: Actor, clock: FakeClock
) -> None:
    with pytest.raises(PermissionDenied):
        passwords.reset_password(site, agent, "chef", "taken-over-1")
    with pytest.raises(PermissionDenied):
        passwords.deactivate_agent(site, agent, "chef")
    with pytest.raises(Refused):
        passwords.deactivate_agent(site, manager, "chef")  # oneself, the last manager
    passwords.reset_password(site, manager, "agent", "handed-over-1")
    passwords.deactivate_agent(site, manager, "agent")
    assert not site.access.has_slot("agent")  # type: ignore[union-attr]
    # Even with the row set active again behind the services' back, the password opens nothing.
    with site.transaction() as db:
        row = db.scalar(select(Agent).where(Agent.login == "agent"))
        assert row is not None
        row.active = True
    paths = site.paths
    with pytest.raises(AuthenticationError):
        enter(paths, clock, "agent", "handed-over-1")
    with site.transaction() as db:
        row = db.scalar(select(Agent).where(Agent.login == "agent"))
        assert row is not None
        row.active = False
    passwords.reactivate_agent(site, manager, "agent", "back-again-1")
    assert kinds(site)[-6:] == [
        EntryKind.AGENT_CERTIFIED.value,
        EntryKind.AGENT_PASSWORD_RESET.value,
        EntryKind.AGENT_CERTIFIED.value,  # the certificate that says "inactive"
        EntryKind.AGENT_DEACTIVATED.value,
        EntryKind.AGENT_CERTIFIED.value,
        EntryKind.AGENT_REACTIVATED.value,
    ]
    site.close()
    assert enter(paths, clock, "agent", "back-again-1").id == agent.id


def test_a_new_agent_gets_a_slot_and_a_dormant_one_loses_it(
    site: SiteContext, manager: Actor, clock: FakeClock
) -> None:
    from aidant.administration.policy import change_setting

    agents.add_agent(site, manager, "neuf", "Agent neuf", Role.AGENT, "neuf-password-1")
    assert site.access is not None and site.access.has_slot("neuf")
    with site.transaction() as db:
        change_setting(db, manager, "dormant_months", 2, clock.now())
    clock.advance(dt.timedelta(days=100))
    agents.login_with_password(site, "chef", MANAGER_PASSWORD)  # runs the dormancy check
    assert not site.access.has_slot("neuf")


def test_an_older_site_upgrades_at_the_first_manager_login(
    tmp_path: Path, isolated: MemoryKeyring, clock: FakeClock
) -> None:
    paths = DataPaths(tmp_path / "old")
    make_legacy_site(paths.root, MANAGER_PASSWORD, AGENT_PASSWORD, isolated)
    assert not paths.access_file.exists()
    # An agent logs in as before; nothing changes yet.
    assert enter(paths, clock, "agent", AGENT_PASSWORD).role is Role.AGENT
    assert not paths.access_file.exists()
    # The first manager login moves the key into login slots; the keyring loses it.
    manager = enter(paths, clock, "chef", MANAGER_PASSWORD)
    assert paths.access_file.exists()
    assert all(not user.endswith(KeyName.DATABASE.value) for _, user in isolated.store)
    with pytest.raises(StorageError):
        connect(paths)
    # The agent's unchanged password opens their (upgraded) slot; nothing was lost.
    ctx, agent = door(paths, clock).enter("agent", AGENT_PASSWORD)
    try:
        assert [u.family_name for u in usagers.search(ctx, CANARY_FAMILY)] == [CANARY_FAMILY]
        assert EntryKind.SITE_ACCESS_UPGRADED.value in kinds(ctx)
        assert verify_journal(ctx, manager).ok
    finally:
        ctx.close()
    assert enter(paths, clock, "agent", AGENT_PASSWORD).id == agent.id


def test_the_commands_change_reset_deactivate_and_reactivate(site: SiteContext, cli: Cli) -> None:
    site.close()
    pw = MANAGER_PASSWORD
    code, out, err = cli(
        "--as",
        "agent",
        "agent",
        "password",
        stdin=f"{AGENT_PASSWORD}\n{AGENT_PASSWORD}\nagent-password-2\nagent-password-2\n",
    )
    assert code == 0 and "changé" in out, err
    assert cli("--as", "agent", "agent", "list", stdin=f"{AGENT_PASSWORD}\n")[0] == ExitCode.AUTH
    code, _, err = cli(
        "--as",
        "agent",
        "agent",
        "reset",
        "--login",
        "chef",
        stdin="agent-password-2\nx-password-1\nx-password-1\n",
    )
    assert code == ExitCode.REFUSED, err
    code, out, err = cli("--as", "chef", "agent", "deactivate", "--login", "agent", stdin=f"{pw}\n")
    assert code == 0 and "désactivé" in out, err
    assert cli("--as", "agent", "agent", "list", stdin="agent-password-2\n")[0] == ExitCode.AUTH
    code, _, err = cli(
        "--as",
        "chef",
        "agent",
        "reactivate",
        "--login",
        "agent",
        stdin=f"{pw}\nagent-password-3\nagent-password-3\n",
    )
    assert code == 0, err
    code, _, err = cli(
        "--as",
        "chef",
        "agent",
        "reset",
        "--login",
        "agent",
        stdin=f"{pw}\nagent-password-4\nagent-password-4\n",
    )
    assert code == 0, err
    code, out, err = cli("--as", "agent", "usager", "find", "x", stdin="agent-password-4\n")
    assert code == 0, err


def test_a_one_time_code_is_asked_after_the_password_opened_the_slot(
    site: SiteContext, manager: Actor, clock: FakeClock
) -> None:
    from aidant.agents import totp
    from aidant.agents.totp_enrolment import enrol_totp
    from aidant.storage.models import Agent as AgentRow

    enrol_totp(site, manager, "agent")
    with site.transaction() as db:
        row = db.scalar(select(AgentRow).where(AgentRow.login == "agent"))
        assert row is not None and row.totp_secret is not None
        secret = bytes(row.totp_secret)
    paths = site.paths
    site.close()
    with pytest.raises(agents.TotpRequired):
        door(paths, clock).enter("agent", AGENT_PASSWORD)
    with pytest.raises(AuthenticationError):
        door(paths, clock).enter("agent", AGENT_PASSWORD, "000000")
    ctx, actor = door(paths, clock).enter(
        "agent", AGENT_PASSWORD, totp.code_at(secret, clock.now())
    )
    ctx.close()
    assert actor.role is Role.AGENT
