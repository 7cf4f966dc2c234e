"""Journal commands: verify the chain (optionally against a kept checkpoint), write a checkpoint
and export it as a file and a paper receipt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from aidant.cli.common import authenticate, site_from_args
from aidant.cli.texts import CliText
from aidant.domain.actors import require_manager
from aidant.domain.errors import ExitCode, FileError
from aidant.files import safe_io


def register(sub: Any) -> None:
    journal = sub.add_parser("journal", help="journal infalsifiable du site").add_subparsers(
        dest="journal_command", metavar="ACTION"
    )
    journal.required = True
    p = journal.add_parser(
        "verify",
        help="vérifier la chaîne et les signatures (responsable) ; code 1 si le journal est altéré",
    )
    p.add_argument(
        "--checkpoint",
        metavar="FICHIER.json",
        help="point de contrôle conservé hors de la base (exporté par « journal checkpoint »)",
    )
    p.add_argument(
        "--root",
        metavar="EMPREINTE",
        help="empreinte de la clé racine du site, lue sur la feuille de secours ou un reçu",
    )
    p.set_defaults(handler=cmd_verify)
    p = journal.add_parser(
        "checkpoint", help="signer un point de contrôle et l'exporter (responsable)"
    )
    p.add_argument("--out", metavar="FICHIER.json", help="écrire le point de contrôle en JSON")
    p.add_argument("--pdf", metavar="FICHIER.pdf", help="écrire le reçu papier à imprimer")
    p.set_defaults(handler=cmd_checkpoint)
    p = journal.add_parser(
        "acknowledge",
        help="constater un journal plus court ou différent de ce que ce poste a vu (responsable)",
    )
    p.set_defaults(handler=cmd_acknowledge, acknowledge_rollback=True)


#: A checkpoint file is a few hundred bytes; anything much larger is not one.
MAX_TEXT_FILE = 1 << 20


def read_text_file(path: Path) -> str:
    try:
        return safe_io.read_input_text(path, MAX_TEXT_FILE)
    except UnicodeError as exc:
        raise FileError(CliText.NOT_TEXT, path=path) from exc


def cmd_verify(args: argparse.Namespace) -> int:
    from aidant.journal.checkpoints import verify_journal
    from aidant.journal.statement import CheckpointStatement

    statement = None
    if args.checkpoint:
        statement = CheckpointStatement.from_json(read_text_file(Path(args.checkpoint)))
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        result = verify_journal(ctx, actor, statement, args.root)
    if not result.ok:
        sys.stderr.write(f"aidant : {result.problem}\n")
        return ExitCode.CHECK_FAILED
    purged = 0 if result.purged is None else result.purged.up_to
    print(
        f"Journal intact : {result.size - purged} entrées, {result.checkpoints_checked} point(s) "
        f"de contrôle signé(s) vérifié(s), empreinte de la dernière entrée {result.head_hash}."
    )
    if result.purged is not None:
        from aidant.site.clock import to_site_local

        print(
            f"Les entrées n° 1 à {result.purged.up_to} ont été purgées le "
            f"{to_site_local(result.purged.at):%d/%m/%Y} au terme de leur durée d'archivage ; "
            f"la vérification part de l'empreinte de l'entrée n° {result.purged.up_to}."
        )
    return ExitCode.OK


def cmd_checkpoint(args: argparse.Namespace) -> int:
    from aidant.agents.certificates import fingerprint
    from aidant.journal.checkpoints import write_checkpoint
    from aidant.pdf.journal_receipt import render_checkpoint_receipt
    from aidant.site.identity import identity

    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        require_manager(actor)
        statement = write_checkpoint(ctx, actor)
        site = identity(ctx)
        root = None if site.root_public_key is None else fingerprint(site.root_public_key)
    if args.out:
        safe_io.atomic_write_bytes(Path(args.out).absolute(), statement.to_json().encode())
        print(f"Point de contrôle écrit dans {args.out}.")
    if args.pdf:
        pdf = render_checkpoint_receipt(site.name, statement, root)
        safe_io.atomic_write_bytes(Path(args.pdf).absolute(), pdf)
        print(f"Reçu écrit dans {args.pdf} : imprimez-le, signez-le et classez-le.")
    print(f"Point de contrôle signé : {statement.size} entrées, empreinte {statement.head_hash}.")
    return ExitCode.OK


def cmd_acknowledge(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        require_manager(authenticate(ctx, args))
    print("Constaté : ce poste suit désormais le journal tel qu'il est.")
    return ExitCode.OK
