"""`aidant mandate create|consent|show|list|print|revoke|renew|verify|expiring|link-signed|...`.

`verify` needs no login: anyone holding the paper may check it. It exits 0 when the mandate is
active and its hash matches, 1 otherwise (expired, revoked, draft, refused, unknown code, or
altered); 2 when the code is malformed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any, TextIO

from aidant import mandates
from aidant.cli.common import authenticate, print_table, site_from_args
from aidant.cli.language import say
from aidant.cli.texts import CliText
from aidant.domain.demarches import Demarche
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import ExitCode, NotFound, UsageError
from aidant.domain.ids import MandateId
from aidant.files import safe_io
from aidant.mandates import STATUS_LABELS, MandateStatus, MandateView, forms
from aidant.mandates.rules import normalise_code
from aidant.people import usagers
from aidant.site.clock import to_site_local
from aidant.site.context import SiteContext
from aidant.site.paths import resolve_data_dir

DURATIONS = {
    "jour": MandateDuration.DAY,
    "31": MandateDuration.MONTH,
    "182": MandateDuration.SEMESTER,
    "365": MandateDuration.YEAR,
}
YES = {"o", "oui", "y", "yes"}
NO = {"n", "non", "no"}


def register(sub: Any) -> None:
    mandate = sub.add_parser("mandate", help="mandats (consentement, formulaires, révocation)")
    m = mandate.add_subparsers(dest="mandate_command", metavar="ACTION")
    m.required = True
    p = m.add_parser("create", help="ouvrir un projet de mandat (consentement ensuite)")
    p.add_argument("--usager", required=True, metavar="ID")
    p.add_argument(
        "--demarche",
        action="append",
        required=True,
        choices=[d.value for d in Demarche],
        help="démarche autorisée (répétez l'option pour plusieurs)",
    )
    p.add_argument("--duration", required=True, choices=list(DURATIONS), help="jour, 31, 182, 365")
    p.add_argument("--proche", metavar="ID", help="mandat donné à ce proche (sinon : au site)")
    p.add_argument("--pdf", metavar="FICHIER.pdf", help="écrire le projet de formulaire")
    p.set_defaults(handler=cmd_create)

    p = m.add_parser("consent", help="parcourir la liste de consentement avec la personne")
    p.add_argument("mandate", metavar="ID")
    p.add_argument("--pdf", metavar="FICHIER.pdf", help="écrire le formulaire à signer")
    p.set_defaults(handler=cmd_consent)

    p = m.add_parser("show", help="afficher un mandat (par identifiant ou code)")
    p.add_argument("mandate", metavar="ID_OU_CODE")
    p.set_defaults(handler=cmd_show)

    p = m.add_parser("list", help="mandats d'une personne")
    p.add_argument("--usager", required=True, metavar="ID")
    p.add_argument("--all", action="store_true", help="y compris ceux finis depuis plus d'un an")
    p.set_defaults(handler=cmd_list)

    p = m.add_parser("print", help="écrire le formulaire de consentement ou de révocation")
    p.add_argument("mandate", metavar="ID")
    p.add_argument("output", metavar="FICHIER.pdf")
    p.add_argument("--revocation", action="store_true", help="attestation de révocation")
    p.set_defaults(handler=cmd_print)

    p = m.add_parser("revoke", help="révoquer un mandat, ou certaines démarches")
    p.add_argument("mandate", metavar="ID")
    p.add_argument("--reason", required=True, metavar="RAISON")
    p.add_argument("--demarche", action="append", choices=[d.value for d in Demarche])
    p.add_argument("--attestation", metavar="FICHIER.pdf", help="écrire l'attestation")
    p.set_defaults(handler=cmd_revoke)

    p = m.add_parser("renew", help="préparer le renouvellement (consentement à recueillir)")
    p.add_argument("mandate", metavar="ID")
    p.add_argument("--duration", choices=list(DURATIONS))
    p.set_defaults(handler=cmd_renew)

    p = m.add_parser(
        "verify",
        help="vérifier un mandat par son code (sans connexion) ; 0 = actif, 1 = sinon",
    )
    p.add_argument("code", metavar="CODE", help="code imprimé, ou contenu du QR code")
    p.set_defaults(handler=cmd_verify)

    p = m.add_parser("expiring", help="mandats qui finissent dans les 30 jours")
    p.set_defaults(handler=cmd_expiring)

    p = m.add_parser(
        "link-signed", help="lier le formulaire signé, déposé dans le coffre, au mandat"
    )
    p.add_argument("mandate", metavar="ID")
    p.add_argument("--document", required=True, metavar="ID", help="document du coffre")
    p.set_defaults(handler=cmd_link_signed)

    p = m.add_parser("blank-revocation", help="écrire le modèle vierge de révocation")
    p.add_argument("output", metavar="FICHIER.pdf")
    p.set_defaults(handler=cmd_blank)


def _when(view_time: dt.datetime) -> str:
    return f"{to_site_local(view_time):%d/%m/%Y %H:%M}"


def describe(view: MandateView, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    holder = "le site" if view.proche_id is None else f"le proche {view.proche_id}"
    lines = [
        f"Mandat {view.verification_code} ({view.id})",
        f"  état : {STATUS_LABELS[view.status]}",
        f"  usager : {view.usager_id}",
        f"  titulaire : {holder}",
        f"  du {_when(view.starts_at)} au {_when(view.expires_at)}",
    ]
    for auth in view.authorisations:
        state = "autorisée" if auth.revoked_at is None else f"révoquée le {_when(auth.revoked_at)}"
        lines.append(f"  - {auth.demarche} : {state}")
    if view.revoked_reason:
        lines.append(f"  motif de révocation : {view.revoked_reason}")
    lines.append(f"  empreinte : {view.content_hash}")
    out.write("\n".join(lines) + "\n")


def _write_pdf(path: str, pdf: bytes) -> None:
    safe_io.atomic_write_bytes(Path(path), pdf)
    print(f"Formulaire écrit dans {path} (à imprimer, puis à effacer).")


def _ask(prompt: str) -> bool:
    """A yes/no answer, from the terminal or one line of standard input."""
    while True:
        if sys.stdin.isatty():
            answer = input(f"{prompt} (oui/non) ")
        else:
            sys.stdout.write(f"{prompt} (oui/non) \n")
            line = sys.stdin.readline()
            if not line:
                raise UsageError(CliText.ANSWER_EXPECTED)
            answer = line
        answer = answer.strip().lower()
        if answer in YES | NO:
            return answer in YES
        if not sys.stdin.isatty():
            raise UsageError(CliText.ANSWER_UNCLEAR, answer=answer)


def cmd_create(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        view = mandates.create_mandate(
            ctx, actor, args.usager, args.demarche, DURATIONS[args.duration], args.proche
        )
        describe(view)
        if args.pdf:
            _write_pdf(args.pdf, forms.consent_form(ctx, actor, view.id))
        print(f"Recueillez maintenant le consentement : aidant mandate consent {view.id}")
    return ExitCode.OK


def cmd_consent(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        mandates.get_mandate(ctx, args.mandate)  # say "not found" before asking anything
        print("Lisez chaque point à la personne et notez sa réponse.")
        points = mandates.consent_checklist()
        answers = {p.id: _ask(f"{n}. {p.text}") for n, p in enumerate(points, start=1)}
        agrees = _ask("La personne donne-t-elle son accord pour ce mandat ?")
        view = mandates.record_consent(ctx, actor, args.mandate, answers, agrees)
        describe(view)
        if view.status is MandateStatus.ACTIVE and args.pdf:
            _write_pdf(args.pdf, forms.consent_form(ctx, actor, view.id))
        if view.status is MandateStatus.REFUSED:
            print("Refus enregistré : le mandat ne prendra pas effet.")
    return ExitCode.OK


def _lookup(ctx: SiteContext, text: str) -> MandateView:
    if normalise_code(text) is not None and len(text.strip()) <= 12:
        return mandates.find_by_code(ctx, text)
    return mandates.get_mandate(ctx, MandateId(text))


def cmd_show(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        authenticate(ctx, args)
        view = _lookup(ctx, args.mandate)
        describe(view)
        print(f"  personne : {usagers.get(ctx, view.usager_id).display_name}")
    return ExitCode.OK


def cmd_list(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        authenticate(ctx, args)
        rows = [
            [
                v.verification_code,
                STATUS_LABELS[v.status],
                "site" if v.proche_id is None else "proche",
                ",".join(v.demarches),
                _when(v.expires_at),
                v.id,
            ]
            for v in mandates.mandates_of(ctx, args.usager, include_old=args.all)
        ]
        print_table(rows, ["code", "état", "titulaire", "démarches", "fin", "identifiant"])
    return ExitCode.OK


def cmd_print(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        render = forms.revocation_attestation if args.revocation else forms.consent_form
        _write_pdf(args.output, render(ctx, actor, args.mandate))
    return ExitCode.OK


def cmd_revoke(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        view = mandates.revoke(ctx, actor, args.mandate, args.reason, args.demarche)
        describe(view)
        if args.attestation:
            _write_pdf(args.attestation, forms.revocation_attestation(ctx, actor, view.id))
    return ExitCode.OK


def cmd_renew(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        duration = DURATIONS[args.duration] if args.duration else None
        view = mandates.renew(ctx, actor, args.mandate, duration)
        describe(view)
        print(f"Recueillez maintenant le consentement : aidant mandate consent {view.id}")
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace) -> int:
    from aidant.mandates.status_list import verify_offline
    from aidant.site.clock import SystemClock

    paths = resolve_data_dir(args.data_dir)
    try:
        if paths.access_file.exists():
            # No password: the signed status list beside the database answers.
            result = verify_offline(paths, args.code, SystemClock().now())
        else:
            with site_from_args(args) as ctx:
                result = mandates.verify(ctx, args.code)
    except NotFound as exc:
        sys.stderr.write(f"aidant : {say(exc)}\n")
        return ExitCode.CHECK_FAILED
    print(f"Mandat {result.code} : {STATUS_LABELS[result.status]}")
    if result.status is MandateStatus.ACTIVE:
        print(f"  valable jusqu'au {_when(result.expires_at)}")
    elif result.status is MandateStatus.EXPIRED:
        print(f"  fini le {_when(result.expires_at)}")
    print(f"  contenu : {'intact' if result.hash_matches else 'MODIFIÉ depuis sa création'}")
    if result.printed_hash_matches is not None:
        same = "conforme" if result.printed_hash_matches else "NE CORRESPOND PAS"
        print(f"  empreinte du QR code : {same}")
    ok = (
        result.status is MandateStatus.ACTIVE
        and result.hash_matches
        and result.printed_hash_matches is not False
    )
    return ExitCode.OK if ok else ExitCode.CHECK_FAILED


def cmd_expiring(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        authenticate(ctx, args)
        rows = [
            [
                v.verification_code,
                _when(v.expires_at),
                ",".join(v.active_demarches),
                usagers.get(ctx, v.usager_id).display_name,
                v.usager_id,
            ]
            for v in mandates.expiring(ctx)
        ]
        print_table(rows, ["code", "fin", "démarches", "usager", "identifiant"])
    return ExitCode.OK


def cmd_link_signed(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        actor = authenticate(ctx, args)
        view = mandates.link_signed_form(ctx, actor, args.mandate, args.document)
        print(
            f"Formulaire signé lié au mandat {view.verification_code} ({view.signed_form_sha256})."
        )
    return ExitCode.OK


def cmd_blank(args: argparse.Namespace) -> int:
    with site_from_args(args) as ctx:
        _write_pdf(args.output, forms.blank_revocation(ctx))
    return ExitCode.OK
