"""Site-level commands: init, demo, self-test, backup and restore, key restore and recovery
sheet."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from aidant.cli.common import ENV_AGENT, agent_login_from_args, authenticate, site_from_args
from aidant.cli.texts import CliText
from aidant.domain.actors import Actor
from aidant.domain.errors import ExitCode, Refused, UsageError
from aidant.files import safe_io
from aidant.setup.selftest import SiteOpener, core_checks, run_checks
from aidant.setup.texts import SetupText
from aidant.site.context import SiteContext, SiteFile
from aidant.site.paths import resolve_data_dir


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="installer un site (base chiffrée, clés, premier responsable)")
    p.add_argument("--site-name", required=True, metavar="NOM")
    p.add_argument("--manager-login", default="responsable", metavar="IDENTIFIANT")
    p.add_argument("--manager-name", default="Responsable du site", metavar="NOM")
    p.add_argument(
        "--recovery-sheet",
        metavar="FICHIER.pdf",
        help="écrire la feuille de secours (clés du site) dans ce PDF, à imprimer puis effacer",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="ouvrir le site de démonstration (le crée la première fois)")
    p.add_argument("--no-gui", action="store_true", help="préparer le site sans ouvrir la fenêtre")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("self-test", help="vérifier base, schéma, trousseau, Qt, polices, PDF")
    p.add_argument("--no-qt", action="store_true", help="ne pas vérifier la partie graphique")
    p.set_defaults(handler=cmd_self_test)

    p = sub.add_parser("backup", help="sauvegarder la base chiffrée et les coffres (responsable)")
    p.add_argument("destination", metavar="DOSSIER")
    p.add_argument(
        "--server-owner",
        metavar="ADRESSE",
        help="site sur serveur : connexion de l'administrateur du serveur, pour pg_dump",
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="restaurer la sauvegarde d'un site sur serveur dans une base neuve et vide",
    )
    p.add_argument("backup", metavar="SAUVEGARDE", help="le dossier écrit par aidant backup")
    p.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help="la base vide qui recevra le site, connexion de l'administrateur du serveur "
        "(postgresql://…) ; avec --as, le responsable retrouve sa connexion",
    )
    p.add_argument("--fingerprint", metavar="EMPREINTE", help="empreinte SHA-256 attendue")
    p.set_defaults(handler=cmd_restore)

    key = sub.add_parser("key", help="clés du site").add_subparsers(
        dest="key_command", metavar="ACTION"
    )
    key.required = True
    p = key.add_parser(
        "restore",
        help="rétablir l'accès au site sur ce poste (feuille de secours, un responsable)",
    )
    p.set_defaults(handler=cmd_key_restore)
    p = key.add_parser("sheet", help="réimprimer la feuille de secours (responsable)")
    p.add_argument("output", metavar="FICHIER.pdf")
    p.set_defaults(handler=cmd_key_sheet)


def open_gui(args: argparse.Namespace, demo: bool) -> int:
    if args.gui is None:
        raise UsageError(CliText.NO_GUI)
    return int(args.gui.launch(resolve_data_dir(args.data_dir), demo))


def cmd_init(args: argparse.Namespace) -> int:
    from aidant.agents.accounts import login_with_password
    from aidant.setup.create import init_site

    paths = resolve_data_dir(args.data_dir)
    password = args.secrets.read(f"Mot de passe de {args.manager_login} : ", confirm=True)
    with init_site(
        paths, args.site_name, args.manager_login, args.manager_name, password, costs=args.costs
    ) as ctx:
        if args.recovery_sheet:
            manager = login_with_password(ctx, args.manager_login, password)
            _write_sheet(ctx, Path(args.recovery_sheet), manager)
        print(f"Site « {args.site_name} » installé dans {paths.root}.")
        if not args.recovery_sheet:
            print("Imprimez la feuille de secours : aidant key sheet FICHIER.pdf")
    return ExitCode.OK


def _write_sheet(ctx: SiteContext, output: Path, actor: Actor) -> None:
    from aidant.setup.keys import recovery_sheet

    safe_io.write_secret_file(output.absolute(), recovery_sheet(ctx, actor))
    print(f"Feuille de secours écrite dans {output} : imprimez-la puis effacez ce fichier.")


def cmd_key_sheet(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        _write_sheet(ctx, Path(args.output), authenticate(ctx, args))
    return ExitCode.OK


def _read_hex_key(args: argparse.Namespace, prompt: str, size: int) -> bytearray:
    text = "".join(args.secrets.read(prompt).split()).lower()
    for prefix in ("aidant-dbkey:", "aidant-signkey:"):
        text = text.removeprefix(prefix)
    try:
        key = bytearray.fromhex(text)
    except ValueError:
        raise UsageError(CliText.KEY_NOT_HEX) from None
    if len(key) != size:
        raise UsageError(CliText.KEY_WRONG_LENGTH, digits=size * 2)
    return key


def cmd_key_restore(args: argparse.Namespace) -> int:
    from aidant.setup.keys import restore_keys

    paths = resolve_data_dir(args.data_dir)
    # Says "no site here", or that a server site has nothing to restore, before asking any key.
    if SiteFile.read(paths.site_file).server_url is not None:
        raise Refused(SetupText.NO_KEY_RESTORE_ON_SERVER)
    db_key = _read_hex_key(args, "Clé de la base de données : ", 32)
    signing = _read_hex_key(args, "Clé de signature du journal : ", 32)
    login = args.secrets.read("Identifiant d'un responsable du site : ").strip()
    password = args.secrets.read(f"Nouveau mot de passe de {login} : ", confirm=True)
    restore_keys(paths, db_key, signing, login, password, args.costs)
    print(
        f"Accès au site rétabli sur ce poste pour « {login} » : les autres agents ont besoin "
        "d'un nouveau mot de passe (aidant agent reset)."
    )
    return ExitCode.OK


def cmd_demo(args: argparse.Namespace) -> int:
    from aidant.setup.demo import DEMO_LOGINS, ensure_demo_site

    paths = resolve_data_dir(args.data_dir)
    ensure_demo_site(paths, costs=args.costs).close()
    if args.no_gui:
        print(f"Site de démonstration prêt dans {paths.root}.")
        for demo_login in DEMO_LOGINS:
            print(f"  {demo_login.role.value:8} {demo_login.login} / {demo_login.password}")
        return ExitCode.OK
    return open_gui(args, demo=True)


def cmd_self_test(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    # A site with login slots is read whole only with the password of the agent --as names.
    named = args.as_agent or os.environ.get(ENV_AGENT)
    site = SiteOpener(paths, (lambda: site_from_args(args)) if named else None)
    checks = core_checks(paths, site)
    if not args.no_qt and args.gui is not None:
        checks += args.gui.checks()
    try:
        ok = run_checks(checks)
    finally:
        site.close()
    return ExitCode.OK if ok else ExitCode.CHECK_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from aidant.setup.backup import backup

    with site_from_args(args) as ctx:
        made = backup(ctx, authenticate(ctx, args), Path(args.destination), args.server_owner)
        on_server = ctx.on_server
    if on_server:
        print(
            f"Sauvegarde du serveur écrite dans {made.folder} "
            f"({made.vault_files} fichiers de coffre) : elle se restaure avec aidant restore."
        )
    else:
        print(
            f"Sauvegarde chiffrée écrite dans {made.folder} "
            f"({made.vault_files} fichiers de coffre)."
        )
    if made.demo_keys_left_out:
        print(
            "Site de démonstration : ses clés jetables ne sont pas sauvegardées.", file=sys.stderr
        )
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace) -> int:
    from aidant.cli.server_cmds import (
        confirm_fingerprint,
        print_maintenance,
        print_without_login,
    )
    from aidant.setup.restore import restore_server_backup

    paths = resolve_data_dir(args.data_dir)
    manager = None
    if args.as_agent:
        login = agent_login_from_args(args)
        manager = (login, args.secrets.read(f"Mot de passe de {login} : "))
    done = restore_server_backup(
        paths,
        Path(args.backup),
        args.server,
        manager,
        costs=args.costs,
        expected=args.fingerprint,
        confirm=confirm_fingerprint,
    )
    print(
        f"Site restauré dans la base du serveur ; ce poste l'ouvre depuis {paths.root}. "
        "Vérifiez son journal : aidant journal verify."
    )
    print_maintenance(done.maintenance)
    print_without_login(done.without_login)
    return ExitCode.OK
