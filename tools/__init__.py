"""Developer commands run from the source tree (not shipped with the application)."""
