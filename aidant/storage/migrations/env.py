"""Alembic environment: the engine is passed in by aidant.storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from aidant.storage.models import Base

engine = context.config.attributes.get("engine")
if not isinstance(engine, Engine):
    raise RuntimeError("migrations run through aidant.storage.migrate, which passes the engine")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
