"""Backing up a server site with pg_dump and restoring it into a new, empty database: the
restored site opens, its journal verifies and its rows are there; damaged dumps, an
unreachable server, a database that is not empty and a missing pg_dump each give one sentence
and change nothing."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from aidant.domain.actors import Actor
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import AidantError, AuthenticationError, StorageError, UsageError
from aidant.journal import EntryKind
from aidant.journal.chain import head
from aidant.journal.verify import verify_database
from aidant.mandates import create_mandate, record_action, record_consent
from aidant.mandates.service import consent_checklist
from aidant.people import usagers
from aidant.setup.backup import DUMP_NAME, backup
from aidant.setup.restore import restore_server_backup
from aidant.setup.texts import SetupText
from aidant.site.context import SiteContext, SiteFile
from aidant.site.paths import DataPaths
from aidant.storage import server_backup
from aidant.storage.models import Action, JournalEntry, Mandate, Usager
from aidant.storage.server import make_server_engine
from aidant.storage.texts import StorageText
from tests.support.cli import Cli
from tests.support.opening import reopen
from tests.support.server import SERVER, dedicated_cluster
from tools.pg_cluster import Cluster

on_server = pytest.mark.parametrize("store", [SERVER], indirect=True)
_numbers = itertools.count(1)


@pytest.fixture
def empty_database(pg_cluster: Cluster) -> Iterator[str]:
    """A new database with nothing in it (template0), as a fresh server would have."""
    name = f"aidant_restore_{os.getpid()}_{next(_numbers)}"
    url = pg_cluster.create_database(name)
    try:
        yield url
    finally:
        pg_cluster.drop_database(name)


def _with_data(site: SiteContext, agent: Actor) -> None:
    person = usagers.register(site, agent, "Lefèvre", "Amélie", dt.date(1950, 1, 2))
    draft = create_mandate(site, agent, person.id, ["logement"], MandateDuration.MONTH)
    record_consent(site, agent, draft.id, {p.id: True for p in consent_checklist()}, True)
    record_action(site, agent, person.id, "logement", "Demande d'APL", "CAF")


def _counts(ctx: SiteContext) -> tuple[int, ...]:
    with ctx.transaction() as db:
        return tuple(
            db.scalar(select(func.count()).select_from(model)) or 0
            for model in (Usager, Mandate, Action, JournalEntry)
        )


def _relations(url: str) -> int:
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                        "ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
                    )
                ).scalar_one()
            )
    finally:
        engine.dispose()


@pytest.fixture
def saved(site: SiteContext, agent: Actor, manager: Actor, tmp_path: Path) -> Path:
    _with_data(site, agent)
    return backup(site, manager, tmp_path / "copies").folder


@on_server
def test_a_server_site_backed_up_restores_into_a_fresh_database_and_verifies(
    site: SiteContext, saved: Path, empty_database: str, tmp_path: Path
) -> None:
    assert (saved / DUMP_NAME).read_bytes().startswith(b"PGDMP")
    assert (saved / "site.json").is_file() and not list(saved.glob(".*"))  # no partial file
    with site.transaction() as db:
        last = db.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert last is not None and last.kind == EntryKind.BACKUP_MADE
    before = _counts(site)
    restored = DataPaths(tmp_path / "other-pc")
    made = restore_server_backup(restored, saved, empty_database).site
    assert made.server_url == empty_database and made.site_id == site.site.site_id
    assert SiteFile.read(restored.site_file) == made
    with reopen(restored, clock=site.clock) as ctx:
        assert ctx.on_server
        assert verify_database(ctx.engine).ok
        assert _counts(ctx) == before
        assert [u.family_name for u in usagers.search(ctx, "lefevre")] == ["Lefèvre"]


@on_server
def test_a_backup_restores_on_a_fresh_server_without_the_group_roles(
    site: SiteContext, saved: Path, tmp_path: Path
) -> None:
    before = _counts(site)
    with dedicated_cluster(durable=False) as fresh:
        url = fresh.create_database("restored")
        restored = DataPaths(tmp_path / "new-server-pc")
        # Logins belong to a server: on a new one, the restoring manager gets theirs back from
        # their password (checked against their key slot in the dump first); the others wait.
        with pytest.raises(AuthenticationError):
            restore_server_backup(restored, saved, url, ("chef", "mauvais mot de passe"))
        done = restore_server_backup(restored, saved, url, ("chef", "manager-password-1"))
        assert done.without_login == ["agent"]
        with reopen(restored, clock=site.clock) as ctx:
            # The dump's grants name the group roles, which the restore made first.
            assert verify_database(ctx.engine).ok and _counts(ctx) == before


@on_server
def test_damaged_or_truncated_dumps_are_refused_and_the_target_stays_empty(
    saved: Path, empty_database: str, tmp_path: Path
) -> None:
    whole = (saved / DUMP_NAME).read_bytes()
    middle = len(whole) // 2
    for name, damaged in {
        "truncated": whole[:middle],
        "flipped": whole[:middle]
        + bytes(b ^ 0xFF for b in whole[middle : middle + 64])
        + whole[middle + 64 :],
        "not-a-dump": b"SQLite format 3\0" + whole[16:],
        "empty": b"",
    }.items():
        bad = tmp_path / name
        bad.mkdir()
        (bad / "site.json").write_bytes((saved / "site.json").read_bytes())
        (bad / DUMP_NAME).write_bytes(damaged)
        with pytest.raises(AidantError) as caught:
            restore_server_backup(DataPaths(tmp_path / f"pc-{name}"), bad, empty_database)
        assert caught.value.text is StorageText.DUMP_DAMAGED, name
        assert "\n" not in str(caught.value)
        assert _relations(empty_database) == 0, name  # nothing half-restored
        assert not (tmp_path / f"pc-{name}" / "site.json").exists()
        # With a manager to give their login back, the dump is read first: the same sentence.
        with pytest.raises(AidantError) as caught:
            restore_server_backup(
                DataPaths(tmp_path / f"pc-{name}"), bad, empty_database, ("chef", "mot")
            )
        assert caught.value.text is StorageText.DUMP_DAMAGED, name


@on_server
def test_a_database_that_is_not_empty_is_never_restored_into(
    site: SiteContext, saved: Path, tmp_path: Path
) -> None:
    before = _counts(site)
    assert site.site.server_url is not None
    with pytest.raises(StorageError) as caught:
        restore_server_backup(DataPaths(tmp_path / "pc"), saved, site.site.server_url)
    assert caught.value.text is StorageText.RESTORE_TARGET_NOT_EMPTY
    assert _counts(site) == before and verify_database(site.engine).ok


@on_server
def test_an_unreachable_server_or_another_site_here_are_said_in_one_sentence(
    site: SiteContext, saved: Path, empty_database: str, tmp_path: Path, paths: DataPaths
) -> None:
    nowhere = f"postgresql://nobody@/aidant?host={tmp_path}&port=1"
    with pytest.raises(StorageError) as caught:
        restore_server_backup(DataPaths(tmp_path / "pc"), saved, nowhere)
    assert caught.value.text is StorageText.SERVER_UNREACHABLE
    other = DataPaths(tmp_path / "other-site")
    other.root.mkdir()
    other.site_file.write_bytes(SiteFile("another", site.site.keystore).to_json())
    with pytest.raises(UsageError) as refused:
        restore_server_backup(other, saved, empty_database)
    assert refused.value.text is SetupText.RESTORE_OTHER_SITE
    with pytest.raises(UsageError) as missing:
        restore_server_backup(DataPaths(tmp_path / "pc"), tmp_path, empty_database)
    assert missing.value.text is SetupText.NOT_A_SERVER_BACKUP
    assert _relations(empty_database) == 0


@on_server
def test_a_missing_pg_dump_is_one_sentence_before_anything_is_journalled(
    site: SiteContext, manager: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    monkeypatch.setattr(server_backup, "DEBIAN_VERSIONS", tmp_path / "no-postgresql")
    with site.transaction() as db:
        before = head(db)
    with pytest.raises(StorageError) as caught:
        backup(site, manager, tmp_path / "copies")
    assert caught.value.text is StorageText.SERVER_TOOL_MISSING
    assert "pg_dump" in str(caught.value)
    with site.transaction() as db:
        assert head(db) == before
    assert not (tmp_path / "copies").exists()


@on_server
def test_backup_and_restore_from_the_command_line(
    site: SiteContext, agent: Actor, cli: Cli, empty_database: str, tmp_path: Path
) -> None:
    _with_data(site, agent)
    # The manager's own login sees their site's rows only: the dump needs the operator's.
    code, out, err = cli(
        "--as", "chef", "backup", str(tmp_path / "bk"), stdin="manager-password-1\n"
    )
    assert code != 0 and "--server-owner" in err and "Traceback" not in err
    assert not (tmp_path / "bk").exists()
    code, out, err = cli(
        "--as", "chef", "backup", str(tmp_path / "bk"),
        "--server-owner", site.site.server_url or "", stdin="manager-password-1\n",
    )  # fmt: skip
    assert code == 0, err
    assert "aidant restore" in out
    (folder,) = (tmp_path / "bk").iterdir()
    target = tmp_path / "restored"
    code, out, err = cli("--data-dir", str(target), "restore", str(folder), "--server", "x")
    assert code != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, out, err = cli(
        "--data-dir", str(target), "restore", str(folder), "--server", empty_database
    )
    assert code == 0, err
    assert SiteFile.read(DataPaths(target).site_file).server_url == empty_database


def test_the_newest_pg_dump_is_chosen_whatever_the_string_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))  # no pg_config either
    monkeypatch.setattr(server_backup, "DEBIAN_VERSIONS", tmp_path)
    for version in ("9.6", "15", "13"):
        (tmp_path / version / "bin").mkdir(parents=True)
        (tmp_path / version / "bin" / "pg_dump").write_bytes(b"")
    assert server_backup.find_program("pg_dump") == tmp_path / "15" / "bin" / "pg_dump"
