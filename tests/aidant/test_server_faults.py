"""The site server killed (`kill -9`) while mandates are being made, or down while a desk works:
nothing is half-written (no act without its journal entry, no entry without its act, the
journal verifies), every call made meanwhile says one sentence, and the same open site and
agent session go on once the server is back."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from aidant.agents import accounts as agents
from aidant.domain import faults
from aidant.domain.actors import Actor
from aidant.domain.enums import ConsentAnswer, MandateDuration, Role
from aidant.domain.errors import ExitCode, StorageError
from aidant.domain.texts import FaultText
from aidant.journal import EntryKind
from aidant.journal.checkpoints import verify_journal
from aidant.journal.verify import verify_database
from aidant.mandates import active_mandates_of, create_mandate, record_action, record_consent
from aidant.mandates.service import consent_checklist
from aidant.people import usagers
from aidant.sessions.session import EndReason, start_agent_session
from aidant.setup.backup import backup
from aidant.setup.create import init_site
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.storage.models import JournalEntry, Mandate
from tests.conftest import AGENT_PASSWORD, MANAGER_PASSWORD
from tests.support.cli import Cli
from tests.support.costs import TEST_COSTS
from tests.support.server import dedicated_cluster
from tools.pg_cluster import Cluster

#: How many times the server is killed while mandates are being made.
KILLS = 3
ANSWERS = {p.id: True for p in consent_checklist()}


@dataclass
class Desk:
    cluster: Cluster
    ctx: SiteContext
    manager: Actor
    agent: Actor
    person: usagers.UsagerView


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with dedicated_cluster() as started:
        yield started


@pytest.fixture
def desk(cluster: Cluster, tmp_path: Path, clock: FakeClock) -> Iterator[Desk]:
    name = f"faults_{tmp_path.name}".replace("-", "_")[:60]
    url = cluster.create_database(name)
    ctx = init_site(
        DataPaths(tmp_path / "data"), "Site", "chef", "Chef", MANAGER_PASSWORD,
        clock=clock, costs=TEST_COSTS, server_url=url,
    )  # fmt: skip
    manager = agents.login_with_password(ctx, "chef", MANAGER_PASSWORD)
    agents.add_agent(ctx, manager, "agent", "Agent", Role.AGENT, AGENT_PASSWORD)
    agent = agents.login_with_password(ctx, "agent", AGENT_PASSWORD)
    person = usagers.register(ctx, agent, "Moreau", "Inès")
    try:
        yield Desk(cluster, ctx, manager, agent, person)
    finally:
        ctx.close()
        if not cluster._started:
            cluster.restart()
        cluster.drop_database(name)


@dataclass
class Loop:
    """Mandates made and consented to in a loop, on a thread, until told to stop."""

    desk: Desk
    made: int = 0
    errors: list[BaseException] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        d = self.desk
        while not self.stop.is_set():
            try:
                draft = create_mandate(
                    d.ctx, d.agent, d.person.id, ["logement"], MandateDuration.DAY
                )
                record_consent(d.ctx, d.agent, draft.id, ANSWERS, True)
                self.made += 1
            except Exception as exc:  # noqa: BLE001 - every fault is checked below
                self.errors.append(exc)
                time.sleep(0.05)

    def wait_for(self, count: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while self.made < count:
            assert time.monotonic() < deadline, (self.made, self.errors[-3:])
            time.sleep(0.01)


def _one_sentence(exc: BaseException) -> StorageError:
    found = faults.answer(exc)
    assert isinstance(found, StorageError), repr(exc)
    assert found.text is FaultText.SERVER_CONNECTION_LOST, repr(exc)
    said = str(found)
    assert "\n" not in said and "psycopg" not in said.lower() and "sql" not in said.lower()
    return found


def _ids_in(ctx: SiteContext, kind: EntryKind) -> list[str]:
    with ctx.transaction() as db:
        rows = db.scalars(select(JournalEntry.data).where(JournalEntry.kind == kind))
        return sorted(json.loads(data)["mandate_id"] for data in rows)


def test_kill_9_during_mandate_creation_leaves_no_act_without_its_entry(desk: Desk) -> None:
    loop = Loop(desk)
    worker = threading.Thread(target=loop.run)
    worker.start()
    try:
        for _ in range(KILLS):
            loop.wait_for(loop.made + 3)
            desk.cluster.kill()
            failed = len(loop.errors)
            deadline = time.monotonic() + 30
            while len(loop.errors) <= failed + 1 and time.monotonic() < deadline:
                time.sleep(0.01)  # the loop meets the dead server at least twice
            desk.cluster.restart()
            loop.wait_for(loop.made + 3)  # the same open site goes on by itself
    finally:
        loop.stop.set()
        worker.join(60)
    assert len(loop.errors) >= 2 * KILLS
    for exc in loop.errors:
        _one_sentence(exc)
    ctx = desk.ctx
    assert verify_database(ctx.engine).ok
    with ctx.transaction() as db:
        mandates = db.scalars(select(Mandate)).all()
        made = sorted(m.id for m in mandates)
        consented = sorted(m.id for m in mandates if m.consent is ConsentAnswer.GIVEN)
    assert made == _ids_in(ctx, EntryKind.MANDATE_CREATED)
    assert consented == _ids_in(ctx, EntryKind.CONSENT_GIVEN)
    assert len(consented) >= loop.made


def test_while_the_server_is_down_every_call_says_one_sentence_then_the_session_goes_on(
    desk: Desk, tmp_path: Path, cli: Cli
) -> None:
    ctx, agent, person = desk.ctx, desk.agent, desk.person
    session = start_agent_session(ctx, agent, on_end_checkpoint=None)
    desk.cluster.kill()
    calls: dict[str, Callable[[], object]] = {
        "search": lambda: usagers.search(ctx, "moreau"),
        "register": lambda: usagers.register(ctx, agent, "Roux", "Léa"),
        "get": lambda: usagers.get(ctx, person.id),
        "mandates": lambda: active_mandates_of(ctx, person.id),
        "create": lambda: create_mandate(ctx, agent, person.id, ["logement"], MandateDuration.DAY),
        "action": lambda: record_action(ctx, agent, person.id, "logement", "Dossier", "CAF"),
        "verify": lambda: verify_journal(ctx, desk.manager),
        "backup": lambda: backup(ctx, desk.manager, tmp_path / "copies"),
        "login": lambda: agents.login_with_password(ctx, "agent", AGENT_PASSWORD),
    }
    for name, call in calls.items():
        with pytest.raises(Exception) as caught:
            call()
        assert _one_sentence(caught.value), name
    assert not (tmp_path / "copies").exists() or not any((tmp_path / "copies").iterdir())
    # A command run meanwhile opens nothing and says so in one line.
    code, out, err = cli("--as", "agent", "usager", "find", "moreau", stdin=f"{AGENT_PASSWORD}\n")
    assert code == ExitCode.STORAGE and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "serveur du site" in err
    desk.cluster.restart()
    # The same open site, the same agent and the same session, as if nothing had happened.
    draft = create_mandate(ctx, agent, person.id, ["logement"], MandateDuration.DAY)
    record_consent(ctx, agent, draft.id, ANSWERS, True)
    assert [m.id for m in active_mandates_of(ctx, person.id)] == [draft.id]
    assert session.is_open
    session.end(EndReason.LOGOUT)
    assert session.is_ended
    with ctx.transaction() as db:
        kinds = list(db.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)))
    assert kinds[-2:] == [EntryKind.SESSION_ENDED, EntryKind.AGENT_LOGOUT]
    assert verify_database(ctx.engine).ok
