"""`aidant agent add|list|totp-enrol`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aidant.agents import accounts as agents
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
