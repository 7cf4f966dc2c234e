"""server search index: trigrams on usagers.search_key

PostgreSQL only. The counter's search matches any part of a name (`LIKE '%mot%'`), which no
B-tree index serves; on a server holding tens of thousands of usagers a trigram index (the
`pg_trgm` extension shipped with PostgreSQL, trusted since version 13) keeps it fast. The
embedded file scans its table, which is fast enough on one PC.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE INDEX ix_usagers_search_key_trgm ON usagers USING gin (search_key gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_usagers_search_key_trgm")
