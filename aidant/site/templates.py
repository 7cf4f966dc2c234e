"""Loading the versioned texts of printed forms from the `templates` package.

Each form has one TOML file per language (`templates/<form>/<lang>.toml`) with a `version`
key; the version and the text used are stored with what was printed (a mandate keeps its own).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import tomllib
from importlib import resources
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from aidant.domain.errors import NotFound
from aidant.site.texts import SiteText
from aidant.storage.models import LegalText


@dataclasses.dataclass(frozen=True)
class FormTemplate:
    form: str
    lang: str
    version: str
    source: str
    fields: dict[str, Any]

    def text(self, key: str) -> str:
        value = self.fields[key]
        if not isinstance(value, str):
            raise TypeError(f"{self.form}.{key} is not a text")
        return " ".join(value.split())

    def items(self, key: str) -> list[str]:
        value = self.fields[key]
        if not isinstance(value, list):
            raise TypeError(f"{self.form}.{key} is not a list")
        return [" ".join(str(v).split()) for v in value]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()


@functools.cache
def load_template(form: str, lang: str = "fr") -> FormTemplate:
    """The current text of `form` in `lang` (NotFound when there is none)."""
    folder = resources.files("templates") / form
    source_file = folder / f"{lang}.toml"
    if not source_file.is_file():
        raise NotFound(SiteText.NO_TEMPLATE, form=form, lang=lang)
    source = source_file.read_text("utf-8")
    fields = tomllib.loads(source)
    return FormTemplate(form, lang, str(fields["version"]), source, fields)


def stored_text(db: Session, tpl: FormTemplate, now: dt.datetime) -> LegalText:
    """The `legal_texts` row holding `tpl`'s text, added the first time it is used. On a site
    server two desks may add it at the same moment: the one whose row came second takes the
    first's (a savepoint keeps the rest of its transaction)."""
    row = db.get(LegalText, tpl.sha256)
    if row is not None:
        return row
    row = LegalText(
        sha256=tpl.sha256,
        form=tpl.form,
        version=tpl.version,
        lang=tpl.lang,
        text=tpl.source,
        first_used_at=now,
    )
    try:
        with db.begin_nested():
            db.add(row)
    except IntegrityError:
        stored = db.get(LegalText, tpl.sha256, populate_existing=True)
        if stored is None:
            raise
        return stored
    return row
