"""The site's policy: démarches offered, timeouts, TOTP, wipe plan, retention.

Stored as one JSON value per key in `site_settings`; read as a typed, frozen `SitePolicy`.
Changing it is a manager's act, journalled: `aidant.administration.policy`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant.domain.demarches import Demarche
from aidant.domain.errors import UsageError
from aidant.site.context import SiteContext
from aidant.site.texts import SiteText
from aidant.storage.models import SiteSetting


@dataclasses.dataclass(frozen=True)
class SitePolicy:
    demarches_offered: tuple[str, ...] = tuple(d.value for d in Demarche)
    agent_idle_minutes: int = 15
    usager_idle_minutes: int = 5
    #: The idle warning appears this many seconds before the lock.
    idle_warning_seconds: int = 60
    totp_required: bool = False
    #: Folders emptied when a session ends (absolute paths); never anything outside them.
    wipe_roots: tuple[str, ...] = ()
    retention_years: int = 3
    dormant_months: int = 5
    #: Failed vault unlocks allowed before a growing delay applies.
    vault_free_attempts: int = 5
    #: Failed vault unlocks in a row (waits included) after which only the recovery sheet, or a
    #: manager's reset in front of the person, opens the vault (0: no such limit).
    vault_max_failures: int = 20
    #: The site's postal address, printed on the revocation forms (where to hand them in).
    site_address: str = ""
    #: Room each usager's vault may take, in megabytes (encrypted size); 0 means no limit.
    vault_quota_mb: int = 600


FIELDS = {f.name: f for f in dataclasses.fields(SitePolicy)}


def coerce(key: str, value: Any) -> Any:
    default = getattr(SitePolicy(), key)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise UsageError(SiteText.SETTING_WANTS_YES_NO, key=key)
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise UsageError(SiteText.SETTING_WANTS_COUNT, key=key)
        return value
    if isinstance(default, tuple):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise UsageError(SiteText.SETTING_WANTS_LIST, key=key)
        if key == "demarches_offered":
            unknown = [v for v in value if v not in {d.value for d in Demarche}]
            if unknown:
                raise UsageError(SiteText.UNKNOWN_DEMARCHES, demarches=", ".join(unknown))
        return tuple(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise UsageError(SiteText.SETTING_WANTS_TEXT, key=key)
        return " ".join(value.split())[:300]
    return value


def load_policy(db: Session) -> SitePolicy:
    """The site's policy; keys never set take their default."""
    stored = {row.key: row.value for row in db.scalars(select(SiteSetting))}
    values = {k: coerce(k, v) for k, v in stored.items() if k in FIELDS}
    return SitePolicy(**values)


def policy(ctx: SiteContext) -> SitePolicy:
    """The site's policy as it stands now (front ends ask this, never the table)."""
    with ctx.transaction() as db:
        return load_policy(db)
