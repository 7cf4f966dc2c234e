"""`aidant usager add|find|erase` and `aidant proche add|find`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from aidant.cli.common import authenticate, print_table, site_from_args
from aidant.cli.texts import CliText
from aidant.domain.actors import require_manager
from aidant.domain.errors import ExitCode, UsageError
from aidant.people import proches, retention, usagers


def parse_date(text: str) -> dt.date:
    """A date typed as JJ/MM/AAAA (or AAAA-MM-JJ)."""
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UsageError(CliText.DATE_UNREADABLE, text=text)


def register(sub: Any) -> None:
    usager = sub.add_parser("usager", help="personnes aidées").add_subparsers(
        dest="usager_command", metavar="ACTION"
    )
    usager.required = True
    p = usager.add_parser("add", help="enregistrer une personne (identité minimale)")
    p.add_argument("--family", required=True, metavar="NOM", help="nom de famille")
    p.add_argument("--given", required=True, metavar="PRÉNOMS")
    p.add_argument("--birth-date", metavar="JJ/MM/AAAA")
    p.add_argument("--birth-place", metavar="LIEU")
    p.add_argument("--phone", metavar="TÉLÉPHONE")
    p.add_argument("--email", metavar="COURRIEL")
    p.add_argument(
        "--confirm-new",
        action="store_true",
        help="enregistrer même si une personne très proche existe (c'est une autre personne)",
    )
    p.set_defaults(handler=cmd_add)
    p = usager.add_parser("find", help="chercher (sans tenir compte des accents ni des majuscules)")
    p.add_argument("query", metavar="NOM")
    p.set_defaults(handler=cmd_find)
    p = usager.add_parser(
        "erase",
        help="effacer maintenant les données d'une personne (droit à l'effacement, responsable)",
        description="Efface l'identité de la personne et détruit son coffre ; le journal garde "
        "seulement son identifiant. Demande de retaper son nom de famille, sauf avec --yes.",
    )
    p.add_argument("usager_id", metavar="ID_USAGER")
    p.add_argument("--yes", action="store_true", help="ne pas demander de confirmation (scripts)")
    p.set_defaults(handler=cmd_erase)

    proche = sub.add_parser("proche", help="proches (famille, aidants) titulaires de mandats")
    proche_sub = proche.add_subparsers(dest="proche_command", metavar="ACTION")
    proche_sub.required = True
    p = proche_sub.add_parser("add", help="enregistrer un proche (identité vérifiée par l'agent)")
    p.add_argument("--family", required=True, metavar="NOM")
    p.add_argument("--given", required=True, metavar="PRÉNOMS")
    p.add_argument("--relationship", metavar="LIEN", help="lien avec la personne (fille, voisin…)")
    p.add_argument("--phone", metavar="TÉLÉPHONE")
    p.add_argument("--email", metavar="COURRIEL")
    p.set_defaults(handler=cmd_proche_add)
    p = proche_sub.add_parser("find", help="chercher un proche")
    p.add_argument("query", metavar="NOM")
    p.set_defaults(handler=cmd_proche_find)


def _birth(view: usagers.UsagerView) -> str:
    return f"{view.birth_date:%d/%m/%Y}" if view.birth_date else "—"


def cmd_add(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        birth = parse_date(args.birth_date) if args.birth_date else None
        try:
            view = usagers.register(
                ctx,
                actor,
                args.family,
                args.given,
                birth,
                args.birth_place,
                args.phone,
                args.email,
                allow_duplicate=args.confirm_new,
            )
        except usagers.DuplicateSuspected as exc:
            rows = [[c.usager.id, c.usager.display_name, _birth(c.usager)] for c in exc.candidates]
            print_table(rows, ["identifiant", "nom", "né(e) le"], out=sys.stderr)
            raise
        print(f"{view.display_name} enregistré(e) : {view.id}")
    return ExitCode.OK


def cmd_find(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        authenticate(ctx, args)
        rows = [
            [u.id, u.display_name, _birth(u), u.birth_place or "—"]
            for u in usagers.search(ctx, args.query)
        ]
        print_table(rows, ["identifiant", "nom", "né(e) le", "lieu"])
    return ExitCode.OK


def _read_answer(prompt: str) -> str:
    """One line typed at the terminal or, when stdin is not a terminal, read from it."""
    if sys.stdin.isatty():
        return input(prompt)
    line = sys.stdin.readline()
    if not line:
        raise UsageError(CliText.ERASE_ANSWER_MISSING)
    return line.rstrip("\r\n")


def cmd_erase(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        require_manager(actor)  # before asking anything of someone who may not do it
        person = usagers.get(ctx, args.usager_id)
        if not args.yes:
            typed = _read_answer(
                f"Effacer les données de {person.display_name} ? Son identité et son coffre "
                "disparaissent pour toujours. Retapez son nom de famille pour confirmer : "
            )
            if not typed.strip() or usagers.fold(typed) != usagers.fold(person.family_name):
                raise UsageError(CliText.ERASE_NOT_CONFIRMED)
        retention.erase_usager(ctx, actor, person.id)
        print(
            f"Les données de {person.display_name} sont effacées ; le journal garde seulement "
            f"son identifiant {person.id}."
        )
    return ExitCode.OK


def cmd_proche_add(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        view = proches.register_proche(
            ctx, actor, args.family, args.given, args.relationship, args.phone, args.email
        )
        print(f"Proche {view.display_name} enregistré(e) : {view.id}")
    return ExitCode.OK


def cmd_proche_find(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        authenticate(ctx, args)
        rows = [
            [p.id, p.display_name, p.relationship_label or "—"]
            for p in proches.find_proches(ctx, args.query)
        ]
        print_table(rows, ["identifiant", "nom", "lien"])
    return ExitCode.OK
