"""`aidant server …`: a site on a PostgreSQL server (set-up by its operator, enrolment of a
workstation, status). Passwords are read as secrets, never taken from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from aidant.cli.common import agent_login_from_args, authenticate, site_from_args
from aidant.cli.mandate_cmds import _ask
from aidant.domain.errors import ExitCode
from aidant.setup import server as server_setup
from aidant.site.paths import resolve_data_dir


def register(sub: Any) -> None:
    server = sub.add_parser("server", help="site sur un serveur PostgreSQL").add_subparsers(
        dest="server_command", metavar="ACTION"
    )
    server.required = True
    p = server.add_parser(
        "init",
        help="installer le site sur le serveur (administrateur du serveur : schéma, rôles, "
        "connexion de maintenance, premier responsable)",
    )
    _site_arguments(p)
    p.set_defaults(handler=cmd_init, beside=False)

    p = server.add_parser(
        "add-site",
        help="ajouter un autre site dans une base du serveur qui en contient déjà "
        "(communauté de communes ; administrateur du serveur : son responsable, "
        "sa connexion de maintenance)",
    )
    _site_arguments(p)
    p.set_defaults(handler=cmd_init, beside=True)

    p = server.add_parser("enrol", help="relier ce poste au serveur du site")
    p.add_argument("url", metavar="ADRESSE", help="postgresql://hôte:port/base (sans mot de passe)")
    p.add_argument("--site", required=True, metavar="IDENTIFIANT_DU_SITE")
    p.add_argument("--fingerprint", metavar="EMPREINTE", help="empreinte SHA-256 attendue")
    p.set_defaults(handler=cmd_enrol)

    p = server.add_parser(
        "upgrade",
        help="mettre le schéma du serveur à jour pour cette version (administrateur du serveur)",
    )
    p.add_argument(
        "url",
        metavar="ADRESSE",
        help="postgresql://propriétaire@… (socket du serveur, ou poste "
        "qui a enregistré son certificat)",
    )
    p.set_defaults(handler=cmd_upgrade)

    p = server.add_parser(
        "status", help="serveur utilisé, certificat, joignable (avec --as : schéma)"
    )
    p.set_defaults(handler=cmd_status)

    p = server.add_parser(
        "import",
        help="déplacer le site de ce poste sur le serveur (un responsable, avec --as ; "
        "l'ancien dossier reste tel quel)",
    )
    p.add_argument("url", metavar="ADRESSE", help="postgresql://propriétaire@hôte:port/base")
    p.add_argument(
        "--to", required=True, metavar="DOSSIER", help="nouveau dossier de données de ce poste"
    )
    p.add_argument("--fingerprint", metavar="EMPREINTE", help="empreinte SHA-256 attendue")
    p.set_defaults(handler=cmd_import)

    p = server.add_parser(
        "purge",
        help="effacer les entrées du journal dont la durée d'archivage est écoulée "
        "(connexion de maintenance du site)",
    )
    p.set_defaults(handler=cmd_purge)


def _site_arguments(p: Any) -> None:
    """What `init` and `add-site` ask: the owner's URL, the site and its first manager."""
    p.add_argument("url", metavar="ADRESSE", help="postgresql://propriétaire@hôte:port/base")
    p.add_argument("--site-name", required=True, metavar="NOM")
    p.add_argument("--manager-login", default="responsable", metavar="IDENTIFIANT")
    p.add_argument("--manager-name", default="Responsable du site", metavar="NOM")
    p.add_argument("--fingerprint", metavar="EMPREINTE", help="empreinte SHA-256 attendue")


def confirm_fingerprint(fingerprint: str) -> bool:
    print(f"Empreinte SHA-256 du certificat présenté par le serveur :\n  {fingerprint}")
    return _ask("Est-ce bien celle que montre le serveur (aidant server init ou openssl) ?")


def cmd_init(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    password = args.secrets.read(f"Mot de passe de {args.manager_login} : ", confirm=True)
    ctx, made = server_setup.init_server(
        paths,
        args.url,
        args.site_name,
        (args.manager_login, args.manager_name, password),
        costs=args.costs,
        expected=args.fingerprint,
        confirm=confirm_fingerprint,
        beside_others=args.beside,
    )
    ctx.close()
    if args.beside:
        print(f"Site « {args.site_name} » ajouté sur le serveur, à côté des sites de la base.")
    else:
        print(f"Site « {args.site_name} » installé sur le serveur.")
    if server_setup.url_has_password(args.url):
        print(
            "Le mot de passe de l'adresse n'a été enregistré nulle part (site.json n'en garde "
            "aucun) ; effacez-le de l'historique du terminal, ou donnez-le la prochaine fois "
            "par PGPASSWORD ou ~/.pgpass."
        )
    print(f"Identifiant du site (pour aidant server enrol --site) : {made.site_id}")
    if made.fingerprint:
        print(f"Empreinte du certificat du serveur : {made.fingerprint}")
    print_maintenance(made.maintenance)
    return ExitCode.OK


def print_maintenance(maintenance: server_setup.Maintenance) -> None:
    """The maintenance login and its password, shown this once (init, add-site, import,
    restore)."""
    print(f"Connexion de maintenance (purge du journal seulement) : {maintenance.login}")
    print(f"Son mot de passe, affiché cette seule fois : {maintenance.password}")
    print(
        "Gardez-le hors de ce poste (gestionnaire de mots de passe ou enveloppe scellée "
        "au coffre du site) : il n'est enregistré nulle part."
    )


def print_without_login(logins: list[str]) -> None:
    """The agents a moved or restored site brings without a login on this server (import,
    restore): a manager gives each a new password, which makes it."""
    if logins:
        print(
            "Ces agents n'ont pas encore de connexion sur ce serveur : un responsable donne à "
            "chacun un nouveau mot de passe (aidant agent reset) : " + ", ".join(logins)
        )


def cmd_enrol(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    site = server_setup.enrol(
        paths,
        args.url,
        args.site,
        costs=args.costs,
        expected=args.fingerprint,
        confirm=confirm_fingerprint,
    )
    print(f"Ce poste utilise maintenant le serveur {site.server_url}.")
    if site.server_fingerprint:
        print(f"Certificat enregistré, empreinte {site.server_fingerprint}.")
    print("Chaque agent s'y connecte avec son identifiant et son mot de passe.")
    return ExitCode.OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    before, after = server_setup.upgrade_server(resolve_data_dir(args.data_dir), args.url)
    if before == after:
        print(f"Schéma déjà à jour (révision {after}).")
    else:
        print(f"Schéma mis à jour : révision {before or 'aucune'} → {after}.")
    return ExitCode.OK


def cmd_status(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    found = server_setup.status(paths)
    print(f"Serveur : {found.url}")
    if found.fingerprint is None:
        print("Connexion : socket Unix locale (sans TLS)")
    else:
        print(f"TLS : certificat enregistré, empreinte {found.fingerprint}")
    print(f"Joignable : {'oui' if found.reachable else 'non'}")
    code = ExitCode.OK if found.reachable else ExitCode.CHECK_FAILED
    if found.presented is not None and found.presented != found.fingerprint:
        print(f"ATTENTION : le serveur présente un autre certificat ({found.presented}).")
        code = ExitCode.CHECK_FAILED
    if args.as_agent:
        with site_from_args(args) as ctx:
            actor = authenticate(ctx, args)
            print(f"Schéma : révision {server_setup.schema_revision(ctx)}")
            role = actor.role.value if actor.role is not None else "?"
            print(f"Connecté en tant que {args.as_agent} ({role})")
    else:
        print("Schéma et contenu : connexion d'un agent nécessaire (aidant --as IDENTIFIANT …)")
    return int(code)


def cmd_import(args: argparse.Namespace) -> int:
    from aidant.setup.server_import import import_site

    login = agent_login_from_args(args)
    password = args.secrets.read(f"Mot de passe de {login} : ")
    report = import_site(
        resolve_data_dir(args.data_dir),
        resolve_data_dir(args.to),
        login,
        password,
        args.url,
        costs=args.costs,
        expected=args.fingerprint,
        confirm=confirm_fingerprint,
    )
    print(
        f"Site {report.site_id} importé sur le serveur, journal vérifié "
        f"({report.journal_size} entrées)."
    )
    for table, count in report.rows.items():
        if count:
            print(f"  {table} : {count}")
    print(f"Documents des coffres : {report.documents}")
    print(f"Nouveau dossier de ce poste : {args.to} (l'ancien reste tel quel).")
    print_maintenance(report.maintenance)
    print_without_login(report.without_login)
    return ExitCode.OK


def cmd_purge(args: argparse.Namespace) -> int:
    from aidant.site.clock import to_site_local

    paths = resolve_data_dir(args.data_dir)
    server_setup.server_site(paths)  # before the password: a site elsewhere is said first
    password = args.secrets.read("Mot de passe de la connexion de maintenance : ")
    done = server_setup.purge_journal(paths, password)
    if done is None:
        print(
            "Aucune entrée du journal n'a atteint la fin de sa durée d'archivage : "
            "rien n'a été effacé."
        )
        return ExitCode.OK
    cutoff = to_site_local(done.cutoff)
    print(
        f"{done.entries} entrée(s) du journal effacée(s), antérieures au {cutoff:%d/%m/%Y} : "
        f"leur durée de conservation ({done.archive_years} ans, archivage compris) est écoulée."
    )
    print(
        f"Le journal commence désormais à l'entrée n° {done.up_to + 1} ; sa vérification part "
        f"de l'empreinte de l'entrée n° {done.up_to}, que le serveur a enregistrée."
    )
    return ExitCode.OK
