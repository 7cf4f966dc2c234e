"""Roles come from certificates signed by the site root key, not from a column: an agent who
opens the database with their own password and edits it gains no manager right (each test
fails on the code that read the role column)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from aidant.agents import accounts as agents
from aidant.agents.certificates import AgentCertificate
from aidant.agents.texts import AgentText
from aidant.domain.enums import Role
from aidant.domain.errors import AuthenticationError, PermissionDenied
from aidant.journal import EntryKind
from aidant.setup.opening import prepare
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import Certificate, JournalEntry
from crypto.signing import generate_signing_key, public_key_hex, sign
from tests.conftest import AGENT_PASSWORD
from tests.support.costs import TEST_COSTS


def _as_agent(site: SiteContext, clock: FakeClock) -> SiteContext:
    ctx, actor = prepare(site.paths, clock=clock, costs=TEST_COSTS).enter("agent", AGENT_PASSWORD)
    assert actor.role is Role.AGENT
    return ctx


@contextlib.contextmanager
def _staged(ctx: SiteContext) -> Iterator[None]:
    """An edit the agent attempts on the database: on a server, their own login may not write
    manager data (migration 0007), so the server refuses it there already."""
    if ctx.on_server:
        with pytest.raises(DBAPIError, match="permission denied"):
            yield
    else:
        yield


def test_a_role_edited_in_the_database_grants_nothing(site: SiteContext, clock: FakeClock) -> None:
    site.close()
    ctx = _as_agent(site, clock)
    with _staged(ctx), ctx.engine.begin() as conn:
        conn.execute(text("UPDATE agents SET role = 'manager' WHERE login = 'agent'"))
    ctx.close()
    ctx, actor = prepare(site.paths, clock=clock, costs=TEST_COSTS).enter("agent", AGENT_PASSWORD)
    try:
        assert actor.role is Role.AGENT
        with pytest.raises(PermissionDenied):
            agents.list_agents(ctx, actor)
    finally:
        ctx.close()


def test_a_certificate_signed_by_anything_but_the_root_is_ignored(
    site: SiteContext, clock: FakeClock
) -> None:
    site.close()
    ctx = _as_agent(site, clock)
    own = generate_signing_key()
    with _staged(ctx), ctx.transaction() as db:
        [row] = db.scalars(select(Certificate).order_by(Certificate.id.desc()).limit(1)).all()
        cert = AgentCertificate.parse(row.body)
        assert cert is not None and cert.login == "agent"
        forged = json.loads(row.body) | {"role": "manager"}
        body = json.dumps(forged, sort_keys=True, separators=(",", ":"))
        db.add(Certificate(agent_id=row.agent_id, body=body, signature=sign(own, body.encode())))
        db.flush()
    ctx.close()
    _, actor = prepare(site.paths, clock=clock, costs=TEST_COSTS).enter("agent", AGENT_PASSWORD)
    assert actor.role is Role.AGENT

    # Replacing the root in the database too: this PC's access file still pins the real one.
    ctx = _as_agent(site, clock)
    with _staged(ctx), ctx.engine.begin() as conn:
        conn.execute(text("UPDATE sites SET root_public_key = :k"), {"k": public_key_hex(own)})
    ctx.close()
    if site.on_server:
        return  # refused by the server: the agent's login still opens with the real root
    with pytest.raises(AuthenticationError) as caught:
        prepare(site.paths, clock=clock, costs=TEST_COSTS).enter("agent", AGENT_PASSWORD)
    assert caught.value.text is AgentText.NO_CERTIFICATE


def test_creating_an_agent_certifies_them_in_the_journal(
    site: SiteContext, manager: object
) -> None:
    agents.add_agent(site, manager, "neuve", "Agente neuve", Role.AGENT, "neuve-password-1")  # type: ignore[arg-type]
    with site.transaction() as db:
        kinds = list(db.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)))[-2:]
    assert kinds == [EntryKind.AGENT_CREATED.value, EntryKind.AGENT_CERTIFIED.value]
