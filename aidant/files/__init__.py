"""Files on disk: the one module that writes them, and the checks on folders to empty."""
