"""One prepared site for the whole fault table (made once, copied per case), the command run
in-process with the terminal's own streams captured (SQLCipher writes to file descriptor 2,
not to `sys.stderr`), and what every answer must be: the documented exit code, one French
sentence, no traceback, no foreign log line, and a journal that still verifies."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest

import crypto
from aidant import vault
from aidant.__main__ import main
from aidant.agents import accounts as agents
from aidant.domain.enums import MandateDuration, Role
from aidant.journal.checkpoints import verify_journal
from aidant.mandates import consent_checklist, create_mandate, record_consent
from aidant.people import proches, usagers
from aidant.setup.create import init_site
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS
from tests.support.keyrings import MemoryKeyring
from tests.support.opening import reopen

CHEF_PW = "manager-password-1"
AGENT_PW = "agent-password-1"
PIN = "4826"
#: Words that give an English (or a library's) message away in what should be French.
ENGLISH = re.compile(
    r"\b(the|invalid|error|errno|required|expected|such|denied|exists|directory|is not|"
    r"choose|traceback|sqlite|sqlcipher|hmac|malformed|database disk|file is)\b",
    re.IGNORECASE,
)
LOG_LINE = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) |ERROR CORE|^\d{4}-\d\d-\d\d ")


@dataclasses.dataclass(frozen=True)
class Prepared:
    template: Path
    keys: dict[tuple[str, str], str]
    ids: dict[str, str]


@dataclasses.dataclass
class World:
    """One case's copy of the prepared site."""

    paths: DataPaths
    ids: dict[str, str]
    tmp: Path

    @property
    def blob(self) -> Path:
        return self.paths.vaults / self.ids["vault_id"] / self.ids["blob_name"]

    def fill(self, text: str) -> str:
        return text.format(tmp=self.tmp, data=self.paths.root, **self.ids)


def _prepare(root: Path) -> Prepared:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        paths = DataPaths(root)
        with init_site(paths, "Site des pannes", "chef", "Chef", CHEF_PW, costs=TEST_COSTS) as ctx:
            chef = agents.login_with_password(ctx, "chef", CHEF_PW)
            agents.add_agent(ctx, chef, "agent", "Agent", Role.AGENT, AGENT_PW)
            agent = agents.login_with_password(ctx, "agent", AGENT_PW)
            person = usagers.register(ctx, agent, "Dupré", "Éléonore")
            proche = proches.register_proche(ctx, agent, "Martin", "Paul", "fils")
            mandate = create_mandate(ctx, agent, person.id, ["logement"], MandateDuration.MONTH)
            answers = {p.id: True for p in consent_checklist()}
            mandate = record_consent(ctx, agent, mandate.id, answers, True)
            with crypto.SecretBuffer.from_text(PIN) as pin:
                created = vault.create_vault(ctx, agent, person.id, pin)
            card_code = created.card_code
            created.wipe()
            source = root.parent / "papier.txt"
            source.write_bytes(b"avis d'imposition 2025\n" * 50)
            document = vault.deposit(ctx, agent, person.id, source, title="Avis")
            from aidant.storage.models import Document

            with ctx.transaction() as db:
                row = db.get(Document, document)
                assert row is not None
                vault_id, blob_name = row.vault_id, row.blob_name
        ids = {
            "usager": person.id,
            "proche": proche.id,
            "mandate": mandate.id,
            "code": mandate.verification_code,
            "card": card_code,
            "document": document,
            "vault_id": vault_id,
            "blob_name": blob_name,
        }
        return Prepared(root, dict(backend.store), ids)
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    return _prepare(tmp_path_factory.mktemp("faults") / "data")


@pytest.fixture
def world(prepared: Prepared, tmp_path: Path, isolated: MemoryKeyring) -> World:
    root = tmp_path / "data"
    shutil.copytree(prepared.template, root)
    isolated.store.update(prepared.keys)
    (tmp_path / "out").mkdir()
    return World(DataPaths(root), dict(prepared.ids), tmp_path)


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`run(*argv, stdin=...)` → (exit code, stdout, stderr), stderr read at the descriptor."""

    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        capfd.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        # What `logging.basicConfig` does outside pytest (which keeps its own root handlers):
        # a log line meant for the technical log would show on the error stream.
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        logging.getLogger().addHandler(handler)
        try:
            code = main(list(argv), costs=TEST_COSTS)
        except SystemExit as exc:
            code = int(exc.code or 0)
        finally:
            logging.getLogger().removeHandler(handler)
        out, err = capfd.readouterr()
        return code, out, err

    return _run


def one_french_sentence(code: int, err: str) -> str:
    """The one `aidant : …` line of `err` (argparse's usage lines aside), checked French."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert not [line for line in lines if LOG_LINE.search(line)], err
    said = [line for line in lines if line.startswith("aidant : ")]
    assert len(said) == 1, err
    others = [line for line in lines if line not in said]
    if code == 2:
        assert all(line.startswith(("usage : ", " ")) for line in others), err
    else:
        assert not others, err
    sentence = said[0].removeprefix("aidant : ")
    assert not ENGLISH.search(sentence), sentence
    assert sentence[-1] in ".)»", sentence
    return sentence


def journal_verifies(world: World) -> None:
    """The site opens and its whole journal verifies (after the fault is gone)."""
    with reopen(world.paths, login="chef", password=CHEF_PW) as ctx:
        chef = agents.login_with_password(ctx, "chef", CHEF_PW)
        assert verify_journal(ctx, chef).ok


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


@dataclasses.dataclass(frozen=True)
class Case:
    """One bad input or fault: the command, what is typed, the fault set up before, the exit
    code and a piece of the sentence expected (and a piece it must never hold)."""

    id: str
    argv: tuple[str, ...]
    code: int
    says: str = ""
    stdin: str = ""
    fault: Callable[[World, pytest.MonkeyPatch], None] | None = None
    never: str = "clé"
    journal: bool = True


def check(
    case: Case, world: World, run: Run, monkeypatch: pytest.MonkeyPatch, *, after: bool = True
) -> str:
    """Run one case and check its answer, then (with `after`) the journal or the untouched
    damaged file; return the sentence."""
    with monkeypatch.context() as faulty:
        if case.fault is not None:
            case.fault(world, faulty)
        before = digest(world.paths.database)
        code, _out, err = run(*(world.fill(a) for a in case.argv), stdin=world.fill(case.stdin))
    assert code == case.code, err
    sentence = one_french_sentence(code, err)
    assert case.says in sentence, sentence
    if case.never:
        assert case.never not in sentence, sentence
    if not after:
        return sentence
    if case.journal:
        journal_verifies(world)
    else:  # a damaged database: the command wrote nothing over the damage
        assert digest(world.paths.database) == before
    return sentence


def cases_ids(cases: list[Case]) -> Iterator[str]:
    return (c.id for c in cases)
