"""`aidant server import`: a single-PC site moves onto a site server with nothing lost.

The site is made on this PC's encrypted file (people, a mandate, a vault holding a document of
several chunks), then imported as an administrator would, from the command line, over TLS with
the server's fingerprint. The new data folder opens as the manager's own server login; the
journal verifies and keeps the old head at its place; the document opens byte for byte; the
other agent needs a new password from the manager, and then logs in.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

import crypto
from aidant import mandates, vault
from aidant.agents import accounts, passwords
from aidant.domain.actors import Actor, ActorKind
from aidant.domain.enums import MandateDuration, Role
from aidant.journal.verify import verify_database
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.setup.opening import prepare
from aidant.site.paths import DataPaths
from aidant.storage.server import CHUNK_BYTES
from tests.support.cli import Cli
from tests.support.costs import TEST_COSTS
from tests.support.server import fresh_database
from tests.support.server_site import OPERATOR_PASSWORD, fingerprint
from tools.pg_cluster import Cluster

MANAGER, MANAGER_PASSWORD = "chef", "manager-password-1"
AGENT, AGENT_PASSWORD = "agent", "agent-password-1"
PIN = "4826"


@pytest.fixture
def owner_url(pg_cluster: Cluster) -> Iterator[str]:
    operator = f"aidant_import_operator_{os.getpid()}"
    pg_cluster.execute(f"CREATE ROLE {operator} LOGIN SUPERUSER PASSWORD '{OPERATOR_PASSWORD}'")
    try:
        with fresh_database(pg_cluster) as socket_url:
            database = make_url(socket_url).database or ""
            yield pg_cluster.tcp_url(database, user=f"{operator}:{OPERATOR_PASSWORD}")
    finally:
        pg_cluster.execute(f"DROP ROLE IF EXISTS {operator}")


def _single_pc_site(root: Path) -> tuple[str, str, bytes]:
    """A site on this PC's file: (usager id, vault card code, the deposited document)."""
    ctx = init_site(
        DataPaths(root), "Site à déplacer", MANAGER, "Chef", MANAGER_PASSWORD,
        costs=TEST_COSTS,
    )  # fmt: skip
    try:
        manager = accounts.login_with_password(ctx, MANAGER, MANAGER_PASSWORD)
        accounts.add_agent(ctx, manager, AGENT, "Agent", Role.AGENT, AGENT_PASSWORD)
        agent = accounts.login_with_password(ctx, AGENT, AGENT_PASSWORD)
        person = usagers.register(ctx, agent, "Moreau", "Jeanne", dt.date(1952, 1, 30))
        draft = mandates.create_mandate(ctx, agent, person.id, ["logement"], MandateDuration.YEAR)
        agreed = {p.id: True for p in mandates.consent_checklist()}
        mandates.record_consent(ctx, agent, draft.id, agreed, agrees=True)
        with crypto.SecretBuffer.from_text(PIN) as pin:
            created = vault.create_vault(ctx, agent, person.id, pin)
        created.wipe()
        document = b"%PDF-1.4\n" + os.urandom(2 * CHUNK_BYTES + 12345)
        vault.deposit(ctx, agent, person.id, _stream(document), title="Avis d'imposition")
        return person.id, created.card_code, document
    finally:
        ctx.close()


def _stream(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)


def test_a_single_pc_site_moves_onto_the_server_with_nothing_lost(
    tmp_path: Path, owner_url: str, pg_cluster: Cluster, cli: Cli
) -> None:
    source, target = tmp_path / "poste", tmp_path / "poste-serveur"
    usager_id, card_code, document = _single_pc_site(source)
    before = prepare(DataPaths(source), costs=TEST_COSTS).enter(MANAGER, MANAGER_PASSWORD)[0]
    try:
        old = verify_database(before.engine)
    finally:
        before.close()

    code, out, err = cli(
        "--data-dir", str(source), "--as", MANAGER, "server", "import", owner_url,
        "--to", str(target), "--fingerprint", fingerprint(pg_cluster),
        stdin=f"{MANAGER_PASSWORD}\n",
    )  # fmt: skip
    assert code == 0, err
    assert "journal vérifié" in out and "Documents des coffres : 1" in out
    assert AGENT in out.splitlines()[-1]  # needs a new password before logging in there
    assert "password" not in (target / "site.json").read_text()

    ctx, manager = prepare(DataPaths(target), costs=TEST_COSTS).enter(MANAGER, MANAGER_PASSWORD)
    try:
        assert ctx.on_server
        result = verify_database(ctx.engine)
        assert result.ok and result.size > old.size
        assert [p.id for p in usagers.search(ctx, "Moreau")] == [usager_id]
        with (
            crypto.SecretBuffer.from_text(PIN) as pin,
            vault.unlock_with_card(
                ctx, Actor(ActorKind.USAGER, id=usager_id), usager_id, card_code, pin
            ) as opened,
        ):
            (summary,) = opened.documents()
            _, content = opened.open(summary.id)
            with content:
                assert bytes(content.view()) == document
        passwords.reset_password(ctx, manager, AGENT, "nouveau-mot-1")
    finally:
        ctx.close()
    ctx, agent = prepare(DataPaths(target), costs=TEST_COSTS).enter(AGENT, "nouveau-mot-1")
    ctx.close()
    assert agent.role is Role.AGENT


def test_an_import_is_refused_before_anything_is_written_on_a_bad_password(
    tmp_path: Path, owner_url: str, pg_cluster: Cluster, cli: Cli
) -> None:
    source, target = tmp_path / "poste", tmp_path / "poste-serveur"
    _single_pc_site(source)
    code, _out, err = cli(
        "--data-dir", str(source), "--as", MANAGER, "server", "import", owner_url,
        "--to", str(target), "--fingerprint", fingerprint(pg_cluster),
        stdin="mauvais mot de passe\n",
    )  # fmt: skip
    assert code != 0 and "Identifiant ou mot de passe incorrect." in err
    assert "Traceback" not in err
    assert not target.exists()
