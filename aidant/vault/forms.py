"""The printed forms of a vault, filled from the database (PDF bytes, never written here)."""

from __future__ import annotations

from aidant.domain.ids import UsagerId
from aidant.pdf.vault_forms import render_vault_card, render_vault_recovery_sheet
from aidant.people import usagers
from aidant.site.context import SiteContext
from aidant.vault import binding
from aidant.vault.lifecycle import VaultCreated, live_vault


def card_pdf(ctx: SiteContext, usager_id: UsagerId, card_code: str) -> bytes:
    """The vault card of a usager for `card_code` (after creation or a new card)."""
    owner = usagers.get(ctx, usager_id).display_name
    with ctx.transaction() as db:
        recipient = live_vault(db, usager_id).recipient
    return render_vault_card(owner, card_code, ctx.clock.now(), binding.fingerprint(recipient))


def recovery_pdf(ctx: SiteContext, created: VaultCreated) -> bytes:
    """The recovery sheet; call before `created.wipe()`."""
    owner = usagers.get(ctx, created.usager_id).display_name
    return render_vault_recovery_sheet(
        owner,
        created.vault_id,
        created.recovery_identity,
        ctx.clock.now(),
        on_server=ctx.on_server,
    )
