"""Entry point of `aidant` and `python -m aidant`: the composition root.

It is the only module of the core allowed to reach into `ui` (checked by import-linter), and
only lazily, to open the window or run the Qt self-checks: the command line never loads Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from aidant.setup.selftest import Check
from aidant.site.paths import DataPaths

if TYPE_CHECKING:
    from aidant.site.costs import Costs


class _QtHooks:
    def launch(self, paths: DataPaths, demo: bool) -> int:
        from ui.launcher import launch

        return launch(paths, demo=demo)

    def checks(self) -> list[Check]:
        from ui.launcher import qt_checks

        return qt_checks()


def gui_request(argv: Sequence[str]) -> tuple[str | None, bool, bool] | None:
    """(data dir, demo, verbose) when `argv` only asks to open the window (`aidant`,
    `aidant demo`, with `--data-dir` / `-v`); None for anything the command line handles."""
    data_dir: str | None = None
    demo = verbose = False
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--data-dir" and args:
            data_dir = args.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        elif arg in ("-v", "--verbose"):
            verbose = True
        elif arg == "demo" and not demo:
            demo = True
        else:
            return None
    return data_dir, demo, verbose


def main(argv: Sequence[str] | None = None, *, costs: Costs | None = None) -> int:
    """Run `aidant` with `argv`. `costs`, the Argon2id cost of the secrets the command line
    makes, is for tests (production values when None)."""
    args = sys.argv[1:] if argv is None else argv
    request = gui_request(args)
    if request is not None:
        # Opening the window skips the command line's imports (the services and the
        # database layer): the login window shows first, the site opens right after.
        import logging

        from aidant.site.paths import resolve_data_dir

        data_dir, demo, verbose = request
        logging.basicConfig(
            level=logging.INFO if verbose else logging.WARNING,
            format="%(levelname)s %(name)s: %(message)s",
        )
        return _QtHooks().launch(resolve_data_dir(data_dir), demo)
    from aidant.cli import run

    if costs is None:
        return run(args, _QtHooks())
    return run(args, _QtHooks(), costs=costs)


if __name__ == "__main__":
    sys.exit(main())
