"""Several workstations at once on one site server, as separate OS processes
(`tests.support.desk_worker`), and what the server holds afterwards: used by
`tests/aidant/test_desk_processes.py` (two desks) and `bench/desks.py` (four).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

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
from aidant.storage.keystore import KeyStoreKind
from aidant.storage.models import Action, Authorisation, Document, JournalEntry, Mandate, Usager
from tests.support.desk_worker import SHARED_FILE, random_name

DESK_PASSWORD = "desk-password-1"
_ROOT = Path(__file__).resolve().parents[2]
#: What a desk reports doing, kind by kind (`desk_worker`).
KINDS = ("registered", "mandate_created", "action_recorded", "revoked", "document_deposited")


def prepare_desks(
    site: SiteContext, manager: Actor, agent: Actor, logins: tuple[str, ...], shared: int
) -> list[str]:
    """Each desk's agent, and `shared` people (with a vault) every desk serves; their ids."""
    for login in logins:
        agents.add_agent(site, manager, login, f"Agent {login}", Role.AGENT, DESK_PASSWORD)
    rng = random.Random(0)
    people = [usagers.register(site, agent, random_name(rng), "Lou").id for _ in range(shared)]
    for person in people:
        with crypto.SecretBuffer.from_text("4826") as pin:
            vault.create_vault(site, agent, person, pin).wipe()
    return people


def run_desks(
    site: SiteContext, folder: Path, logins: tuple[str, ...], seconds: float, shared: list[str]
) -> list[dict[str, object]]:
    """One process per login, each a second PC of the site (a folder holding only `site.json`
    and its own keyring file), working for `seconds`; their reports."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "tests.support.keyrings.FileKeyring"
    desk_site = dataclasses.replace(site.site, keystore=KeyStoreKind.KEYRING).to_json()
    workers = []
    for seed, login in enumerate(logins, start=1):
        desk = folder / login
        desk.mkdir(parents=True)
        (desk / "site.json").write_bytes(desk_site)
        (desk / SHARED_FILE).write_text(json.dumps(shared))
        report = folder / f"{login}.json"
        env["AIDANT_TEST_KEYRING_FILE"] = str(folder / f"{login}-keyring.json")
        argv = [sys.executable, "-m", "tests.support.desk_worker", str(desk), login]
        argv += [DESK_PASSWORD, str(seed), str(seconds), str(report)]
        workers.append((subprocess.Popen(argv, cwd=_ROOT, env=dict(env)), report))
    reports = []
    for process, report in workers:
        if process.wait(seconds + 180) != 0:
            raise RuntimeError(f"a desk process ended with code {process.returncode}")
        reports.append(json.loads(report.read_text()))
    return reports


@dataclasses.dataclass(frozen=True)
class DeskAudit:
    """What the server holds after the desks: counts, and every way it disagrees with itself
    or with what the desks said they did (`mismatches`, empty when all holds)."""

    done: Counter[str]
    people: int
    journal_verified: bool
    mismatches: list[str]
    #: What the desks met that they did not expect (their tracebacks' last lines).
    unexpected: list[str]


def _entries(site: SiteContext, kind: EntryKind, key: str) -> list[str]:
    with site.transaction() as db:
        rows = db.scalars(select(JournalEntry.data).where(JournalEntry.kind == kind))
        return sorted(json.loads(data)[key] for data in rows)


def audit(site: SiteContext, reports: list[dict[str, object]], shared: int) -> DeskAudit:
    done: Counter[str] = Counter()
    unexpected: list[str] = []
    for report in reports:
        done.update(report["done"])  # type: ignore[arg-type]
        unexpected += report["unexpected"]  # type: ignore[arg-type]
    verified = verify_database(site.engine).ok
    with site.transaction() as db:
        people = db.scalars(select(Usager)).all()
        mandates = db.scalars(select(Mandate)).all()
        actions = sorted(db.scalars(select(Action.id)))
        documents = sorted(db.scalars(select(Document.id)))
        registered = sorted(
            str(u)
            for u in db.scalars(
                select(JournalEntry.usager_id).where(JournalEntry.kind == EntryKind.USAGER_CREATED)
            )
        )
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
    given = sorted(m.id for m in mandates if m.consent is ConsentAnswer.GIVEN)
    revoked = sorted(m.id for m in mandates if m.revoked_at is not None)
    same = Counter((p.search_key, p.birth_date) for p in people)
    checks = {
        # Every act has its entry, every entry its act, once.
        "people and their entries": sorted(p.id for p in people) == registered,
        "mandates and their entries": sorted(m.id for m in mandates)
        == _entries(site, EntryKind.MANDATE_CREATED, "mandate_id"),
        "consents and their entries": given
        == _entries(site, EntryKind.CONSENT_GIVEN, "mandate_id"),
        "revocations and their entries": revoked
        == _entries(site, EntryKind.MANDATE_REVOKED, "mandate_id"),
        "actions and their entries": actions
        == _entries(site, EntryKind.ACTION_RECORDED, "action_id"),
        "documents and their entries": documents
        == _entries(site, EntryKind.DOCUMENT_DEPOSITED, "document"),
        # What the desks said they did is what the server holds.
        "people as reported": len(people) == shared + done["registered"],
        "mandates as reported": len(mandates) == done["mandate_created"] == done["consent_given"],
        "revocations as reported": len(revoked) == done["revoked"],
        "actions as reported": len(actions) == done["action_recorded"],
        "documents as reported": len(documents) == done["document_deposited"],
        # Nobody twice, and one active authorisation per démarche and person.
        "nobody twice": max(same.values(), default=1) == 1,
        "one authorisation per démarche": doubled == [],
        "no unexpected error at a desk": unexpected == [],
        "the journal verifies": verified,
    }
    failed = [name for name, ok in checks.items() if not ok]
    return DeskAudit(done, len(people), verified, failed, unexpected)
