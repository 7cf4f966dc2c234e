"""Files handed over that are not what they seem: a named pipe with no writer (which used to
hang a deposit for ever), a device, a socket, a folder, a huge file, text that is not text.
Each is answered at once, in one sentence."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator

import pytest

from tests.aidant.faults.conftest import AGENT_PW, CHEF_PW, Case, Run, World, cases_ids, check


def fifo(world: World, _mp: pytest.MonkeyPatch) -> None:
    os.mkfifo(world.tmp / "input")


def device(world: World, _mp: pytest.MonkeyPatch) -> None:
    (world.tmp / "input").symlink_to("/dev/zero")


def folder(world: World, _mp: pytest.MonkeyPatch) -> None:
    (world.tmp / "input").mkdir()


def huge(world: World, _mp: pytest.MonkeyPatch) -> None:
    with (world.tmp / "input").open("wb") as handle:  # sparse: no disk used
        handle.truncate(300 << 20)


def huge_text(world: World, _mp: pytest.MonkeyPatch) -> None:
    with (world.tmp / "input").open("wb") as handle:
        handle.truncate(5 << 20)


def not_text(world: World, _mp: pytest.MonkeyPatch) -> None:
    (world.tmp / "input").write_bytes(b"\xff\xfe\x00\x81" * 100)


def dangling(world: World, _mp: pytest.MonkeyPatch) -> None:
    (world.tmp / "input").symlink_to(world.tmp / "nowhere")


def loop(world: World, _mp: pytest.MonkeyPatch) -> None:
    (world.tmp / "input").symlink_to(world.tmp / "input")


def fifo_link(world: World, _mp: pytest.MonkeyPatch) -> None:
    os.mkfifo(world.tmp / "pipe")
    (world.tmp / "input").symlink_to(world.tmp / "pipe")


def long_name(world: World, _mp: pytest.MonkeyPatch) -> None:
    pass  # the path itself is too long (below)


_SOCKETS: list[socket.socket] = []


def unix_socket(world: World, _mp: pytest.MonkeyPatch) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(world.tmp / "input"))
    _SOCKETS.append(server)


@pytest.fixture(autouse=True)
def _close_sockets() -> Iterator[None]:
    yield
    while _SOCKETS:
        _SOCKETS.pop().close()


DEPOSIT = ("--as", "agent", "vault", "deposit", "--usager", "{usager}", "{tmp}/input")
VERIFY = ("--as", "chef", "journal", "verify", "--checkpoint", "{tmp}/input")
MERGE = ("stats", "merge", "{tmp}/input")
INPUTS: dict[str, tuple[Callable[..., None], int, str]] = {
    "fifo": (fifo, 7, "ordinaire"),
    "fifo-link": (fifo_link, 7, "ordinaire"),
    "device": (device, 7, "ordinaire"),
    "socket": (unix_socket, 7, ""),
    "folder": (folder, 7, "dossier"),
    "missing": (lambda _w, _m: None, 7, "introuvable"),
    "dangling-link": (dangling, 7, "introuvable"),
    "link-loop": (loop, 7, ""),
}
CASES = [
    Case(f"{command}-{name}", argv, code, says, stdin=stdin, fault=fault)
    for command, argv, stdin in [
        ("deposit", DEPOSIT, AGENT_PW + "\n"),
        ("checkpoint", VERIFY, CHEF_PW + "\n"),
        ("merge", MERGE, ""),
    ]
    for name, (fault, code, says) in INPUTS.items()
] + [
    Case("deposit-huge", DEPOSIT, 7, "200 Mo", stdin=AGENT_PW + "\n", fault=huge),
    Case("checkpoint-huge", VERIFY, 7, "1 Mo", stdin=CHEF_PW + "\n", fault=huge_text),
    Case("merge-huge", MERGE, 7, "1 Mo", fault=huge_text),
    Case("checkpoint-not-text", VERIFY, 7, "texte", stdin=CHEF_PW + "\n", fault=not_text),
    Case("merge-not-text", MERGE, 7, "texte", fault=not_text),
    Case(
        "deposit-name-too-long",
        (*DEPOSIT[:-1], "--title", "T", "{tmp}/" + "n" * 300),
        7,
        "trop long",
        stdin=AGENT_PW + "\n",
        fault=long_name,
    ),
    Case(
        "deposit-not-a-folder",
        (*DEPOSIT[:-1], "{tmp}/paper.txt/x"),
        7,
        "dossier",
        stdin=AGENT_PW + "\n",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=cases_ids(CASES))
def test_special_files_are_refused_at_once(
    case: Case, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    (world.tmp / "paper.txt").write_bytes(b"papier\n")
    check(case, world, run, monkeypatch)
