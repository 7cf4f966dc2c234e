"""Changing the site's policy: a manager's act, checked and journalled in one transaction.

Reading the policy is `aidant.site.policy`, below every service; changing it writes the journal,
so it sits with the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from aidant import journal
from aidant.administration.texts import PolicyText
from aidant.domain.actors import Actor, require_manager
from aidant.domain.errors import UsageError
from aidant.files.wipe_plan import resolved_root
from aidant.journal import EntryKind
from aidant.site.context import SiteContext
from aidant.site.policy import FIELDS, coerce
from aidant.storage.models import SiteSetting


def change_setting(db: Session, actor: Actor, key: str, value: Any, now: dt.datetime) -> None:
    """Set one policy value (manager only), journalled in the caller's transaction."""
    require_manager(actor)
    if key not in FIELDS:
        raise UsageError(PolicyText.UNKNOWN_SETTING, key=key)
    coerced = coerce(key, value)
    if key == "wipe_roots":
        # Refuse a dangerous folder when it is set, not only when a wipe would run, and store
        # it resolved: a folder later swapped for a link then no longer matches (check_root).
        coerced = tuple(str(resolved_root(root)) for root in coerced)
    json_value = list(coerced) if isinstance(coerced, tuple) else coerced
    row = db.get(SiteSetting, key)
    if row is None:
        db.add(SiteSetting(key=key, value=json_value, updated_at=now))
    else:
        row.value = json_value
        row.updated_at = now
    # Wipe roots are paths that may name people; the journal records the key only.
    journal.append(db, actor, EntryKind.SETTINGS_CHANGED, now, data={"key": key})


def change_policy(ctx: SiteContext, actor: Actor, changes: Mapping[str, Any]) -> None:
    """Set several policy values at once (manager only): all of them or none, each journalled."""
    with ctx.transaction() as db:
        now = ctx.clock.now()
        for key, value in changes.items():
            change_setting(db, actor, key, value, now)
