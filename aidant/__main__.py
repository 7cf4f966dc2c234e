"""Entry point of `aidant` and `python -m aidant`: the composition root.

It is the only module of the core allowed to reach into `ui` (checked by import-linter), and
only lazily, to open the window or run the Qt self-checks: the command line never loads Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from aidant.paths import DataPaths
from aidant.selftest import Check


class _QtHooks:
    def launch(self, paths: DataPaths, demo: bool) -> int:
        from ui.launcher import launch

        return launch(paths, demo=demo)

    def checks(self) -> list[Check]:
        from ui.launcher import qt_checks

        return qt_checks()


def main(argv: Sequence[str] | None = None) -> int:
    from aidant.cli import run

    return run(argv, _QtHooks())


if __name__ == "__main__":
    sys.exit(main())
