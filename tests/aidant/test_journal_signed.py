"""Checkpoints signed per agent: an agent who rewrites the journal with the database key their
password opens, and re-signs with their own key, cannot re-sign another agent's checkpoint;
verify names the first entry that differs from what that checkpoint covers (each test fails on
the code where one site key, readable by every user of the PC, signed every checkpoint)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from aidant.domain.actors import Actor
from aidant.journal.checkpoints import verify_journal, write_checkpoint
from aidant.journal.covered import make_covered, sign_covered
from aidant.journal.statement import checkpoint_message
from aidant.people import usagers
from aidant.setup.opening import prepare
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.keystore import KeyName
from crypto.signing import fingerprint, public_key_hex, sign
from tests.conftest import AGENT_PASSWORD, MANAGER_PASSWORD
from tests.support.costs import TEST_COSTS
from tests.support.journal import rewrite_and_rechain

CHANGED = 5


def _enter(site: SiteContext, clock: FakeClock, login: str, password: str):  # type: ignore[no-untyped-def]
    return prepare(site.paths, clock=clock, costs=TEST_COSTS).enter(login, password)


def _verify(site: SiteContext, clock: FakeClock, root: str | None = None) -> str | None:
    ctx, chef = _enter(site, clock, "chef", MANAGER_PASSWORD)
    try:
        result = verify_journal(ctx, chef, None, root)
        return None if result.ok else str(result.problem)
    finally:
        ctx.close()


def _rewrite_as_agent(site: SiteContext, clock: FakeClock) -> None:
    """The agent rewrites entry CHANGED, rechains, and signs a checkpoint of their own."""
    ctx, agent = _enter(site, clock, "agent", AGENT_PASSWORD)
    try:
        rewrite_and_rechain(ctx.engine, CHANGED, "agent:intrus")
        write_checkpoint(ctx, agent)
    finally:
        ctx.close()


def _resign_chefs_checkpoint(site: SiteContext, clock: FakeClock, key: bytes) -> None:
    """Replace the manager's stored checkpoint by one signed with `key` over the new chain."""
    ctx, _ = _enter(site, clock, "agent", AGENT_PASSWORD)
    try:
        with ctx.engine.begin() as conn:
            size, at = conn.execute(text("SELECT size, at FROM checkpoints ORDER BY id")).first()  # type: ignore[misc]
            head = conn.execute(
                text("SELECT hash FROM journal_entries WHERE seq = :s"), {"s": size}
            ).scalar_one()
            site_id = conn.execute(text("SELECT id FROM sites")).scalar_one()
        public = public_key_hex(key)
        with ctx.transaction() as db:
            covered = make_covered(db, public, size)
            db.execute(
                text(
                    "UPDATE checkpoints SET head_hash=:h, public_key=:k, signature=:s, "
                    "covered=:c, covered_signature=:cs WHERE size=:n"
                ),
                {
                    "h": head,
                    "k": public,
                    "s": sign(key, checkpoint_message(site_id, size, head, at)),
                    "c": covered,
                    "cs": sign_covered(key, site_id, size, covered),
                    "n": size,
                },
            )
    finally:
        ctx.close()


def _setup(site: SiteContext, manager: Actor, agent: Actor) -> None:
    for family in ("Un", "Deux", "Trois"):
        usagers.register(site, agent, family, "Test")
    write_checkpoint(site, manager)  # signed by the manager's own key
    site.close()


def test_a_rewrite_resigned_with_the_agents_own_key_names_the_first_changed_entry(
    site: SiteContext, manager: Actor, agent: Actor, clock: FakeClock
) -> None:
    _setup(site, manager, agent)
    assert _verify(site, clock) is None
    _rewrite_as_agent(site, clock)
    problem = _verify(site, clock)
    assert problem is not None and "réécrit" in problem
    assert f"les entrées n° {CHANGED} à" in problem


@pytest.mark.embedded_only  # the server refuses the rewrite itself (test_server_rules.py)
def test_resigning_another_agents_checkpoint_is_detected(
    site: SiteContext, manager: Actor, agent: Actor, clock: FakeClock, isolated: object
) -> None:
    _setup(site, manager, agent)
    _rewrite_as_agent(site, clock)
    ctx, _ = _enter(site, clock, "agent", AGENT_PASSWORD)
    assert ctx.access is not None and ctx.access.payload.signing_key is not None
    own = bytes(ctx.access.payload.signing_key.view())
    site_key = ctx.keystore.get(KeyName.SIGNING)
    ctx.close()
    _resign_chefs_checkpoint(site, clock, own)
    problem = _verify(site, clock)
    assert problem is not None and "pas signé par l'agent qui l'a écrit" in problem
    # The old site key, which every user of the PC can read, signs nothing any more.
    assert site_key is not None
    _resign_chefs_checkpoint(site, clock, bytes(site_key))
    problem = _verify(site, clock)
    assert problem is not None and "autre clé" in problem


def test_verify_checks_the_root_against_the_fingerprint_typed(
    site: SiteContext, manager: Actor, clock: FakeClock
) -> None:
    with site.transaction() as db:
        root = db.execute(text("SELECT root_public_key FROM sites")).scalar_one()
    site.close()
    assert _verify(site, clock, fingerprint(root).lower().replace(" ", "-")) is None
    problem = _verify(site, clock, "0000 0000 0000 0000")
    assert problem is not None and "empreinte que vous avez saisie" in problem
    assert json.dumps(problem)  # one sentence
