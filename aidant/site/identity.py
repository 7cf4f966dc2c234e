"""Which site this is: its id, name and journal public key, read in one place.

Front ends and services ask `identity(ctx)` (or `read_identity(db)` inside a transaction they
already hold, or on a plain connection such as the journal verification's); nobody else selects
from the sites table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from aidant.domain.errors import StorageError
from aidant.site.context import SiteContext
from aidant.site.texts import SiteText
from aidant.storage.models import Site
from aidant.storage.server import named_site_only


@dataclass(frozen=True)
class SiteIdentity:
    id: str
    name: str
    created_at: dt.datetime
    #: Public half of the journal signing key (hex): anyone can check checkpoints with it.
    signing_public_key: str
    demo: bool
    #: Public half of the site root key (hex), None before the site has one.
    root_public_key: str | None = None


_IDENTITY = select(
    Site.id, Site.name, Site.created_at, Site.signing_public_key, Site.demo, Site.root_public_key
)


def read_identity(db: Session | Connection) -> SiteIdentity:
    """The site's identity, inside the caller's transaction (a session or a Core connection)."""
    row = db.execute(named_site_only(db, _IDENTITY, Site.id)).first()
    if row is None:
        raise StorageError(SiteText.IDENTITY_MISSING)
    return SiteIdentity(*row)


def identity(ctx: SiteContext) -> SiteIdentity:
    """The site's identity (front ends ask this, never the table)."""
    with ctx.transaction() as db:
        return read_identity(db)
