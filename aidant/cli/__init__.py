"""The `aidant` command: what a site administrator scripts. With no argument, the app opens.

Every sub-command module has `register(subparsers)`; state-changing commands act as an
authenticated agent (`--as LOGIN`, password as a secret) and journal in the same transaction.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Protocol

from aidant import __version__
from aidant.cli import (
    action_cmds,
    agent_cmds,
    journal_cmds,
    mandate_cmds,
    report_cmds,
    server_cmds,
    session_cmds,
    site_cmds,
    usager_cmds,
    vault_cmds,
)
from aidant.cli.common import SecretReader
from aidant.cli.language import french_argparse, say
from aidant.domain import faults
from aidant.domain.errors import AidantError, ExitCode
from aidant.domain.texts import FaultText
from aidant.setup.selftest import Check
from aidant.site.costs import PRODUCTION_COSTS, Costs
from aidant.site.paths import DataPaths, resolve_data_dir

log = logging.getLogger(__name__)

COMMAND_MODULES = [
    site_cmds,
    agent_cmds,
    usager_cmds,
    mandate_cmds,
    action_cmds,
    vault_cmds,
    journal_cmds,
    report_cmds,
    session_cmds,
    server_cmds,
]

EPILOG = """\
codes de sortie :
  0   succès
  1   une vérification ou un auto-test a trouvé un problème, ou le journal est plus court
      que ce que ce poste a vu (un responsable le constate : journal acknowledge)
  2   arguments incorrects
  3   authentification refusée (mot de passe erroné ou identifiant inconnu)
  4   introuvable (usager, mandat, document, agent)
  5   refusé par les règles (pas d'autorisation, mandat expiré, rôle insuffisant)
  6   base de données ou clés (pas de trousseau, secret du poste absent, fichier d'accès
      absent ou endommagé, clé erronée, site non installé)
  7   fichier illisible ou impossible à écrire (disque plein, droits)
  70  erreur interne (détails dans le journal technique)
  130 commande interrompue (Ctrl+C)

Les secrets (mots de passe, codes) sont lus sur l'entrée standard quand elle n'est pas un
terminal : une ligne par secret, dans l'ordre où la commande les demande.
"""


class GuiHooks(Protocol):
    """What the entry point lends the command line from ui/ (the core never imports Qt)."""

    def launch(self, paths: DataPaths, demo: bool) -> int: ...

    def checks(self) -> list[Check]: ...


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One sentence and the usage line, exit 2: no traceback, no wall of text.
        self.print_usage(sys.stderr)
        sys.stderr.write(f"aidant : {message.rstrip('.')}.\n")
        raise SystemExit(ExitCode.USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="aidant",
        description="Aidant : mandats, journal et coffres chiffrés pour la médiation numérique.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"aidant {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DOSSIER", help="dossier des données du site (ou AIDANT_DATA_DIR)"
    )
    parser.add_argument(
        "--as", dest="as_agent", metavar="IDENTIFIANT", help="agent qui agit (ou AIDANT_AGENT)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="messages détaillés")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def run(
    argv: Sequence[str] | None, gui: GuiHooks | None, *, costs: Costs = PRODUCTION_COSTS
) -> int:
    """Parse `argv` and run the command; return the exit code. Never lets a traceback out.

    `costs` is the Argon2id cost of the secrets the command makes (tests lower it).
    """
    with french_argparse():
        parser = build_parser()
        args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    args.secrets = SecretReader()
    args.gui = gui
    args.costs = costs
    try:
        if args.command is None:
            return site_cmds.open_gui(args, demo=False)
        return int(args.handler(args))
    except (Exception, KeyboardInterrupt) as exc:
        found = faults.answer(exc, resolve_data_dir(args.data_dir).root)
        if found is None:
            logging.getLogger("aidant.internal").error("internal error", exc_info=args.verbose)
            found = AidantError(FaultText.INTERNAL)
            code = int(ExitCode.INTERNAL)
        else:
            log.info("%s", found.code, exc_info=args.verbose)
            code = int(found.exit_code)
        sys.stderr.write(f"aidant : {say(found)}\n")
        return code
