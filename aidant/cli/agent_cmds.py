"""`aidant agent add|list|totp-enrol|password|reset|deactivate|reactivate`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aidant.agents import accounts as agents
from aidant.agents import passwords
from aidant.agents.totp_enrolment import enrol_totp
from aidant.cli.common import authenticate, print_table, site_from_args
from aidant.domain.enums import Role
from aidant.domain.errors import ExitCode
from aidant.files import safe_io
from aidant.site.clock import to_site_local


def register(sub: Any) -> None:
    agent = sub.add_parser("agent", help="agents du site (responsable)").add_subparsers(
        dest="agent_command", metavar="ACTION"
    )
    agent.required = True
    p = agent.add_parser("add", help="ajouter un agent (mot de passe lu comme secret)")
    p.add_argument("--login", required=True, metavar="IDENTIFIANT")
    p.add_argument("--name", required=True, metavar="NOM")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.AGENT.value)
    p.set_defaults(handler=cmd_add)
    p = agent.add_parser("list", help="lister les agents")
    p.set_defaults(handler=cmd_list)
    p = agent.add_parser(
        "totp-enrol", help="attribuer un code à usage unique et écrire la carte d'activation"
    )
    p.add_argument("--login", required=True, metavar="IDENTIFIANT")
    p.add_argument("--pdf", required=True, metavar="FICHIER.pdf", help="carte à imprimer")
    p.set_defaults(handler=cmd_totp_enrol)
    p = agent.add_parser("password", help="changer son propre mot de passe")
    p.set_defaults(handler=cmd_password)
    p = agent.add_parser("reset", help="donner un nouveau mot de passe à un agent (responsable)")
    p.add_argument("--login", required=True, metavar="IDENTIFIANT")
    p.set_defaults(handler=cmd_reset)
    p = agent.add_parser(
        "deactivate", help="désactiver un agent : son mot de passe n'ouvre plus rien (responsable)"
    )
    p.add_argument("--login", required=True, metavar="IDENTIFIANT")
    p.set_defaults(handler=cmd_deactivate)
    p = agent.add_parser(
        "reactivate", help="réactiver un agent avec un nouveau mot de passe (responsable)"
    )
    p.add_argument("--login", required=True, metavar="IDENTIFIANT")
    p.set_defaults(handler=cmd_reactivate)


def cmd_add(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        password = args.secrets.read(f"Mot de passe du nouvel agent {args.login} : ", confirm=True)
        view = agents.add_agent(ctx, actor, args.login, args.name, Role(args.role), password)
        print(f"Agent « {view.login} » ajouté ({view.role.value}).")
    return ExitCode.OK


def cmd_list(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        rows = [
            [
                a.login,
                a.display_name,
                a.role.value,
                "actif" if a.active else "désactivé",
                f"{to_site_local(a.last_login_at):%d/%m/%Y %H:%M}" if a.last_login_at else "jamais",
            ]
            for a in agents.list_agents(ctx, actor)
        ]
        print_table(rows, ["identifiant", "nom", "rôle", "état", "dernière connexion"])
    return ExitCode.OK


def cmd_totp_enrol(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        enrolment = enrol_totp(ctx, actor, args.login)
        target = Path(args.pdf).expanduser().absolute()
        safe_io.write_secret_file(target, enrolment.card_pdf)
        print(
            f"Code à usage unique attribué à « {args.login} ». Imprimez « {target} », "
            "remettez-la à l'agent en main propre, puis effacez le fichier."
        )
    return ExitCode.OK


def cmd_password(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        current = args.secrets.read("Mot de passe actuel : ")
        new = args.secrets.read("Nouveau mot de passe : ", confirm=True)
        passwords.change_password(ctx, actor, current, new)
        print("Mot de passe changé.")
    return ExitCode.OK


def cmd_reset(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        new = args.secrets.read(f"Nouveau mot de passe de {args.login} : ", confirm=True)
        passwords.reset_password(ctx, actor, args.login, new)
        print(f"Nouveau mot de passe donné à « {args.login} » : remettez-le en main propre.")
    return ExitCode.OK


def cmd_deactivate(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        passwords.deactivate_agent(ctx, actor, args.login)
        print(f"Agent « {args.login} » désactivé : son mot de passe n'ouvre plus le site.")
    return ExitCode.OK


def cmd_reactivate(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        new = args.secrets.read(f"Nouveau mot de passe de {args.login} : ", confirm=True)
        passwords.reactivate_agent(ctx, actor, args.login, new)
        print(f"Agent « {args.login} » réactivé.")
    return ExitCode.OK
