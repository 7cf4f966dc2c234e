"""`aidant server add-site`: a second site in a server database that already holds one (a
communauté de communes), run by the operator as `server init` is, with its own first manager
and maintenance login; each site's manager sees only their own rows, and a desk of the second
site enrols and logs in. A database without a site, or `init` on one that holds a site, is
refused in one sentence that names the other command."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from aidant.site.context import SiteFile
from tests.support.cli import Cli
from tests.support.server import fresh_database
from tests.support.server_site import (
    MANAGER,
    MANAGER_PASSWORD,
    OPERATOR_PASSWORD,
    ServerSite,
    connect_as,
    fingerprint,
)
from tools.pg_cluster import Cluster

SECOND = "resp-bourg"
SECOND_PASSWORD = "second-manager-password-1"


def _lines(out: str) -> dict[str, str]:
    return dict(line.split(" : ", 1) for line in out.splitlines() if " : " in line)


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("aidant : "), err
    return lines[0]


def _add_site(cli: Cli, served: ServerSite, data: Path, url: str) -> tuple[int, str, str]:
    return cli(
        "--data-dir", str(data), "server", "add-site", url, "--site-name", "Mairie de Bourg",
        "--manager-login", SECOND, "--manager-name", "Cheffe B",
        "--fingerprint", fingerprint(served.cluster),
        stdin=f"{SECOND_PASSWORD}\n{SECOND_PASSWORD}\n",
    )  # fmt: skip


def _as(cli: Cli, data: Path, login: str, password: str, *argv: str) -> tuple[int, str, str]:
    return cli("--data-dir", str(data), "--as", login, *argv, stdin=f"{password}\n")


def test_a_second_site_joins_the_database_with_its_own_manager_and_maintenance_login(
    served: ServerSite, cli: Cli, tmp_path: Path
) -> None:
    operator_b = tmp_path / "operator-b"
    code, out, err = _add_site(cli, served, operator_b, served.owner_url)
    assert code == 0, err
    assert "ajouté sur le serveur" in out and "historique du terminal" in out
    lines = _lines(out)
    site_b = lines["Identifiant du site (pour aidant server enrol --site)"]
    maintenance_b = lines["Connexion de maintenance (purge du journal seulement)"]
    password_b = lines["Son mot de passe, affiché cette seule fois"]
    assert site_b == SiteFile.read(operator_b / "site.json").site_id != served.site_id
    assert maintenance_b != served.maintenance_login
    assert lines["Empreinte du certificat du serveur"] == fingerprint(served.cluster)
    assert OPERATOR_PASSWORD not in (operator_b / "site.json").read_text()

    # Each manager writes a row, then sees their own site's rows only.
    assert _as(cli, served.data, MANAGER, MANAGER_PASSWORD, "usager", "add",
               "--family", "DURAND", "--given", "Léa")[0] == 0  # fmt: skip
    assert _as(cli, operator_b, SECOND, SECOND_PASSWORD, "usager", "add",
               "--family", "MARTIN", "--given", "Paul")[0] == 0  # fmt: skip
    code, out, err = _as(cli, served.data, MANAGER, MANAGER_PASSWORD, "agent", "list")
    assert code == 0 and MANAGER in out and SECOND not in out, err
    code, out, err = _as(cli, operator_b, SECOND, SECOND_PASSWORD, "agent", "list")
    assert code == 0 and SECOND in out and MANAGER not in out, err
    code, out, _ = _as(cli, served.data, MANAGER, MANAGER_PASSWORD, "usager", "find", "durand")
    assert code == 0 and "DURAND" in out
    code, out, _ = _as(cli, served.data, MANAGER, MANAGER_PASSWORD, "usager", "find", "martin")
    assert "MARTIN" not in out
    code, out, _ = _as(cli, operator_b, SECOND, SECOND_PASSWORD, "usager", "find", "martin")
    assert code == 0 and "MARTIN" in out
    code, out, _ = _as(cli, operator_b, SECOND, SECOND_PASSWORD, "usager", "find", "durand")
    assert "DURAND" not in out
    # A manager of one site cannot log in with the other site's folder.
    code, _, err = _as(cli, operator_b, MANAGER, MANAGER_PASSWORD, "agent", "list")
    assert code == 3 and "incorrect" in _one_sentence(err)

    # A desk of the second site enrols and its manager logs in there.
    desk_b = tmp_path / "desk-b"
    code, out, err = cli(
        "--data-dir", str(desk_b), "server", "enrol", served.url, "--site", site_b,
        "--fingerprint", fingerprint(served.cluster),
    )  # fmt: skip
    assert code == 0, err
    code, out, err = _as(cli, desk_b, SECOND, SECOND_PASSWORD, "journal", "verify")
    assert code == 0, err
    # Its manager adds an agent there, who logs in at that desk and sees their site's people.
    code, _, err = cli(
        "--data-dir", str(desk_b), "--as", SECOND, "agent", "add", "--login", "guichet-b",
        "--name", "Guichet B", stdin=f"{SECOND_PASSWORD}\nagent-b-password-1\nagent-b-password-1\n",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = _as(cli, desk_b, "guichet-b", "agent-b-password-1", "usager", "find", "")
    assert code == 0 and "MARTIN" in out and "DURAND" not in out, err

    # Both maintenance logins reach the database; each sees its own site only.
    for login, password, site_id in (
        (served.maintenance_login, served.maintenance_password, served.site_id),
        (maintenance_b, password_b, site_b),
    ):
        with connect_as(served, login, password) as conn:
            rows = conn.execute(b"SELECT DISTINCT site_id FROM journal_entries").fetchall()
            assert rows == [(site_id,)]


def test_add_site_on_a_database_without_a_site_is_refused(
    pg_cluster: Cluster, served: ServerSite, cli: Cli, tmp_path: Path
) -> None:
    with fresh_database(pg_cluster) as socket_url:
        database = make_url(socket_url).database or ""
        empty = served.owner_url.rsplit("/", 1)[0] + "/" + database
        data = tmp_path / "nowhere"
        code, _, err = _add_site(cli, served, data, empty)
        sentence = _one_sentence(err)
        assert code == 5 and "aucun site" in sentence and "aidant server init" in sentence
        assert OPERATOR_PASSWORD not in err
        assert not (data / "site.json").exists()
        engine = create_engine(socket_url)
        try:
            with engine.connect() as conn:  # nothing was made there
                assert conn.execute(text("SELECT count(*) FROM sites")).scalar() == 0
                assert conn.execute(text("SELECT count(*) FROM agents")).scalar() == 0
        finally:
            engine.dispose()


def test_init_on_a_database_holding_a_site_names_add_site(
    served: ServerSite, cli: Cli, tmp_path: Path
) -> None:
    code, _, err = cli(
        "--data-dir", str(tmp_path / "again"), "server", "init", served.owner_url,
        "--site-name", "Encore", "--fingerprint", fingerprint(served.cluster),
        stdin="x" * 12 + "\n" + "x" * 12 + "\n",
    )  # fmt: skip
    sentence = _one_sentence(err)
    assert code == 5 and "déjà installé" in sentence and "aidant server add-site" in sentence
    assert OPERATOR_PASSWORD not in err
