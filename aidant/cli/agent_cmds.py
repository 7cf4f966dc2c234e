"""`aidant agent add|list`."""

from __future__ import annotations

import argparse
from typing import Any

from aidant import agents
from aidant.cli.common import authenticate, print_table, site_from_args
from aidant.clock import to_site_local
from aidant.errors import ExitCode
from aidant.storage.models import Role


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


def cmd_add(args: argparse.Namespace) -> int:
    ctx = site_from_args(args)
    try:
        actor = authenticate(ctx, args)
        password = args.secrets.read(f"Mot de passe du nouvel agent {args.login} : ", confirm=True)
        view = agents.add_agent(ctx, actor, args.login, args.name, Role(args.role), password)
        print(f"Agent « {view.login} » ajouté ({view.role.value}).")
    finally:
        ctx.close()
    return ExitCode.OK


def cmd_list(args: argparse.Namespace) -> int:
    ctx = site_from_args(args)
    try:
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
    finally:
        ctx.close()
    return ExitCode.OK
