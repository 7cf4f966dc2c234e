"""Storage: SQLAlchemy models, the engine factory, migrations and the key store."""
