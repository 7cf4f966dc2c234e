"""Rows for report and retention tests, written straight through the models and journalled
like the services do (the mandate, action and vault services live in other modules)."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import insert
from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain.actors import Actor
from aidant.domain.enums import ConsentAnswer, HolderKind, MandateDuration, SlotKind
from aidant.domain.ids import new_id
from aidant.journal.kinds import EntryKind
from aidant.site.context import SiteContext
from aidant.storage.models import (
    Action,
    Authorisation,
    Document,
    KeySlot,
    LegalText,
    Mandate,
    Vault,
)
from aidant.storage.server import document_chunks


def mandate(
    ctx: SiteContext,
    agent: Actor,
    usager_id: str,
    created: dt.datetime,
    days: int,
    demarches: tuple[str, ...] = ("logement",),
) -> tuple[str, dict[str, str]]:
    """A consented mandate; returns its id and authorisation ids by démarche."""
    assert agent.id is not None
    with ctx.transaction() as db:
        mandate_id = new_id()
        db.add(
            Mandate(
                id=mandate_id,
                usager_id=usager_id,
                holder_kind=HolderKind.SITE,
                agent_id=agent.id,
                duration=MandateDuration.MONTH,
                created_at=created,
                starts_at=created,
                expires_at=created + dt.timedelta(days=days),
                consent=ConsentAnswer.GIVEN,
                consent_at=created,
                template_version="test",
                template_sha256=_test_text(db, created).sha256,
                verification_code=new_id()[:12],
                content_hash="0" * 64,
            )
        )
        auths = {d: new_id() for d in demarches}
        for demarche, auth_id in auths.items():
            db.add(Authorisation(id=auth_id, mandate_id=mandate_id, demarche=demarche))
        journal.append(
            db,
            agent,
            EntryKind.MANDATE_CREATED,
            created,
            usager_id=usager_id,
            data={"mandate": mandate_id, "demarches": sorted(demarches)},
        )
    return mandate_id, auths


def action(
    ctx: SiteContext,
    agent: Actor,
    usager_id: str,
    mandate_id: str,
    auth_id: str,
    demarche: str,
    when: dt.datetime,
    organisation: str | None = "CAF",
) -> str:
    with ctx.transaction() as db:
        action_id = new_id()
        db.add(
            Action(
                id=action_id,
                usager_id=usager_id,
                mandate_id=mandate_id,
                authorisation_id=auth_id,
                demarche=demarche,
                organisation=organisation,
                description="Déclaration trimestrielle pour Mme Dupré",
                agent_id=agent.id,
                done_at=when,
            )
        )
        journal.append(
            db,
            agent,
            EntryKind.ACTION_RECORDED,
            when,
            usager_id=usager_id,
            data={"action": action_id},
        )
    return action_id


def vault_with_document(ctx: SiteContext, agent: Actor, usager_id: str, when: dt.datetime) -> str:
    """A vault with one key slot and one deposited document whose blob exists on disk."""
    from aidant.files import safe_io

    with ctx.transaction() as db:
        vault_id, doc_id = new_id(), new_id()
        db.add(
            Vault(
                id=vault_id,
                usager_id=usager_id,
                recipient="age1test",
                created_at=when,
                failed_unlocks=0,
            )
        )
        db.flush()  # no relationship tells the unit of work to insert the vault first
        db.add(
            KeySlot(
                id=new_id(),
                vault_id=vault_id,
                kind=SlotKind.CARD_PIN,
                data=b"slot",
                created_at=when,
            )
        )
        db.add(
            Document(
                id=doc_id,
                vault_id=vault_id,
                blob_name=f"{doc_id}.age",
                ciphertext_sha256="0" * 64,
                ciphertext_size=4,
                metadata_ciphertext=b"meta",
                deposited_at=when,
                deposited_by=agent.id,
            )
        )
        journal.append(
            db,
            agent,
            EntryKind.DOCUMENT_DEPOSITED,
            when,
            usager_id=usager_id,
            data={"document": doc_id},
        )
    if ctx.on_server:
        with ctx.transaction() as db:
            db.execute(insert(document_chunks), {"document_id": doc_id, "seq": 0, "data": b"blob"})
        return vault_id
    folder = safe_io.ensure_private_dir(ctx.paths.vaults / vault_id)
    safe_io.atomic_write_bytes(folder / f"{doc_id}.age", b"blob")
    return vault_id


def _test_text(db: Session, when: dt.datetime) -> LegalText:
    """A stand-in legal text for mandates made directly in the database."""
    sha = hashlib.sha256(b"texte").hexdigest()
    row = db.get(LegalText, sha)
    if row is None:
        row = LegalText(
            sha256=sha, form="consent", version="test", lang="fr", text="texte", first_used_at=when
        )
        db.add(row)
        db.flush()
    return row
