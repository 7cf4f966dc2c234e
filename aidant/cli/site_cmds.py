"""Site-level commands: init, demo, self-test, backup, key restore and recovery sheet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from aidant import safe_io
from aidant.actors import require_manager
from aidant.cli.common import authenticate, site_from_args
from aidant.context import SiteFile
from aidant.errors import ExitCode, StorageError, UsageError
from aidant.journal import EntryKind
from aidant.paths import resolve_data_dir
from aidant.selftest import core_checks, run_checks
from aidant.storage.keystore import KeyName, KeyStoreKind


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
    p.set_defaults(handler=cmd_backup)

    key = sub.add_parser("key", help="clés du site").add_subparsers(
        dest="key_command", metavar="ACTION"
    )
    key.required = True
    p = key.add_parser("restore", help="remettre les clés dans le trousseau (feuille de secours)")
    p.set_defaults(handler=cmd_key_restore)
    p = key.add_parser("sheet", help="réimprimer la feuille de secours (responsable)")
    p.add_argument("output", metavar="FICHIER.pdf")
    p.set_defaults(handler=cmd_key_sheet)


def open_gui(args: argparse.Namespace, demo: bool) -> int:
    if args.gui is None:
        raise UsageError("L'interface graphique n'est pas disponible dans ce mode.")
    return int(args.gui.launch(resolve_data_dir(args.data_dir), demo))


def cmd_init(args: argparse.Namespace) -> int:
    from aidant.site import init_site

    paths = resolve_data_dir(args.data_dir)
    password = args.secrets.read(f"Mot de passe de {args.manager_login} : ", confirm=True)
    with init_site(paths, args.site_name, args.manager_login, args.manager_name, password) as ctx:
        if args.recovery_sheet:
            _write_sheet(ctx, Path(args.recovery_sheet))
        print(f"Site « {args.site_name} » installé dans {paths.root}.")
        if not args.recovery_sheet:
            print("Imprimez la feuille de secours : aidant key sheet FICHIER.pdf")
    return ExitCode.OK


def _write_sheet(ctx: Any, output: Path) -> None:
    from sqlalchemy import select

    from aidant.pdf.site_recovery import render_site_recovery_sheet
    from aidant.storage.models import Site

    db_key = ctx.keystore.get(KeyName.DATABASE)
    signing = ctx.keystore.get(KeyName.SIGNING)
    if db_key is None or signing is None:
        raise StorageError("Les clés du site sont absentes du trousseau.")
    with ctx.transaction() as db:
        site = db.scalars(select(Site)).one()
        name, site_id = site.name, site.id
    try:
        pdf = render_site_recovery_sheet(name, site_id, db_key, signing, ctx.clock.now())
    finally:
        db_key[:] = bytes(len(db_key))
        signing[:] = bytes(len(signing))
    safe_io.atomic_write_bytes(output.absolute(), pdf)
    print(f"Feuille de secours écrite dans {output} : imprimez-la puis effacez ce fichier.")


def cmd_key_sheet(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        require_manager(authenticate(ctx, args))
        _write_sheet(ctx, Path(args.output))
    return ExitCode.OK


def _read_hex_key(args: argparse.Namespace, prompt: str, size: int) -> bytearray:
    text = "".join(args.secrets.read(prompt).split()).lower()
    for prefix in ("aidant-dbkey:", "aidant-signkey:"):
        text = text.removeprefix(prefix)
    try:
        key = bytearray.fromhex(text)
    except ValueError:
        raise UsageError(
            "La clé saisie contient des caractères qui ne sont pas hexadécimaux."
        ) from None
    if len(key) != size:
        raise UsageError(f"La clé saisie doit faire {size * 2} caractères hexadécimaux.")
    return key


def cmd_key_restore(args: argparse.Namespace) -> int:
    from aidant.context import keystore_for
    from aidant.storage.engine import make_engine

    paths = resolve_data_dir(args.data_dir)
    site = SiteFile.read(paths.site_file)
    db_key = _read_hex_key(args, "Clé de la base de données : ", 32)
    signing = _read_hex_key(args, "Clé de signature du journal : ", 32)
    try:
        make_engine(paths.database, db_key).dispose()  # refuses a key that does not open it
        store = keystore_for(paths, site)
        store.put(KeyName.DATABASE, db_key)
        store.put(KeyName.SIGNING, signing)
    finally:
        db_key[:] = bytes(32)
        signing[:] = bytes(32)
    print("Clés du site restaurées dans le trousseau.")
    return ExitCode.OK


def cmd_demo(args: argparse.Namespace) -> int:
    from aidant.demo import DEMO_LOGINS, ensure_demo_site

    paths = resolve_data_dir(args.data_dir)
    ensure_demo_site(paths).close()
    if args.no_gui:
        print(f"Site de démonstration prêt dans {paths.root}.")
        for demo_login in DEMO_LOGINS:
            print(f"  {demo_login.role.value:8} {demo_login.login} / {demo_login.password}")
        return ExitCode.OK
    return open_gui(args, demo=True)


def cmd_self_test(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    checks = core_checks(paths)
    if not args.no_qt and args.gui is not None:
        checks += args.gui.checks()
    ok = run_checks(checks)
    return ExitCode.OK if ok else ExitCode.CHECK_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from aidant import journal
    from aidant.storage.engine import export_encrypted_copy

    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        require_manager(actor)
        now = ctx.clock.now()
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = Path(args.destination).absolute() / f"aidant-sauvegarde-{stamp}"
        if target.exists():
            raise UsageError(f"« {target} » existe déjà.")
        safe_io.ensure_private_dir(target)
        with ctx.transaction() as db:
            # Journalled first, so that the backup contains the entry that records it.
            journal.append(db, actor, EntryKind.BACKUP_MADE, now, data={"at": stamp})
        key = ctx.keystore.get(KeyName.DATABASE)
        if key is None:
            raise StorageError("La clé de la base de données est absente du trousseau.")
        try:
            export_encrypted_copy(ctx.engine, target / ctx.paths.database.name, key)
        finally:
            key[:] = bytes(len(key))
        safe_io.atomic_write_bytes(target / "site.json", ctx.paths.site_file.read_bytes())
        copied = safe_io.copy_tree(ctx.paths.vaults, target / "vaults")
        print(f"Sauvegarde chiffrée écrite dans {target} ({copied} fichiers de coffre).")
        if ctx.site.keystore is KeyStoreKind.DEMO_FILE:
            print(
                "Site de démonstration : ses clés jetables ne sont pas sauvegardées.",
                file=sys.stderr,
            )
    return ExitCode.OK
