"""Usagers and proches: registration, search, duplicates, retention and erasure."""
