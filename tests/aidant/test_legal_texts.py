"""The consent form's text stored with the first mandate that uses it: once, even when two desks
of a site server make their first mandates at the same moment."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from aidant.site.context import SiteContext
from aidant.site.templates import load_template, stored_text
from aidant.storage.models import LegalText


def test_a_text_another_desk_stored_meanwhile_is_taken_not_added_twice(
    site: SiteContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tpl = load_template("consent")
    now = site.clock.now()
    with site.transaction() as db:
        stored_text(db, tpl, now)  # the other desk's, committed
    with site.transaction() as db:
        # This desk looked before the other committed: it did not see the row.
        real_get = db.get
        looks: list[object] = []

        def first_misses(*args: object, **kwargs: object) -> object:
            looks.append(args)
            return None if len(looks) == 1 else real_get(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(db, "get", first_misses)
        row = stored_text(db, tpl, now)
        assert row.sha256 == tpl.sha256 and row.text == tpl.source
        monkeypatch.undo()
        # The rest of its transaction goes on and commits.
        db.flush()
    with site.transaction() as db:
        count = db.scalar(select(func.count()).select_from(LegalText))
    assert count == 1
