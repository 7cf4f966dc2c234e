"""Alembic, driven from code: upgrade to head and check the schema version."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from aidant.storage.texts import StorageText


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "aidant.storage:migrations")
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the migration scripts have no head revision")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    command.upgrade(alembic_config(engine), "head")


def is_known_revision(revision: str) -> bool:
    """False when the database was migrated by a newer version of the application."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several unrelated types for unknown ids
        return False


#: The sentence of a database made by another version (kept for callers that compare it).
SCHEMA_MISMATCH = str(StorageText.SCHEMA_MISMATCH.value)


def check_tables(engine: Engine) -> None:
    """Read zero rows of every column the models know: a database whose tables differ (made by
    a development version, or damaged) gives one sentence instead of failing later."""
    from sqlalchemy import select
    from sqlalchemy.exc import DBAPIError

    from aidant.domain.errors import StorageError
    from aidant.storage.models import Base

    try:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                conn.execute(select(*table.columns).limit(0)).all()
    except DBAPIError as exc:
        raise StorageError(StorageText.SCHEMA_MISMATCH) from exc
