"""`aidant vault create|deposit|list|export|delete|shred|reset-attempts`.

An agent creates vaults and deposits papers (no vault secret needed). Listing and exporting
need the usager's secret: card code then PIN on stdin (one per line), or `--passphrase`, or
`--recovery` (the key of the recovery sheet).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

import crypto
from aidant import vault
from aidant.cli.common import authenticate, print_table, site_from_args
from aidant.cli.texts import CliText
from aidant.domain.actors import Actor, ActorKind
from aidant.domain.errors import ExitCode, UsageError
from aidant.files import safe_io
from aidant.site.clock import to_site_local
from aidant.site.context import SiteContext
from aidant.vault.forms import card_pdf, recovery_pdf


def register(sub: Any) -> None:
    group = sub.add_parser("vault", help="coffres chiffrés des usagers").add_subparsers(
        dest="vault_command", metavar="ACTION"
    )
    group.required = True

    p = group.add_parser("create", help="créer le coffre d'un usager (code personnel lu en secret)")
    p.add_argument("--usager", required=True, metavar="ID")
    p.add_argument("--card-pdf", metavar="FICHIER.pdf", help="écrire la carte de coffre")
    p.add_argument("--recovery-pdf", metavar="FICHIER.pdf", help="écrire la feuille de secours")
    p.add_argument(
        "--passphrase", action="store_true", help="ajouter aussi une phrase secrète (lue en secret)"
    )
    p.add_argument(
        "--show-secrets",
        action="store_true",
        help="afficher le code de la carte et la clé de secours sur le terminal (sinon, jamais)",
    )
    p.set_defaults(handler=cmd_create)

    p = group.add_parser("deposit", help="déposer un document (sans ouvrir le coffre)")
    p.add_argument("--usager", required=True, metavar="ID")
    p.add_argument("file", metavar="FICHIER")
    p.add_argument("--title", metavar="TITRE")
    p.add_argument(
        "--category",
        default=vault.Category.AUTRE.value,
        metavar="CATÉGORIE",
        help="parmi : " + ", ".join(c.value for c in vault.Category),
    )
    p.add_argument("--expires", metavar="AAAA-MM-JJ", help="fin de validité du papier")
    p.add_argument("--pages", type=int, metavar="N", help="nombre de pages")
    p.set_defaults(handler=cmd_deposit)

    p = group.add_parser("list", help="lister les documents (secret de l'usager)")
    _unlock_options(p)
    p.set_defaults(handler=cmd_list)

    p = group.add_parser("export", help="enregistrer un document en clair (journalisé)")
    _unlock_options(p)
    p.add_argument("document", metavar="DOCUMENT", help="identifiant (ou ses 8 premiers signes)")
    p.add_argument("output", metavar="FICHIER", help="fichier à créer, ou dossier existant")
    p.set_defaults(handler=cmd_export)

    p = group.add_parser("delete", help="supprimer un document (secret de l'usager)")
    _unlock_options(p)
    p.add_argument("document", metavar="DOCUMENT")
    p.set_defaults(handler=cmd_delete)

    p = group.add_parser("shred", help="détruire tout le coffre d'un usager (responsable)")
    p.add_argument("--usager", required=True, metavar="ID")
    p.set_defaults(handler=cmd_shred)

    p = group.add_parser(
        "reset-attempts",
        help="après trop d'essais manqués, permettre de nouveau la carte (responsable, devant "
        "la personne)",
    )
    p.add_argument("--usager", required=True, metavar="ID")
    p.set_defaults(handler=cmd_reset_attempts)


def _unlock_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--usager", required=True, metavar="ID")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--passphrase", action="store_true", help="ouvrir avec la phrase secrète")
    how.add_argument("--recovery", action="store_true", help="ouvrir avec la clé de secours")


def _unlock(ctx: SiteContext, args: argparse.Namespace) -> vault.OpenVault:
    actor = Actor(ActorKind.USAGER, id=args.usager)
    if args.recovery:
        with crypto.SecretBuffer.from_text(args.secrets.read("Clé de secours : ")) as key:
            return vault.unlock_with_recovery(ctx, actor, args.usager, key)
    if args.passphrase:
        with crypto.SecretBuffer.from_text(args.secrets.read("Phrase secrète : ")) as phrase:
            return vault.unlock_with_passphrase(ctx, actor, args.usager, phrase)
    code = args.secrets.read("Code de la carte : ")
    with crypto.SecretBuffer.from_text(args.secrets.read("Code personnel : ")) as pin:
        return vault.unlock_with_card(ctx, actor, args.usager, code, pin)


def _write_pdf(path: str, data: bytes) -> None:
    # Both forms hold a secret: private to this account (mode 0600, or its Windows twin).
    safe_io.write_secret_file(Path(path).expanduser().absolute(), data)


def _check_output(path: str | None) -> None:
    # Checked before the vault exists: a card code or a recovery key lost to a typo in a
    # folder name could not be printed again.
    if path and not Path(path).expanduser().absolute().parent.is_dir():
        raise UsageError(CliText.NO_SUCH_FOLDER, path=path)


def cmd_create(args: argparse.Namespace) -> int:
    if not args.show_secrets and not (args.card_pdf and args.recovery_pdf):
        # Refused before the vault exists: a card code or a recovery key shown nowhere would be
        # lost, and one printed on a terminal stays in its history and on the screen.
        raise UsageError(CliText.VAULT_SECRETS_NOWHERE)
    _check_output(args.card_pdf)
    _check_output(args.recovery_pdf)
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        pin_text = args.secrets.read("Code personnel choisi par l'usager : ", confirm=True)
        phrase_text = (
            args.secrets.read("Phrase secrète choisie par l'usager : ", confirm=True)
            if args.passphrase
            else None
        )
        with crypto.SecretBuffer.from_text(pin_text) as pin:
            phrase = crypto.SecretBuffer.from_text(phrase_text) if phrase_text else None
            try:
                created = vault.create_vault(ctx, actor, args.usager, pin, passphrase=phrase)
            finally:
                if phrase is not None:
                    phrase.zero()
        try:
            if args.card_pdf:
                _write_pdf(args.card_pdf, card_pdf(ctx, args.usager, created.card_code))
            if args.recovery_pdf:
                _write_pdf(args.recovery_pdf, recovery_pdf(ctx, created))
            print(f"Coffre créé ({created.vault_id}).")
            if args.card_pdf:
                print(
                    f"Carte du coffre écrite dans {args.card_pdf} : imprimez-la, puis effacez "
                    "ce fichier."
                )
            if args.recovery_pdf:
                print(
                    f"Feuille de secours écrite dans {args.recovery_pdf} (lisible par ce compte "
                    "seul) : imprimez-la, puis effacez ce fichier."
                )
            if args.show_secrets:
                print(f"Code de la carte : {created.card_code}")
                if not args.recovery_pdf:
                    print(
                        "Clé de secours (à imprimer, puis à effacer) : "
                        + created.recovery_identity.decode()
                    )
        finally:
            created.wipe()
    return ExitCode.OK


def cmd_deposit(args: argparse.Namespace) -> int:
    expires = None
    if args.expires:
        try:
            expires = dt.date.fromisoformat(args.expires)
        except ValueError:
            raise UsageError(CliText.DATE_INVALID_ISO, text=args.expires) from None
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        document_id = vault.deposit(
            ctx,
            actor,
            args.usager,
            Path(args.file),
            title=args.title,
            category=vault.parse_category(args.category),
            expires_on=expires,
            page_count=args.pages,
        )
        print(f"Document déposé ({document_id}).")
    return ExitCode.OK


def cmd_list(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        with _unlock(ctx, args) as ov:
            docs = ov.documents()
            soon = {d.id for d in ov.expiring_papers()}
        rows = [
            [
                d.id[:8],
                d.title,
                vault.CATEGORY_LABELS[d.metadata.category],
                f"{d.metadata.expires_on:%d/%m/%Y}" if d.metadata.expires_on else "",
                "bientôt expiré" if d.id in soon else "",
                f"{to_site_local(d.deposited_at):%d/%m/%Y}",
            ]
            for d in docs
        ]
        print_table(rows, ["document", "titre", "catégorie", "fin de validité", "", "déposé le"])
        if not docs:
            print("Le coffre est vide.")
    return ExitCode.OK


def cmd_export(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        with _unlock(ctx, args) as ov:
            output = Path(args.output)
            if output.is_dir():  # a folder: the file is named after the document's title
                written = ov.export(args.document, output)
            else:
                written = ov.export(args.document, output.parent, output.name)
        print(f"Document enregistré en clair dans « {written} ».")
    return ExitCode.OK


def cmd_delete(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        with _unlock(ctx, args) as ov:
            ov.delete(args.document)
        print("Document supprimé.")
    return ExitCode.OK


def cmd_shred(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        count = vault.shred_vault(ctx, actor, args.usager)
        print(f"Coffre détruit ({count} document(s)).")
    return ExitCode.OK


def cmd_reset_attempts(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        count = vault.reset_attempts(ctx, actor, args.usager)
        print(f"Essais manqués remis à zéro ({count}) : la carte et le code servent de nouveau.")
    return ExitCode.OK
