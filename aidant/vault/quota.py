"""The room each usager's vault may take on the site's disk (policy `vault_quota_mb`).

Counted on the encrypted files (what the disk holds), checked before a deposit starts and
again when it commits (two deposits at once cannot pass it together). A quota of 0 means no
limit. Sizes are not secret (the folder listing shows them): no vault secret is needed.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aidant.domain.errors import Refused
from aidant.domain.ids import UsagerId
from aidant.site.context import SiteContext
from aidant.site.policy import load_policy
from aidant.storage.models import Document
from aidant.vault.lifecycle import live_vault
from aidant.vault.texts import VaultText

MB = 1_000_000
#: age adds a header (~200 bytes) and 16 bytes per 64 KiB chunk: a deposit is checked with
#: this allowance before it is encrypted, and with its real size when it commits.
_OVERHEAD = 1.001


@dataclasses.dataclass(frozen=True)
class VaultUsage:
    used_bytes: int
    quota_bytes: int  # 0: no limit

    @property
    def used_mb(self) -> int:
        return _mb(self.used_bytes)

    @property
    def quota_mb(self) -> int:
        return _mb(self.quota_bytes)

    def room_for(self, size: int) -> bool:
        return self.quota_bytes == 0 or self.used_bytes + size <= self.quota_bytes


def _mb(size: int) -> int:
    """Megabytes as shown: rounded, and never "0 Mo" for something that is there."""
    return 0 if size <= 0 else max(1, round(size / MB))


def used_bytes(db: Session, vault_id: str) -> int:
    total = db.scalar(
        select(func.coalesce(func.sum(Document.ciphertext_size), 0)).where(
            Document.vault_id == vault_id, Document.deleted_at.is_(None)
        )
    )
    return int(total or 0)


def usage_in(db: Session, vault_id: str) -> VaultUsage:
    return VaultUsage(used_bytes(db, vault_id), load_policy(db).vault_quota_mb * MB)


def usage(ctx: SiteContext, usager_id: UsagerId) -> VaultUsage:
    """How much of their quota the usager's vault uses."""
    with ctx.transaction() as db:
        return usage_in(db, live_vault(db, usager_id).id)


def require_room(current: VaultUsage, size: int, *, estimate: bool = False) -> None:
    """Refuse, in one sentence, a deposit of `size` bytes that would pass the quota."""
    needed = int(size * _OVERHEAD) + 1024 if estimate else size
    if not current.room_for(needed):
        raise Refused(
            VaultText.QUOTA_EXCEEDED,
            size=_mb(size),
            used=current.used_mb,
            quota=current.quota_mb,
        )
