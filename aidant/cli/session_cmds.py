"""`aidant wipe [--dry-run]`: the site's wipe plan, listed or applied."""

from __future__ import annotations

import argparse
from typing import Any

from aidant.cli.common import authenticate, site_from_args
from aidant.domain.errors import ExitCode
from aidant.files import wipe_plan
from aidant.sessions import wipe

TYPE_LABELS = {
    wipe_plan.EntryType.FILE: "fichier",
    wipe_plan.EntryType.LINK: "lien",
    wipe_plan.EntryType.DIR: "dossier",
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "wipe",
        help="vider les dossiers du plan d'effacement (responsable ; --dry-run pour lister)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="lister ce qui serait supprimé, sans rien supprimer"
    )
    p.set_defaults(handler=cmd_wipe)


def cmd_wipe(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        if args.dry_run:
            plan = wipe.dry_run(ctx, actor)
            if not plan.roots:
                print("Aucun dossier à vider n'est configuré (réglage wipe_roots).")
                return ExitCode.OK
            for item in plan.items:
                print(f"{TYPE_LABELS[item.type]:8} {wipe_plan.printable(item.path)}")
            for path, reason in plan.refused:
                print(f"laissé   {wipe_plan.printable(path)} — {reason}")
            print(f"{len(plan.items)} élément(s) seraient supprimés, {len(plan.refused)} laissés.")
            return ExitCode.OK
        report = wipe.wipe_now(ctx, actor)
        for path, reason in report.failed:
            print(f"non supprimé : {wipe_plan.printable(path)} — {reason}")
        print(f"{report.removed_count} élément(s) supprimés, {len(report.failed)} non supprimés.")
        return ExitCode.CHECK_FAILED if report.failed else ExitCode.OK
