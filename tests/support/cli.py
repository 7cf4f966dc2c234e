"""Running the `aidant` command in-process, as an administrator would, secrets on stdin, with
the tests' cheap Argon2id costs."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable

import pytest

from aidant.__main__ import main
from tests.support.costs import TEST_COSTS

#: `cli(*argv, stdin="...")` → (exit code, stdout, stderr)
Cli = Callable[..., tuple[int, str, str]]


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(list(argv), costs=TEST_COSTS)
    except SystemExit as exc:  # argparse --help / --version / usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
