"""Where a site's data lives.

Default: the platform's user data directory (`platformdirs`), overridable with `--data-dir` or
the `AIDANT_DATA_DIR` environment variable. Everything a site owns sits below that one folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "AIDANT_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files and folders of one site's data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "aidant.db"

    @property
    def site_file(self) -> Path:
        """Non-secret description of the site: its id and where its keys are kept."""
        return self.root / "site.json"

    @property
    def access_file(self) -> Path:
        """What the login needs before the database opens: agents' key slots, throttling."""
        return self.root / "access.json"

    @property
    def server_certificate(self) -> Path:
        """The site server's TLS certificate pinned at enrolment (PEM, not a secret)."""
        return self.root / "server-certificate.pem"

    @property
    def mandate_status(self) -> Path:
        """The signed status list `aidant mandate verify` reads without a password."""
        return self.root / "mandate-status.json"

    @property
    def vaults(self) -> Path:
        return self.root / "vaults"

    @property
    def tmp(self) -> Path:
        """Session temporary areas live here (never plaintext; wiped at session end)."""
        return self.root / "tmp"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def demo_key_file(self) -> Path:
        """Only for demonstration sites: the throwaway key, kept in clear next to the data."""
        return self.root / "demo-keys.json"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """Pick the data directory: explicit argument, then `AIDANT_DATA_DIR`, then the default."""
    if explicit:
        return DataPaths(Path(explicit).expanduser().absolute())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataPaths(Path(env).expanduser().absolute())
    return DataPaths(Path(platformdirs.user_data_dir("Aidant", appauthor=False)))
