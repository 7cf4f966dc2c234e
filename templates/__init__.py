"""Texts of the printed forms, versioned, per language."""
