"""Two workstations, two OS processes, mixed counter work on one site server at once (people,
mandates, revocations, actions, small deposits): afterwards the journal verifies, every act has
its entry and every entry its act, nobody is registered twice, and no démarche has two active
authorisations for the same person.

The run lasts `DURATION_S`: a minute with AIDANT_LONG_TESTS=1 (what issue 12 asks), 15 seconds
otherwise, to keep the suite quick.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

import crypto
from aidant import vault
from aidant.agents import accounts as agents
from aidant.domain.actors import Actor
from aidant.domain.enums import ConsentAnswer, HolderKind, Role
from aidant.journal import EntryKind
from aidant.journal.verify import verify_database
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.storage.models import (
    Action,
    Authorisation,
    Document,
    JournalEntry,
    Mandate,
    Usager,
)
from tests.support.desk_worker import SHARED_FILE, random_name
from tests.support.server import SERVER

on_server = pytest.mark.parametrize("store", [SERVER], indirect=True)

DURATION_S = 60.0 if os.environ.get("AIDANT_LONG_TESTS") == "1" else 15.0
DESKS = ("desk-a", "desk-b")
DESK_PASSWORD = "desk-password-1"
SHARED_PEOPLE = 6
_ROOT = Path(__file__).resolve().parents[2]


def _entries(ctx: SiteContext, kind: EntryKind, key: str) -> list[str]:
    with ctx.transaction() as db:
        rows = db.scalars(select(JournalEntry.data).where(JournalEntry.kind == kind))
        return sorted(json.loads(data)[key] for data in rows)


def _run_desks(site: SiteContext, tmp_path: Path, shared: list[str]) -> list[dict[str, object]]:
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "tests.support.keyrings.FileKeyring"
    workers = []
    for seed, login in enumerate(DESKS, start=1):
        folder = tmp_path / login
        folder.mkdir()
        (folder / "site.json").write_bytes(site.site.to_json())  # a second PC: the server only
        (folder / SHARED_FILE).write_text(json.dumps(shared))
        report = tmp_path / f"{login}.json"
        env["AIDANT_TEST_KEYRING_FILE"] = str(tmp_path / f"{login}-keyring.json")
        argv = [sys.executable, "-m", "tests.support.desk_worker", str(folder), login]
        argv += [DESK_PASSWORD, str(seed), str(DURATION_S), str(report)]
        workers.append((subprocess.Popen(argv, cwd=_ROOT, env=dict(env)), report))
    reports = []
    for process, report in workers:
        assert process.wait(DURATION_S + 180) == 0
        reports.append(json.loads(report.read_text()))
    return reports


@on_server
def test_two_desk_processes_working_for_a_while_leave_a_whole_journal(
    site: SiteContext, manager: Actor, agent: Actor, tmp_path: Path
) -> None:
    for login in DESKS:
        agents.add_agent(site, manager, login, f"Agent {login}", Role.AGENT, DESK_PASSWORD)
    rng = random.Random(0)
    shared = [
        usagers.register(site, agent, random_name(rng), "Lou").id for _ in range(SHARED_PEOPLE)
    ]
    for person in shared:
        with crypto.SecretBuffer.from_text("4826") as pin:
            vault.create_vault(site, agent, person, pin).wipe()

    reports = _run_desks(site, tmp_path, shared)

    assert [r["unexpected"] for r in reports] == [[], []]
    done: Counter[str] = Counter()
    for report in reports:
        done.update(report["done"])  # type: ignore[arg-type]
    kinds = ("registered", "mandate_created", "action_recorded", "revoked", "document_deposited")
    assert min(done[k] for k in kinds) > 0
    assert verify_database(site.engine).ok
    with site.transaction() as db:
        people = db.scalars(select(Usager)).all()
        mandates = db.scalars(select(Mandate)).all()
        actions = sorted(db.scalars(select(Action.id)))
        documents = sorted(db.scalars(select(Document.id)))
        doubled = db.execute(
            select(Authorisation.demarche, Mandate.usager_id)
            .join(Mandate, Authorisation.mandate_id == Mandate.id)
            .where(
                Mandate.holder_kind == HolderKind.SITE,
                Mandate.consent == ConsentAnswer.GIVEN,
                Authorisation.revoked_at.is_(None),
                Mandate.expires_at > dt.datetime.now(dt.UTC),
            )
            .group_by(Authorisation.demarche, Mandate.usager_id)
            .having(func.count() > 1)
        ).all()
    # Every act has its entry, every entry its act, once.
    with site.transaction() as db:
        registered = db.scalars(
            select(JournalEntry.usager_id).where(JournalEntry.kind == EntryKind.USAGER_CREATED)
        )
        assert sorted(p.id for p in people) == sorted(str(u) for u in registered)
    assert sorted(m.id for m in mandates) == _entries(site, EntryKind.MANDATE_CREATED, "mandate_id")
    given = sorted(m.id for m in mandates if m.consent is ConsentAnswer.GIVEN)
    assert given == _entries(site, EntryKind.CONSENT_GIVEN, "mandate_id")
    revoked = sorted(m.id for m in mandates if m.revoked_at is not None)
    assert revoked == _entries(site, EntryKind.MANDATE_REVOKED, "mandate_id")
    assert actions == _entries(site, EntryKind.ACTION_RECORDED, "action_id")
    assert documents == _entries(site, EntryKind.DOCUMENT_DEPOSITED, "document")
    # What the desks said they did is what the server holds.
    assert len(people) == SHARED_PEOPLE + done["registered"]
    assert len(mandates) == done["mandate_created"] == done["consent_given"]
    assert len(revoked) == done["revoked"] and len(actions) == done["action_recorded"]
    assert len(documents) == done["document_deposited"]
    # Nobody twice, and one active authorisation per démarche and person.
    same = Counter((p.search_key, p.birth_date) for p in people)
    assert max(same.values()) == 1
    assert doubled == []
