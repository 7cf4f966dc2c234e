"""The signed consent form: scanned into the usager's vault, linked to the mandate by hash."""

from __future__ import annotations

from aidant import journal
from aidant.domain.actors import Actor, require_agent
from aidant.domain.enums import ConsentAnswer
from aidant.domain.errors import NotFound, Refused
from aidant.domain.ids import MandateId
from aidant.journal import EntryKind
from aidant.mandates.queries import MandateView, load, view
from aidant.mandates.texts import MandateText
from aidant.site.context import SiteContext
from aidant.storage.models import Document, Vault


def link_signed_form(
    ctx: SiteContext, actor: Actor, mandate_id: str, document_id: str
) -> MandateView:
    """Link the signed consent form, deposited in the usager's vault, to the mandate by hash."""
    require_agent(actor)
    now = ctx.clock.now()
    with ctx.transaction() as db:
        row = load(db, mandate_id)
        if row.consent is not ConsentAnswer.GIVEN:
            raise Refused(MandateText.SIGNED_FORM_BEFORE_CONSENT)
        doc = db.get(Document, document_id)
        vault = db.get(Vault, doc.vault_id) if doc is not None else None
        if doc is None or doc.deleted_at is not None or vault is None:
            raise NotFound(MandateText.DOCUMENT_NOT_IN_VAULT)
        if vault.usager_id != row.usager_id:
            raise Refused(MandateText.DOCUMENT_OF_ANOTHER_PERSON)
        row.signed_form_document_id, row.signed_form_sha256 = doc.id, doc.ciphertext_sha256
        journal.append(
            db,
            actor,
            EntryKind.SIGNED_FORM_LINKED,
            now,
            usager_id=row.usager_id,
            data={"mandate_id": row.id, "document_id": doc.id, "sha256": doc.ciphertext_sha256},
        )
        return view(row, now)


def signed_form_intact(ctx: SiteContext, mandate_id: MandateId) -> bool | None:
    """Whether the linked signed form still has the hash recorded (None when none is linked)."""
    with ctx.transaction() as db:
        row = load(db, mandate_id)
        if row.signed_form_document_id is None:
            return None
        doc = db.get(Document, row.signed_form_document_id)
        return doc is not None and doc.ciphertext_sha256 == row.signed_form_sha256
