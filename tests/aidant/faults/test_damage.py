"""Damaged databases and vault files: random bytes at several offsets, an empty file, a
truncated one, damaged or missing vault files. Every command answers in one sentence (never
"wrong key" when the key is right), `self-test` reads everything and says where the damage
is and how to restore, and nothing is written over the damage."""

from __future__ import annotations

import os
import random
from collections.abc import Callable

import pytest

from tests.aidant.faults.conftest import (
    AGENT_PW,
    CHEF_PW,
    Case,
    Run,
    World,
    cases_ids,
    check,
    digest,
    journal_verifies,
)

PAGE = 4096


def _forget_wal(world: World) -> None:
    for suffix in ("-wal", "-shm"):
        world.paths.database.with_name(world.paths.database.name + suffix).unlink(missing_ok=True)


def scribble(where: Callable[[int], int], length: int = 200) -> Callable[..., None]:
    """Random bytes (seeded by the offset) over the database at `where(size)`."""

    def fault(world: World, _mp: pytest.MonkeyPatch) -> None:
        _forget_wal(world)
        path = world.paths.database
        offset = where(path.stat().st_size)
        with path.open("r+b") as handle:
            handle.seek(offset)
            handle.write(random.Random(offset).randbytes(length))

    return fault


def truncate(size: Callable[[int], int]) -> Callable[..., None]:
    def fault(world: World, _mp: pytest.MonkeyPatch) -> None:
        _forget_wal(world)
        path = world.paths.database
        os.truncate(path, size(path.stat().st_size))

    return fault


# Offsets that always break the opening (the first page: salt, header, schema).
OPENING = {
    "salt": scribble(lambda _n: 0, 16),
    "header": scribble(lambda _n: 16),
    "page1-middle": scribble(lambda _n: 2000),
    "page1-hmac": scribble(lambda _n: PAGE - 64, 64),
    "empty": truncate(lambda _n: 0),
    "100-bytes": truncate(lambda _n: 100),
    "one-page-less-1": truncate(lambda _n: PAGE - 1),
    "half-page": truncate(lambda n: n // 2 + 7),
}
# Offsets whose damage only a full read finds (or a command that reads there).
DEEP = {
    "at-25pct": scribble(lambda n: (n // 4 // PAGE) * PAGE + 300),
    "at-50pct": scribble(lambda n: (n // 2 // PAGE) * PAGE + 300),
    "at-75pct": scribble(lambda n: (3 * n // 4 // PAGE) * PAGE + 300),
    "last-page": scribble(lambda n: n - PAGE + 100),
    "page-2": scribble(lambda _n: PAGE + 50),
    "page-3": scribble(lambda _n: 2 * PAGE + 50),
    "whole-page-5": scribble(lambda _n: 4 * PAGE, PAGE),
    "truncated-by-pages": truncate(lambda n: n - 3 * PAGE),
}

A = ("--as", "agent")
COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "usager-find": ((*A, "usager", "find", "dupré"), AGENT_PW + "\n"),
    "journal-verify": (("--as", "chef", "journal", "verify"), CHEF_PW + "\n"),
}

OPENING_CASES = [
    Case(
        f"{fault}-{command}",
        argv,
        6,
        "",
        stdin=stdin,
        fault=OPENING[fault],
        never="",
        journal=False,
    )
    for fault in OPENING
    for command, (argv, stdin) in COMMANDS.items()
]


@pytest.mark.parametrize("case", OPENING_CASES, ids=cases_ids(OPENING_CASES))
def test_a_damaged_start_is_answered_as_damage(
    case: Case, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = check(case, world, run, monkeypatch)
    # The salt is the only place where damage and a wrong key look alike: both are said.
    if case.id.startswith("salt-"):
        assert "endommagé" in sentence and "feuille de secours" in sentence
    else:
        assert "endommagée" in sentence or "vide" in sentence or "tronqué" in sentence
        assert "clé" not in sentence
        assert "sauvegarde" in sentence


@pytest.mark.parametrize("fault", list(OPENING) + list(DEEP))
def test_mandate_verify_needs_no_database_and_answers_from_the_signed_list(
    fault: str, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `mandate verify` reads the signed status list beside the database, never the database:
    # its damage changes nothing to the answer, and nothing is written over it.
    (OPENING | DEEP)[fault](world, monkeypatch)
    before = digest(world.paths.database)
    code, out, err = run("mandate", "verify", world.fill("{code}"))
    assert (code, err) == (0, ""), err
    assert out.startswith(f"Mandat {world.ids['code']} : ") and "intact" in out, out
    assert digest(world.paths.database) == before


def _self_test(world: World, run: Run) -> tuple[int, str, str]:
    """The full self-test: a site with login slots is read whole with a manager's password."""
    argv = ("--data-dir", str(world.paths.root), "--as", "chef", "self-test", "--no-qt")
    return run(*argv, stdin=CHEF_PW + "\n")


@pytest.mark.parametrize("fault", list(OPENING) + list(DEEP))
def test_self_test_reads_everything_and_says_where(
    fault: str, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    (OPENING | DEEP)[fault](world, monkeypatch)
    code, out, err = _self_test(world, run)
    assert code == 1, out + err
    assert err == "" and "Traceback" not in out
    failed = [line for line in out.splitlines() if line.startswith("[ÉCHEC] base de données")]
    assert len(failed) == 1, out
    assert "sauvegarde" in failed[0]
    if fault in DEEP and not fault.startswith("truncated"):
        assert "page" in failed[0] or "table" in failed[0], failed[0]


@pytest.mark.parametrize("fault", list(DEEP))
def test_deep_damage_never_blames_a_key_nor_prints_a_traceback(
    fault: str, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every command family on a database damaged deep inside: success, or one sentence.
    DEEP[fault](world, monkeypatch)
    from tests.aidant.faults.conftest import one_french_sentence

    for argv, stdin in [
        ((*A, "usager", "find", "x"), AGENT_PW + "\n"),
        (("--as", "chef", "audit"), CHEF_PW + "\n"),
        (("--as", "chef", "agent", "list"), CHEF_PW + "\n"),
        ((*A, "vault", "list", "--usager", "{usager}"), AGENT_PW + "\n{card}\n4826\n"),
    ]:
        code, _, err = run(*(world.fill(a) for a in argv), stdin=world.fill(stdin))
        if code != 0:
            sentence = one_french_sentence(code, err)
            assert code in (1, 3, 4, 6), sentence
            assert "feuille de secours" not in sentence


def _blob(change: Callable[[bytes], bytes | None]) -> Callable[..., None]:
    def fault(world: World, _mp: pytest.MonkeyPatch) -> None:
        data = world.blob.read_bytes()
        changed = change(data)
        if changed is None:
            world.blob.unlink()
        else:
            world.blob.write_bytes(changed)

    return fault


def _flip(at: float) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        i = int(len(data) * at)
        return data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1 :]

    return change


BLOBS = {
    "missing": _blob(lambda _d: None),
    "empty": _blob(lambda _d: b""),
    "truncated": _blob(lambda d: d[: len(d) // 2]),
    "header-flipped": _blob(_flip(0.01)),
    "body-flipped": _blob(_flip(0.9)),
    "random": _blob(lambda d: random.Random(7).randbytes(len(d))),
}
EXPORT = (*A, "vault", "export", "--usager", "{usager}", "{document}", "{tmp}/out/copie.txt")
CARD = AGENT_PW + "\n{card}\n4826\n"
BLOB_CASES = [
    Case(f"export-{name}", EXPORT, 1, "", stdin=CARD, fault=fault, never="")
    for name, fault in BLOBS.items()
]


@pytest.mark.parametrize("case", BLOB_CASES, ids=cases_ids(BLOB_CASES))
def test_a_damaged_vault_file_is_answered(
    case: Case, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = check(case, world, run, monkeypatch)
    assert "document" in sentence
    assert not (world.tmp / "out" / "copie.txt").exists()


@pytest.mark.parametrize("name", list(BLOBS))
def test_self_test_reads_every_vault_file(
    name: str, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    BLOBS[name](world, monkeypatch)
    code, out, err = _self_test(world, run)
    assert code == 1 and err == ""
    failed = [line for line in out.splitlines() if line.startswith("[ÉCHEC]")]
    assert len(failed) == 1 and "fichiers des coffres" in failed[0], out
    assert world.ids["blob_name"] in failed[0] and "sauvegarde" in failed[0]
    journal_verifies(world)


def test_a_sound_site_passes_the_full_read(world: World, run: Run) -> None:
    code, out, err = _self_test(world, run)
    assert code == 0 and err == "", out
    assert "lue en entier" in out and "1 fichier(s) de coffre" in out


@pytest.mark.parametrize("fault", ["empty", "100-bytes", "one-page-less-1", "half-page"])
def test_self_test_without_a_password_still_sees_a_cut_database(
    fault: str, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without --as the database of a site with login slots cannot be read, but an empty or cut
    # file shows without its key: never "[ok]" for it.
    OPENING[fault](world, monkeypatch)
    code, out, err = run("--data-dir", str(world.paths.root), "self-test", "--no-qt")
    assert code == 1 and err == "", out + err
    failed = [line for line in out.splitlines() if line.startswith("[ÉCHEC] base de données")]
    assert len(failed) == 1 and "sauvegarde" in failed[0], out
    assert "vide" in failed[0] or "tronqué" in failed[0], failed[0]
