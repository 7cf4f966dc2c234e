"""After `aidant server import` and `aidant restore --server`, the database is closed to other
sites' logins exactly as after `aidant server init`: the site's maintenance login is made and
its password printed once, CONNECT is revoked from PUBLIC; the maintenance login connects, a
login of another database does not, and the logins the server already had still log in."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.aidant.test_server_import import MANAGER, MANAGER_PASSWORD, _single_pc_site
from tests.support.cli import Cli
from tests.support.server_site import (
    ServerSite,
    add_agent,
    connect_as,
    fingerprint,
    server_site,
)
from tools.pg_cluster import Cluster

AGENT, AGENT_PASSWORD = "guichet", "agent-password-1"
MAINTENANCE = "Connexion de maintenance (purge du journal seulement)"
MAINTENANCE_PASSWORD = "Son mot de passe, affiché cette seule fois"


@pytest.fixture
def elsewhere(pg_cluster: Cluster, cli: Cli, tmp_path: Path) -> Iterator[ServerSite]:
    """Another site in another database of the same server, with its own maintenance login."""
    with server_site(pg_cluster, cli, tmp_path / "elsewhere") as site:
        yield site


@pytest.fixture
def empty(pg_cluster: Cluster) -> Iterator[str]:
    """A new, empty database (template0), as a restore or an import is given."""
    name = f"aidant_closed_{os.getpid()}"
    pg_cluster.create_database(name)
    try:
        yield name
    finally:
        pg_cluster.drop_database(name)


def _owner_url(served: ServerSite, database: str) -> str:
    """The operator's URL (over TCP and TLS, with a password) to another database."""
    url = make_url(served.owner_url).set(database=database)
    return url.render_as_string(hide_password=False)


def _maintenance(out: str) -> tuple[str, str]:
    lines = dict(line.split(" : ", 1) for line in out.splitlines() if " : " in line)
    assert "Gardez-le hors de ce poste" in out
    return lines[MAINTENANCE], lines[MAINTENANCE_PASSWORD]


def _closed_to_others(elsewhere: ServerSite, database: str, login: str, password: str) -> None:
    """`login` connects to `database`; another database's maintenance login does not."""
    here = dataclasses.replace(elsewhere, database=database)
    with connect_as(here, login, password) as conn:
        assert conn.execute(b"SELECT count(*) FROM journal_entries").fetchone() != (0,)
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        connect_as(here, elsewhere.maintenance_login, elsewhere.maintenance_password)
    with connect_as(elsewhere, elsewhere.maintenance_login, elsewhere.maintenance_password):
        pass  # it is a working login: only this database refuses it


def test_an_import_makes_the_maintenance_login_and_closes_the_database(
    served: ServerSite, elsewhere: ServerSite, empty: str, cli: Cli, tmp_path: Path
) -> None:
    source, target = tmp_path / "poste", tmp_path / "poste-serveur"
    _single_pc_site(source)
    code, out, err = cli(
        "--data-dir", str(source), "--as", MANAGER, "server", "import",
        _owner_url(served, empty), "--to", str(target),
        "--fingerprint", fingerprint(served.cluster), stdin=f"{MANAGER_PASSWORD}\n",
    )  # fmt: skip
    assert code == 0, err
    login, password = _maintenance(out)
    assert login.startswith("aidant_m_")
    _closed_to_others(elsewhere, empty, login, password)
    code, _, err = cli(
        "--data-dir", str(target), "--as", MANAGER, "journal", "verify",
        stdin=f"{MANAGER_PASSWORD}\n",
    )  # fmt: skip
    assert code == 0, err


def test_a_restore_makes_the_maintenance_login_and_closes_the_database(
    served: ServerSite,
    elsewhere: ServerSite,
    empty: str,
    cli: Cli,
    tmp_path: Path,
    pg_cluster: Cluster,
) -> None:
    add_agent(served, AGENT, AGENT_PASSWORD, [])
    copies = tmp_path / "copies"
    code, _, err = cli(
        "--data-dir", str(served.data), "--as", AGENT, "usager", "add",
        "--family", "LEROY", "--given", "Anne", stdin=f"{AGENT_PASSWORD}\n",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = cli(
        "--data-dir", str(served.data), "--as", "chef", "backup", str(copies),
        "--server-owner", pg_cluster.url(served.database), stdin="manager-password-1\n",
    )  # fmt: skip
    assert code == 0, err
    (folder,) = copies.iterdir()
    restored = tmp_path / "restored"
    code, out, err = cli(
        "--data-dir", str(restored), "restore", str(folder),
        "--server", _owner_url(served, empty), "--fingerprint", fingerprint(served.cluster),
    )  # fmt: skip
    assert code == 0, err
    login, password = _maintenance(out)
    assert login == served.maintenance_login  # the same site: its login, a new password
    assert password != served.maintenance_password
    _closed_to_others(elsewhere, empty, login, password)
    # The agent's login, which this server already had, still reaches the restored database.
    code, out, err = cli(
        "--data-dir", str(restored), "--as", AGENT, "usager", "find", "leroy",
        stdin=f"{AGENT_PASSWORD}\n",
    )  # fmt: skip
    assert code == 0 and "LEROY" in out, err
