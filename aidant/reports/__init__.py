"""Audit views of the journal, activity reports and anonymous aggregates for the territory."""
