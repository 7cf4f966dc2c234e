"""`aidant action record|list`: the acts done on behalf of a usager.

An act done by a proche is recorded by the agent who witnesses it (`--proche ID`): the journal
names the agent as actor and the proche in its data, and the proche's own mandate must cover it.
"""

from __future__ import annotations

import argparse
from typing import Any

from aidant import mandates
from aidant.cli.common import authenticate, print_table, site_from_args
from aidant.domain.demarches import Demarche
from aidant.domain.errors import ExitCode
from aidant.mandates.actions import KNOWN_ORGANISATIONS
from aidant.site.clock import to_site_local


def register(sub: Any) -> None:
    action = sub.add_parser("action", help="actes faits pour une personne").add_subparsers(
        dest="action_command", metavar="ACTION"
    )
    action.required = True
    p = action.add_parser("record", help="enregistrer un acte (refusé sans mandat actif)")
    p.add_argument("--usager", required=True, metavar="ID")
    p.add_argument("--demarche", required=True, choices=[d.value for d in Demarche])
    p.add_argument("--description", required=True, metavar="TEXTE", help="ce qui a été fait")
    p.add_argument(
        "--organisation",
        metavar="ORGANISME",
        help=f"organisme concerné ({', '.join(KNOWN_ORGANISATIONS[:4])}…)",
    )
    p.add_argument("--proche", metavar="ID", help="acte fait par ce proche, devant l'agent")
    p.set_defaults(handler=cmd_record)
    p = action.add_parser("list", help="actes faits pour une personne")
    p.add_argument("--usager", required=True, metavar="ID")
    p.set_defaults(handler=cmd_list)


def cmd_record(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        view = mandates.record_action(
            ctx,
            actor,
            args.usager,
            args.demarche,
            args.description,
            args.organisation,
            args.proche,
        )
        print(f"Acte enregistré ({view.id}) sous le mandat {view.mandate_id}.")
    return ExitCode.OK


def cmd_list(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        authenticate(ctx, args)
        rows = [
            [
                f"{to_site_local(a.done_at):%d/%m/%Y %H:%M}",
                a.demarche,
                a.organisation or "—",
                a.description,
                "proche" if a.proche_id else "site",
            ]
            for a in mandates.actions_of(ctx, args.usager)
        ]
        print_table(rows, ["date", "démarche", "organisme", "acte", "par"])
    return ExitCode.OK
