"""`make server-demo`: two desks sharing one site on a throwaway PostgreSQL server.

Starts a PostgreSQL cluster of its own (TLS on 127.0.0.1, `tools.pg_cluster`), sets a
demonstration site up on it as an operator would (`aidant server init`: schema, roles, the
maintenance login, the demonstration manager, then the demonstration people and mandates),
enrols a second workstation (`aidant server enrol`: the certificate's fingerprint checked and
pinned), and opens one application window per desk. A mandate made at one desk shows at the
other at its next refresh. Everything is removed when both windows are closed.

With `--no-gui` it logs in at both desks instead, says what each sees, and stops: the check that
the demonstration works on a machine without a display.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import ssl
import subprocess
import sys
import tempfile  # noqa: TID251 - the demonstration's own throwaway folder
from pathlib import Path

from aidant.people import usagers
from aidant.setup.demo import AGENT, MANAGER, fill_demo_site
from aidant.setup.opening import prepare
from aidant.setup.server import enrol, init_server
from aidant.site.costs import PRODUCTION_COSTS
from aidant.site.paths import DataPaths
from aidant.storage import server_tls
from aidant.storage.keystore import KeyStoreKind
from tools.pg_cluster import ClusterUnavailable, running

DATABASE = "aidant_demo"
SITE_NAME = "Espace France Services de démonstration (serveur)"
DESKS = ("poste-accueil", "poste-atelier")


def _refuse_fingerprint(seen: str) -> bool:
    raise SystemExit(f"unexpected certificate {seen}")


def set_up(root: Path, owner_url: str, url: str, fingerprint: str) -> str:
    """The site made from the first desk, the second desk enrolled; the site's id."""
    first, second = (DataPaths(root / desk) for desk in DESKS)
    ctx, made = init_server(
        first,
        owner_url,
        SITE_NAME,
        (MANAGER.login, "Claire Martin (responsable)", MANAGER.password),
        costs=PRODUCTION_COSTS,
        expected=fingerprint,
        confirm=_refuse_fingerprint,
        keystore_kind=KeyStoreKind.DEMO_FILE,
        demo=True,
    )
    try:
        fill_demo_site(ctx)
    finally:
        ctx.close()
    enrol(
        second,
        url,
        made.site_id,
        costs=PRODUCTION_COSTS,
        expected=fingerprint,
        confirm=_refuse_fingerprint,
        keystore_kind=KeyStoreKind.DEMO_FILE,
        demo=True,
    )
    return made.site_id


def check_desks(root: Path) -> None:
    """Log in at both desks as the demonstration agent and say how many people each sees."""
    for desk in DESKS:
        ctx, actor = prepare(DataPaths(root / desk)).enter(AGENT.login, AGENT.password)
        try:
            seen = len(usagers.search(ctx, ""))
            print(f"{desk} : {seen} usagers visibles, connecté en tant que {actor.display_name}")
        finally:
            ctx.close()


def open_windows(root: Path) -> int:
    """One application window per desk, each its own process; waits for both."""
    windows = [
        subprocess.Popen(
            [sys.executable, "-m", "aidant", "--data-dir", str(root / desk)],
            env={**os.environ, "AIDANT_DATA_DIR": str(root / desk)},
        )
        for desk in DESKS
    ]
    return max(window.wait() for window in windows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-gui", action="store_true", help="check both desks, no window")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="aidant-server-demo-"))
    try:
        with running(tls=True) as cluster:
            cluster.create_database(DATABASE)
            operator, password = "aidant_demo_operator", secrets.token_urlsafe(18)
            cluster.execute(f"CREATE ROLE {operator} LOGIN SUPERUSER PASSWORD '{password}'")
            fingerprint = server_tls.fingerprint(
                ssl.PEM_cert_to_DER_cert(cluster.certificate_pem.decode("ascii"))
            )
            url = cluster.tcp_url(DATABASE)
            owner_url = cluster.tcp_url(DATABASE, user=f"{operator}:{password}")
            set_up(root, owner_url, url, fingerprint)
            print(f"Serveur du site : {url} (certificat {fingerprint})")
            print(f"Postes : {', '.join(DESKS)} (dossiers dans {root})")
            print(
                f"Connexion : {AGENT.login} / {AGENT.password} ou "
                f"{MANAGER.login} / {MANAGER.password}"
            )
            if args.no_gui:
                check_desks(root)
                return 0
            return open_windows(root)
    except ClusterUnavailable as exc:
        print(f"PostgreSQL n'a pas pu démarrer : {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)  # noqa: TID251 - its own throwaway folder


if __name__ == "__main__":
    raise SystemExit(main())
