"""What every sub-command shares: opening the site, reading secrets, acting as an agent."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TextIO

from aidant.cli.texts import CliText
from aidant.domain.actors import Actor
from aidant.domain.errors import UsageError
from aidant.site.context import SiteContext
from aidant.site.paths import resolve_data_dir

ENV_AGENT = "AIDANT_AGENT"

Handler = Callable[[argparse.Namespace], int]


class SecretReader:
    """Secrets come from the terminal (hidden) or, when stdin is not a terminal, one per line.

    Reading from stdin lets an administrator script the commands without secrets appearing in
    the process list or the shell history.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stdin

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self._stream.isatty():
            first = getpass.getpass(prompt)
            if confirm and getpass.getpass("Confirmez : ") != first:
                raise UsageError(CliText.ENTRIES_DIFFER)
            return first
        line = self._stream.readline()
        if not line:
            raise UsageError(CliText.SECRET_EXPECTED, prompt=prompt.strip(" :"))
        return line.rstrip("\r\n")


def site_from_args(args: argparse.Namespace) -> SiteContext:
    """Open the site named by --data-dir for work (aidant.setup.opening). A site with login
    slots opens only with the password of the agent named by --as, read here; `authenticate`
    then logs that agent in."""
    from aidant.agents.accounts import TotpRequired
    from aidant.setup.opening import prepare

    door = prepare(resolve_data_dir(args.data_dir), costs=args.costs)
    if not door.locked:
        ctx = door.open_legacy()
        args.entered = None
        return ctx
    login = agent_login_from_args(args)
    password = args.secrets.read(f"Mot de passe de {login} : ")
    acknowledge = bool(getattr(args, "acknowledge_rollback", False))
    try:
        ctx, actor = door.enter(login, password, acknowledge=acknowledge)
    except TotpRequired:
        code = args.secrets.read(f"Code à usage unique de {login} : ")
        ctx, actor = door.enter(login, password, code, acknowledge=acknowledge)
    args.entered = actor
    return ctx


def agent_login_from_args(args: argparse.Namespace) -> str:
    login: str | None = args.as_agent or os.environ.get(ENV_AGENT)
    if not login:
        raise UsageError(CliText.AGENT_EXPECTED, variable=ENV_AGENT)
    return login


def authenticate(ctx: SiteContext, args: argparse.Namespace) -> Actor:
    """The agent named by --as: already logged in when their password opened the site
    (`site_from_args`), else logged in now with the password (and, when the site or the agent
    needs one, the one-time code) read as secrets; a manager's login moves a site made before
    login slots to them."""
    from aidant.agents.accounts import TotpRequired, login_with_password
    from aidant.setup.upgrade import upgrade_if_manager

    entered: Actor | None = getattr(args, "entered", None)
    if entered is not None:
        return entered
    login = agent_login_from_args(args)
    password = args.secrets.read(f"Mot de passe de {login} : ")
    try:
        actor = login_with_password(ctx, login, password)
    except TotpRequired:
        code = args.secrets.read(f"Code à usage unique de {login} : ")
        actor = login_with_password(ctx, login, password, totp_code=code)
    upgrade_if_manager(ctx, actor, login, password)
    return actor


def print_table(rows: list[list[str]], headers: list[str], out: TextIO | None = None) -> None:
    """A plain, aligned text table (easy to read and to cut with awk)."""
    out = out or sys.stdout
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
