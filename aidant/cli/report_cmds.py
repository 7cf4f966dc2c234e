"""Audit, statistics and retention commands (managers): `audit`, `stats`, `stats merge`,
`purge`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from aidant.cli.common import authenticate, print_table, site_from_args
from aidant.cli.texts import CliText
from aidant.domain.actors import require_manager
from aidant.domain.errors import ExitCode, UsageError
from aidant.files import safe_io


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="consulter ou exporter le journal filtré (responsable)")
    p.add_argument("--agent", metavar="IDENTIFIANT", help="actes de cet agent")
    p.add_argument("--usager", metavar="ID", help="entrées concernant cet usager")
    p.add_argument("--demarche", metavar="DÉMARCHE", help="papiers, famille, social, …")
    p.add_argument("--kind", action="append", default=[], metavar="TYPE", help="type d'entrée")
    p.add_argument("--from", dest="first", metavar="DATE", help="premier jour (AAAA-MM-JJ)")
    p.add_argument("--to", dest="last", metavar="DATE", help="dernier jour inclus")
    p.add_argument("--format", choices=["text", "csv", "pdf"], default="text")
    p.add_argument("--out", metavar="FICHIER", help="fichier à écrire (csv, pdf)")
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser(
        "stats", help="rapport d'activité d'une période, ou statistiques anonymes (responsable)"
    )
    p.add_argument("--from", dest="first", metavar="DATE", help="premier jour (AAAA-MM-JJ)")
    p.add_argument("--to", dest="last", metavar="DATE", help="dernier jour inclus")
    p.add_argument("--format", choices=["csv", "json", "pdf"], default="json")
    p.add_argument(
        "--anonymous",
        action="store_true",
        help="export anonyme (comptes seuls, petits nombres masqués) à fusionner entre sites",
    )
    p.add_argument("--out", metavar="FICHIER", help="fichier à écrire (sinon la sortie standard)")
    p.set_defaults(handler=cmd_stats)
    merge = p.add_subparsers(dest="stats_command", metavar="ACTION")
    m = merge.add_parser("merge", help="fusionner les exports anonymes de plusieurs sites")
    m.add_argument("files", nargs="+", metavar="FICHIER.json")
    m.add_argument("--format", choices=["csv", "json", "pdf"], default="json")
    m.add_argument("--out", metavar="FICHIER")
    m.add_argument("--title", default="Territoire", help="nom du territoire sur le PDF")
    m.set_defaults(handler=cmd_stats_merge)

    p = sub.add_parser(
        "purge", help="effacer les données personnelles au-delà de la durée de conservation"
    )
    p.add_argument("--dry-run", action="store_true", help="lister seulement ce qui serait effacé")
    p.set_defaults(handler=cmd_purge)


def _emit(content: bytes, out: str | None, binary: bool) -> None:
    if out:
        safe_io.atomic_write_bytes(Path(out).absolute(), content)
        print(f"Écrit dans {out}.", file=sys.stderr)
    elif binary:
        raise UsageError(CliText.PDF_OUT_NEEDED)
    else:
        sys.stdout.write(content.decode("utf-8").removeprefix("\ufeff"))


def _period(args: argparse.Namespace) -> Any:
    from aidant.reports.tabular import Period, parse_date

    if not args.first or not args.last:
        raise UsageError(CliText.PERIOD_NEEDED)
    return Period(parse_date(args.first), parse_date(args.last))


def cmd_audit(args: argparse.Namespace) -> int:
    from aidant.agents.accounts import agent_id_for_login
    from aidant.journal.kinds import EntryKind
    from aidant.reports.audit import AuditFilter, export_audit, query_journal
    from aidant.reports.tabular import Period, parse_date

    try:
        kinds = tuple(EntryKind(k) for k in args.kind)
    except ValueError:
        raise UsageError(CliText.UNKNOWN_ENTRY_KIND, kinds=", ".join(args.kind)) from None
    start = Period(parse_date(args.first), parse_date(args.first)).start if args.first else None
    end = Period(parse_date(args.last), parse_date(args.last)).end if args.last else None
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        agent_id = agent_id_for_login(ctx, args.agent) if args.agent else None
        flt = AuditFilter(agent_id, args.usager, args.demarche, kinds, start, end)
        if args.format == "text":
            rows = query_journal(ctx, actor, flt)
            print_table(
                [
                    [
                        str(r.seq),
                        f"{r.at:%Y-%m-%d %H:%M}",
                        r.kind_label,
                        r.actor_name,
                        r.usager_name,
                        r.demarche or "",
                    ]
                    for r in rows
                ],
                ["N°", "Date (UTC)", "Événement", "Agent", "Usager", "Démarche"],
            )
            return ExitCode.OK
        content = export_audit(ctx, actor, flt, args.format)
    _emit(content, args.out, args.format == "pdf")
    return ExitCode.OK


def cmd_stats(args: argparse.Namespace) -> int:
    from aidant.reports.activity import compute_activity
    from aidant.reports.aggregate import aggregate_csv, anonymous_aggregate
    from aidant.reports.render import activity_pdf, aggregate_pdf
    from aidant.site.identity import identity

    period = _period(args)
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        require_manager(actor)
        report = compute_activity(ctx, actor, period)
        site = identity(ctx)
        site_id, site_name = site.id, site.name
    if args.anonymous:
        data = anonymous_aggregate(report, site_id)
        if args.format == "json":
            content = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
        elif args.format == "csv":
            content = aggregate_csv(data)
        else:
            content = aggregate_pdf(data, "Statistiques anonymes")
    elif args.format == "json":
        content = (json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()
    elif args.format == "csv":
        content = report.to_csv()
    else:
        content = activity_pdf(report, site_name)
    _emit(content, args.out, args.format == "pdf")
    return ExitCode.OK


def cmd_stats_merge(args: argparse.Namespace) -> int:
    from aidant.cli.journal_cmds import read_text_file
    from aidant.reports.aggregate import aggregate_csv, load_aggregate, merge
    from aidant.reports.render import aggregate_pdf

    files = [(name, load_aggregate(read_text_file(Path(name)), name)) for name in args.files]
    data = merge(files)
    if args.format == "json":
        content = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
    elif args.format == "csv":
        content = aggregate_csv(data)
    else:
        content = aggregate_pdf(data, args.title)
    _emit(content, args.out, args.format == "pdf")
    return ExitCode.OK


def cmd_purge(args: argparse.Namespace) -> int:
    from aidant.people.retention import purge, purge_candidates

    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        if args.dry_run:
            found = purge_candidates(ctx, actor)
            print_table(
                [[c.usager_id, c.display_name, f"{c.last_activity:%Y-%m-%d}"] for c in found],
                ["Usager", "Nom", "Dernière activité"],
            )
            print(f"{len(found)} usager(s) seraient effacé(s). Rien n'a été modifié.")
            return ExitCode.OK
        erased = purge(ctx, actor)
        print(f"{len(erased)} usager(s) effacé(s) ; le journal garde leurs identifiants seuls.")
    return ExitCode.OK
